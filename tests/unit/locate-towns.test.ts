// Placing records by town: town references, gazetteer names that correspond to towns, facts that
// add places, the reason given for what cannot be placed, and what a town's answer lists. SYNTHETIC
// ward only.
import { describe, expect, it } from 'vitest';
import { assembleHistory } from '../../src/data/assemble-history';
import { isPlaced } from '../../src/data/locate';
import {
  rows,
  SYNTHETIC_EVENT_ROWS,
  SYNTHETIC_GAZETTEER_ROWS,
  syntheticInputs,
  type Row,
} from './fixtures/synthetic-history';
import { placeHistory, syntheticAppData } from './fixtures/synthetic-app-data';

const base = syntheticInputs();
const extraEvents: Row[] = [
  {
    ...SYNTHETIC_EVENT_ROWS[0],
    id: 'SYN-1800',
    date_start: '1800',
    place_refs: 'place:架空宿',
    above_floor_houses: '',
    below_floor_houses: '',
  },
  {
    ...SYNTHETIC_EVENT_ROWS[0],
    id: 'SYN-2014-06-29',
    date_start: '2014-06-29',
    place_refs: '',
    unplaced_reason_ja: '区全体の数（synthetic）',
    unplaced_reason_en: 'ward-wide (synthetic)',
  },
];
const extraGazetteer: Row[] = [
  {
    name: '架空宿',
    kind: 'historic_area',
    town: '架空;見本',
    town_basis: '同じ出典（synthetic）',
    note_ja: '町まで（synthetic）',
    note_en: 'town only (synthetic)',
    source_title: 's',
    source_url: 'https://example.org/s',
    source_kind: 'secondary',
    quote: 'q',
  },
  {
    name: '無い町の宿',
    kind: 'historic_area',
    town: '無い町',
    note_ja: 'n',
    note_en: 'n',
    source_title: 's',
    source_url: 'https://example.org/s',
    source_kind: 'secondary',
    quote: 'q',
  },
];
const extraFacts: Row[] = [
  {
    fact_id: 'SYN-2002-08-04/place',
    event_id: 'SYN-2002-08-04',
    kind: 'damage',
    scope: 'local',
    text_ja: 't',
    text_en: 't',
    place_refs: 'chome:見本四丁目',
    source_title: 's',
    source_title_en: 's',
    source_url: 'https://example.org/s',
    source_kind_ja: 's',
    source_kind_en: 's',
    source_class: 'secondary',
    quote: 'q',
    quote_en: 'q',
  },
];
const assembled = assembleHistory({
  ...base,
  events: { file: base.events.file, rows: rows([...SYNTHETIC_EVENT_ROWS, ...extraEvents]) },
  gazetteer: { file: 'g.csv', rows: rows([...SYNTHETIC_GAZETTEER_ROWS, ...extraGazetteer]) },
  facts: { file: 'f.csv', rows: rows(extraFacts) },
});
const { history } = assembled;
const loc = (id: string) => history.locations.get(id)!;

describe('placing by town', () => {
  it('places a gazetteer name that corresponds to towns on all their chome, chome unknown', () => {
    const l = loc('SYN-1800');
    expect(l.chome).toEqual([]);
    expect(l.towns).toEqual(['架空', '見本']);
    expect([...l.townChome].sort()).toEqual([
      'K1',
      'K2',
      'K3',
      'K4',
      'K5',
      'K6',
      'M1',
      'M2',
      'M3',
      'M4',
    ]);
    expect(l.gazetteer.map((g) => g.name)).toEqual(['架空宿']);
    expect(isPlaced(l)).toBe(true);
    expect(l.reason).toBeNull();
  });

  it('reports a gazetteer town that is not a town of the chome file, and a town without its basis', () => {
    expect(assembled.problems.map((p) => [p.code, p.file, p.field, p.value])).toEqual([
      ['unknownPlace', 'g.csv', 'town', '無い町'],
      ['emptyField', 'g.csv', 'town_basis', ''],
    ]);
  });

  it('adds the places of a fact to its record', () => {
    expect(loc('SYN-2002-08-04').chome).toEqual(['K5', 'M4']);
  });

  it('gives the reason of a record that cannot be placed, and none once it is placed', () => {
    expect(loc('SYN-2014-06-29').reason).toEqual({
      ja: '区全体の数（synthetic）',
      en: 'ward-wide (synthetic)',
    });
    expect(isPlaced(loc('SYN-2014-06-29'))).toBe(false);
  });
});

describe('a town and its chome, as the place answer lists them', () => {
  const data = syntheticAppData({
    events: extraEvents,
    gazetteer: extraGazetteer,
    facts: extraFacts,
  });
  const town = data.towns.towns.get('見本')!;
  const h = placeHistory(data, { kind: 'town', town });
  const byId = new Map(h.events.map((x) => [x.event.id, x.byTown]));

  it("lists the town's own records (by town) and those of its chome", () => {
    expect(byId.get('SYN-1800')).toBe(true);
    // 1947 names the whole town 見本 and 見本一丁目 directly: it is in one of its chome.
    expect(byId.get('SYN-1947-09-15')).toBe(false);
    expect(byId.get('SYN-2025-09-11')).toBe(false);
    expect(byId.get('SYN-2002-08-04')).toBe(false);
    expect(byId.has('SYN-1890-07-01')).toBe(false);
  });

  it('carries the chome records of its chome, and none of the ward or other towns', () => {
    expect(h.records.length).toBeGreaterThan(0);
    expect(h.records.every((r) => town.codes.includes(r.chomeCode))).toBe(true);
  });

  it('does not count a recorded zero as damage there, only a figure or class above zero', () => {
    // 架空一丁目 has only "0件" for 2025; 見本一丁目 has class 6 although 2025 names only 見本三丁目.
    const ids = (code: string) =>
      placeHistory(data, { kind: 'chome', code }).events.map((x) => x.event.id);
    expect(ids('K1')).not.toContain('SYN-2025-09-11');
    expect(ids('M1')).toContain('SYN-2025-09-11');
  });
});

// Tour files: the index and steps CSVs are read into typed tours, and broken synthetic tours give
// problems that name file, row, field and value (the same messages as every other data file).
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/data/problems';
import { parseTourSteps, parseTours, type TourRefs } from '../../src/tours/parse-tour';

const HEADER =
  'step,title_ja,title_easy,title_en,text_ja,text_easy,text_en,question_ja,question_easy,question_en,lon,lat,zoom,layers,hazards,period_from,period_to,period_mode,measure,selection,source_title,source_url,source_class';

/** One synthetic step row; override cells by column name. */
function row(cells: Record<string, string> = {}): string {
  const base: Record<string, string> = {
    step: 'synthetic-step',
    title_ja: '合成の手順',
    text_ja: '合成の本文',
    question_ja: '合成の問い',
    lon: '139.72',
    lat: '35.61',
    zoom: '15',
    layers: 'records,chome',
    hazards: 'flood_l2_depth:70',
    period_from: '1999',
    period_to: '1999',
    selection: 'chome:99999000001',
    source_title: '合成の出典 A ; 合成の出典 B',
    source_url: 'https://example.org/a ; https://example.org/b',
    source_class: 'official ; personal',
  };
  const all = { ...base, ...cells };
  return HEADER.split(',')
    .map((c) => `"${(all[c] ?? '').replace(/"/g, '""')}"`)
    .join(',');
}

const csv = (...rows: string[]): string => [HEADER, ...rows].join('\n');
const refs: TourRefs = {
  chome: new Set(['99999000001']),
  stations: new Set(['合成駅']),
  towns: new Set(['合成町']),
  events: new Set(['SYN-2000']),
};
const INDEX =
  'id,title_ja,summary_ja,audience_ja,curriculum\n' +
  'synthetic-tour,合成ツアー,合成の概要,小4,8220243300000000\n';

describe('parseTourSteps', () => {
  it('reads a valid synthetic step into typed fields', () => {
    const { steps, problems } = parseTourSteps('synthetic-tour.csv', csv(row()), refs);
    expect(problems).toEqual([]);
    expect(steps).toHaveLength(1);
    const s = steps[0]!;
    expect(s.line).toBe(2);
    expect(s.view).toEqual({ lon: 139.72, lat: 35.61, zoom: 15 });
    expect(s.layers).toEqual(['records', 'chome']);
    expect(s.hazards).toEqual([['flood_l2_depth', 70]]);
    expect(s.range).toEqual({ from: 1999, to: 1999 });
    expect(s.rangeMode).toBe('range');
    expect(s.selection).toEqual({ kind: 'chome', id: '99999000001' });
    expect(s.text).toEqual({ ja: '合成の本文', easy: null, en: null });
    expect(s.sources).toEqual([
      { title: '合成の出典 A', url: 'https://example.org/a', label: 'official' },
      { title: '合成の出典 B', url: 'https://example.org/b', label: 'personal' },
    ]);
  });

  it('reads a town as a selection: its chome together', () => {
    const { steps, problems } = parseTourSteps(
      't.csv',
      csv(row({ selection: 'town:合成町' })),
      refs,
    );
    expect(problems).toEqual([]);
    expect(steps[0]!.selection).toEqual({ kind: 'town', id: '合成町' });
  });

  it('keeps empty layers as "the defaults" and empty period as all time', () => {
    const { steps } = parseTourSteps(
      't.csv',
      csv(row({ layers: '', hazards: '', period_from: '', period_to: '', selection: '' })),
    );
    expect(steps[0]!.layers).toBeNull();
    expect(steps[0]!.hazards).toEqual([]);
    expect(steps[0]!.range).toBeNull();
    expect(steps[0]!.selection).toBeNull();
  });

  const broken: [string, Record<string, string>, string, string][] = [
    ['a missing Japanese text', { text_ja: '' }, 'text_ja', 'emptyField'],
    ['an unknown layer', { layers: 'records,rivers' }, 'layers', 'badPattern'],
    ['an unknown hazard layer', { hazards: 'flood_l9:70' }, 'hazards', 'badPattern'],
    ['an opacity over 100', { hazards: 'naisui:150' }, 'hazards', 'badPattern'],
    ['a period without its end', { period_to: '' }, 'period_from/period_to', 'badPattern'],
    [
      'a period backwards',
      { period_from: '2000', period_to: '1990' },
      'period_from/period_to',
      'badPattern',
    ],
    ['a bad period mode', { period_mode: 'sum' }, 'period_mode', 'badPattern'],
    ['a zoom out of range', { zoom: '3' }, 'zoom', 'badPattern'],
    ['a point outside the ward', { lon: '135.5' }, 'lat/lon', 'outOfArea'],
    ['a selection of an unknown kind', { selection: 'river:立会川' }, 'selection', 'badPattern'],
    [
      'a chome that does not exist',
      { selection: 'chome:99999000002' },
      'selection',
      'chomeNotFound',
    ],
    [
      'a station that does not exist',
      { selection: 'station:架空駅' },
      'selection',
      'unknownStation',
    ],
    ['an event that does not exist', { selection: 'event:SYN-1900' }, 'selection', 'unknownEvent'],
    ['a town that does not exist', { selection: 'town:架空町' }, 'selection', 'unknownTown'],
    [
      'fewer URLs than titles',
      { source_url: 'https://example.org/a' },
      'source_title/source_url/source_class',
      'badPattern',
    ],
    [
      'a source URL that is not http(s)',
      { source_url: 'javascript:alert(1) ; https://example.org/b' },
      'source_url',
      'badPattern',
    ],
    [
      'an unknown source label',
      { source_class: 'official ; rumour' },
      'source_class',
      'badPattern',
    ],
    [
      'no source at all',
      { source_title: '', source_url: '', source_class: '' },
      'source_title',
      'emptyField',
    ],
  ];
  it.each(broken)('reports %s with file, row and field', (_name, cells, field, code) => {
    const { steps, problems } = parseTourSteps('synthetic-broken.csv', csv(row(cells)), refs);
    expect(steps).toEqual([]);
    expect(problems.map((p) => [p.code, p.field, p.row, p.file])).toContainEqual([
      code,
      field,
      2,
      'synthetic-broken.csv',
    ]);
  });

  it('names the offending value in the message', () => {
    const { problems } = parseTourSteps(
      'synthetic-broken.csv',
      csv(row({ layers: 'rivers' })),
      refs,
    );
    const line = formatProblem(problems[0]!, 'ja');
    expect(line).toContain('synthetic-broken.csv');
    expect(line).toContain('2 行目');
    expect(line).toContain('項目「layers」');
    expect(line).toContain('"rivers"');
    expect(formatProblem(problems[0]!, 'en')).toContain('comma-separated layer ids');
  });

  it('reports duplicate step ids and a file without steps', () => {
    const dup = parseTourSteps('d.csv', csv(row(), row()), refs);
    expect(dup.problems.map((p) => p.code)).toEqual(['duplicateId']);
    const empty = parseTourSteps('e.csv', HEADER + '\n', refs);
    expect(empty.problems.map((p) => p.params?.detail)).toEqual(['no steps']);
  });
});

describe('parseTours', () => {
  const steps = new Map([['synthetic-tour.csv', csv(row(), row({ step: 'second' }))]]);

  it('joins the index with each steps file', () => {
    const { tours, problems } = parseTours(INDEX, steps, refs);
    expect(problems).toEqual([]);
    expect(tours.map((t) => [t.id, t.file, t.steps.length, t.curriculum])).toEqual([
      ['synthetic-tour', 'synthetic-tour.csv', 2, ['8220243300000000']],
    ]);
    expect(tours[0]!.audience.ja).toBe('小4');
  });

  it('leaves out a tour whose steps file is missing or broken, and says where', () => {
    const missing = parseTours(INDEX, new Map(), refs);
    expect(missing.tours).toEqual([]);
    expect(missing.problems[0]).toMatchObject({
      code: 'fetchFailed',
      file: 'tours.csv',
      row: 2,
      field: 'id',
    });
    const broken = parseTours(
      INDEX,
      new Map([['synthetic-tour.csv', csv(row({ zoom: 'x' }))]]),
      refs,
    );
    expect(broken.tours).toEqual([]);
    expect(broken.problems[0]).toMatchObject({ file: 'synthetic-tour.csv', row: 2, field: 'zoom' });
  });

  it('checks the index: curriculum codes and ids', () => {
    const bad =
      'id,title_ja,summary_ja,audience_ja,curriculum\n' + 'Bad Id,合成,合成,小4,8220-2433\n';
    const { problems } = parseTours(bad, steps, refs);
    expect(problems.map((p) => p.field).sort()).toEqual(['curriculum', 'id']);
  });
});

// 「わたしの学校のまわり」 (issue 21 item 1): the lesson generated for a school, on synthetic schools
// (records near it, none near it, one at the ward's edge with no English name and no flood site),
// in the three languages; every step that states a figure lists the sources of it, and the lesson
// goes through the same checks as a lesson file (tour-csv.ts → parseTours).
import { describe, expect, it } from 'vitest';
import '../../src/tours/school/texts';
import { num } from '../../src/data/figure';
import type { EventFact, FloodEvent, SourceRef } from '../../src/data/flood-model';
import { parseRuby } from '../../src/i18n/ruby';
import { tourIndexCsv, tourStepsCsv } from '../../src/tours/editor/tour-csv';
import { parseTours } from '../../src/tours/parse-tour';
import { generateSchoolLesson } from '../../src/tours/school/generate-lesson';
import type { SchoolFacts } from '../../src/tours/school/school-facts';
import type { School } from '../../src/tours/school/school-list';
import type { Tour, TourText } from '../../src/tours/tour-model';
import { makeEvent } from './helpers/synthetic-event';

const src = (title: string, url: string): SourceRef => ({
  title,
  titleEn: '',
  urls: [url],
  kindAsWritten: '',
  kind: { ja: '', en: '' },
  sourceClass: 'secondary',
  quote: '',
  quoteEn: '',
});

const schoolSynthetic = (over: Partial<School> = {}): School => ({
  id: 'school-synthetic-e-sch',
  name: { ja: '合成小学校', en: 'Synthetic E. Sch.' },
  address: '品川区北品川5-2-6',
  point: [139.7318, 35.6231],
  area: '北品川5丁目全域',
  fid: '避難所:合成小学校',
  ...over,
});

const old: FloodEvent = makeEvent({
  id: 'SYN-1958',
  start: { iso: '1958-09-26', precision: 'day' },
  name: { ja: '合成の台風', en: 'Synthetic typhoon' },
  total: num(1295),
  source: src('合成の区史', 'https://example.org/history'),
});
const recent: FloodEvent = makeEvent({
  id: 'SYN-1999',
  name: { ja: '合成の大雨', en: 'Synthetic downpour' },
  total: num(2751),
  source: src('合成の発表', 'https://example.org/report'),
});
const depthFact: Pick<EventFact, 'source'> = {
  source: src('合成の新聞', 'https://example.org/paper'),
};

const near: SchoolFacts = {
  walkM: 800,
  records: [
    { event: old, distanceM: 420 },
    { event: recent, distanceM: null },
  ],
  focus: {
    event: old,
    distanceM: 420,
    near: true,
    depth: {
      depth: {
        minM: 1.8,
        maxM: 1.8,
        reference: 'ground',
        asWritten: '六尺',
        note: { ja: '', en: '' },
      },
      source: depthFact.source,
    },
  },
  site: {
    id: 'E-SYN',
    name: '合成小学校',
    nameEn: 'Synthetic E. Sch.',
    point: [139.7318, 35.6231],
    distanceM: 3,
    forFloods: true,
    isSchool: true,
  },
};

const none: SchoolFacts = {
  walkM: 800,
  records: [],
  focus: { event: recent, distanceM: 1234, near: false, depth: null },
  site: {
    id: 'E-PARK',
    name: '合成公園',
    nameEn: null,
    point: [139.74, 35.62],
    distanceM: 612,
    forFloods: true,
    isSchool: false,
  },
};

/** At the ward's south-east edge (八潮): no English name, no 対象地区, no site for floods. */
const edgeSchool = schoolSynthetic({
  id: 'school-n0000beef',
  name: { ja: '合成学園', en: null },
  point: [139.7622, 35.5935],
  area: null,
});
const edge: SchoolFacts = {
  walkM: 800,
  records: [],
  focus: null,
  site: {
    id: 'E-FAR',
    name: '合成ふ頭',
    nameEn: null,
    point: [139.77, 35.59],
    distanceM: 987,
    forFloods: false,
    isSchool: false,
  },
};

const fields: readonly (keyof TourText)[] = ['ja', 'easy', 'en'];
const texts = (tour: Tour): string[] =>
  tour.steps.flatMap((s) =>
    [s.title, s.text, s.question].flatMap((t) => fields.map((f) => t[f] ?? '')),
  );

/** The lesson as files, read back with the checks of a lesson file. */
function roundTrip(tour: Tour) {
  return parseTours(tourIndexCsv(tour), new Map([[tour.file, tourStepsCsv(tour)]]));
}

describe('generateSchoolLesson', () => {
  const cases = [
    ['records near', schoolSynthetic(), near],
    ['no record near', schoolSynthetic(), none],
    ['at the ward’s edge', edgeSchool, edge],
  ] as const;

  it.each(cases)('writes every step in ja, やさしい日本語 and en (%s)', (_name, school, facts) => {
    const tour = generateSchoolLesson(school, facts);
    for (const text of texts(tour)) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/\{[a-zA-Z]+\}/);
      expect(parseRuby(text).problems).toEqual([]);
    }
    expect(tour.steps.some((s) => /\{[^|{}]+\|[ぁ-ゟ]+\}/.test(s.text.easy ?? ''))).toBe(true);
    for (const s of tour.steps) expect(s.text.en).not.toMatch(/[ぁ-ゟ]{3}/);
  });

  it.each(cases)('reads back as a lesson file without problems (%s)', (_name, school, facts) => {
    const tour = generateSchoolLesson(school, facts);
    const { tours, problems } = roundTrip(tour);
    expect(problems).toEqual([]);
    expect(tours[0]?.steps.length).toBe(tour.steps.length);
    expect(tours[0]?.curriculum).toEqual(['8220243300000000', '83212A3310000000']);
  });

  it.each(cases)(
    'lists a source in every step, and the record’s own where it states a figure (%s)',
    (_n, school, facts) => {
      const tour = generateSchoolLesson(school, facts);
      for (const s of tour.steps) {
        expect(s.sources.length).toBeGreaterThan(0);
        for (const e of [old, recent]) {
          const states = fields.some((f) =>
            (s.text[f] ?? '').includes(f === 'en' ? e.name.en : e.name.ja),
          );
          if (states) expect(s.sources.map((x) => x.url)).toContain(e.source.urls[0]);
        }
      }
    },
  );

  it('names the records near the school oldest first, the deepest with its depth and source', () => {
    const tour = generateSchoolLesson(schoolSynthetic(), near);
    expect(tour.steps.map((s) => s.id)).toEqual([
      'school',
      'records',
      'largest',
      'photo',
      'swale',
      'evac',
      'close',
    ]);
    const records = tour.steps[1]!;
    expect(records.text.ja).toContain('水害の記録が 2 件');
    expect(records.text.ja.indexOf('1958年')).toBeLessThan(records.text.ja.indexOf('1999年'));
    expect(records.text.en).toContain('1958 Synthetic typhoon');
    expect(records.range).toEqual({ from: 1958, to: 1999 });
    const largest = tour.steps[2]!;
    expect(largest.selection).toEqual({ kind: 'event', id: 'SYN-1958' });
    expect(largest.text.ja).toContain('六尺');
    expect(largest.sources.map((s) => s.url)).toContain('https://example.org/paper');
    expect(tour.steps[0]!.text.ja).toContain('通学区域（学区）ではありません');
    expect(tour.steps[0]!.text.ja).toContain('北品川5丁目全域');
    expect(tour.steps[5]!.text.ja).toContain('合成小学校そのもの');
    expect(tour.steps[5]!.text.en).toContain('Synthetic E. Sch. itself');
  });

  it('says when no record is near, and turns to the nearest one and to the prediction', () => {
    const tour = generateSchoolLesson(schoolSynthetic(), none);
    const records = tour.steps[1]!;
    expect(records.text.ja).toContain('記録はありません');
    expect(records.text.ja).toContain('「合成の大雨」（1999年、学校から直線で約 1,230 m）');
    expect(records.hazards).toEqual([['flood_l2_depth', 70]]);
    expect(records.sources.map((s) => s.url)).toContain('https://example.org/report');
    expect(tour.steps[2]!.text.ja).toContain('いちばん近い記録');
    expect(tour.steps[2]!.text.ja).toContain('資料にありません');
    expect(tour.steps[5]!.text.ja).toContain('合成公園 で、学校から直線で約 610 m');
  });

  it('at the ward’s edge: the Japanese name in English, no 対象地区, no record, no site for floods', () => {
    const tour = generateSchoolLesson(edgeSchool, edge);
    expect(tour.steps.map((s) => s.id)).not.toContain('largest');
    expect(tour.title.en).toBe('Around 合成学園');
    expect(tour.steps[0]!.text.ja).not.toContain('対象地区');
    expect(tour.steps[1]!.text.ja).toContain('記録はありません');
    expect(tour.steps[1]!.text.ja).not.toContain('いちばん近い');
    const evac = tour.steps.find((s) => s.id === 'evac')!;
    expect(evac.text.ja).toContain('洪水には指定されていません');
    expect(evac.view).toMatchObject({ lon: 139.77, lat: 35.59 });
  });
});

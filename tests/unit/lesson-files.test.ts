// A lesson written back as data/tours/ files: every bundled tour serialises to files that parse to
// the same tour (the round trip the lesson maker relies on), a draft built in the editor reads back
// with the project's own parser, problems name the row and the field, and a share link packs and
// unpacks the same files (too long: refused). Synthetic texts only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyDraftEdit, emptyDraft, type LessonEditor } from '../../src/tours/editor/draft-model';
import {
  decodeLesson,
  encodeLesson,
  LINK_MAX_CHARS,
  lessonHref,
} from '../../src/tours/editor/lesson-link';
import {
  mergeIndexCsv,
  readTourFiles,
  tourIndexCsv,
  tourStepsCsv,
} from '../../src/tours/editor/tour-csv';
import { formatProblem } from '../../src/data/problems';
import { parseTours } from '../../src/tours/parse-tour';
import type { Tour } from '../../src/tours/tour-model';
import { TOUR_STEPS_SCHEMA } from '../../src/tours/tour-schema';
import { defaultState } from '../../src/app/app-state';

const dir = join(import.meta.dirname, '..', '..', 'data', 'tours');
const read = (f: string): string => readFileSync(join(dir, f), 'utf8');
const bundled = parseTours(
  read('tours.csv'),
  new Map(['meguro-gotanda.csv', 'tachiai-nakanobu-futaba.csv'].map((f) => [f, read(f)])),
);

function roundTrip(tour: Tour): Tour | null {
  return readTourFiles([
    { name: `${tour.id}.tours.csv`, text: tourIndexCsv(tour) },
    { name: `${tour.id}.csv`, text: tourStepsCsv(tour) },
  ]).tour;
}

/** A synthetic lesson made as the editor makes it: two views, texts, a question, a source. */
function syntheticLesson(): Tour {
  let e: LessonEditor = { open: true, draft: emptyDraft(new Date(2026, 10, 30)), unsaved: false };
  const s1 = { ...defaultState, view: { lon: 139.73, lat: 35.62, zoom: 14 } };
  const s2 = {
    ...defaultState,
    view: { lon: 139.71, lat: 35.6, zoom: 15.25 },
    range: { from: 1999, to: 1999 },
    hazards: new Map([['flood_l2_depth', 70]] as const),
    selected: { kind: 'event' as const, id: 'SYN-1999' },
  };
  e = applyDraftEdit(e, { kind: 'addStep' }, s1);
  e = applyDraftEdit(e, { kind: 'addStep' }, s2);
  e = applyDraftEdit(
    e,
    {
      kind: 'header',
      patch: {
        id: 'synthetic-lesson',
        title: { ja: '合成の授業', easy: null, en: 'Synthetic lesson' },
        summary: { ja: '合成のねらい, "引用" と改行\nを含む', easy: null, en: null },
        audience: { ja: '小4 社会', easy: null, en: null },
        curriculum: ['8220243300000000'],
      },
    },
    s2,
  );
  const src = {
    title: '合成の出典 (synthetic)',
    url: 'https://example.org/s',
    label: 'official' as const,
  };
  for (const index of [0, 1]) {
    e = applyDraftEdit(
      e,
      {
        kind: 'step',
        index,
        patch: {
          title: { ja: `合成の見出し ${index + 1}`, easy: null, en: null },
          text: { ja: '=1+1 で始まる本文（数式ではない）', easy: 'やさしい 本文', en: null },
          question: { ja: '合成の問い？', easy: null, en: 'A synthetic question?' },
          sources: [src],
        },
      },
      s2,
    );
  }
  return e.draft;
}

describe('tour files written by the lesson maker', () => {
  it('read back to the same tour for every bundled tour', () => {
    expect(bundled.tours).toHaveLength(2);
    for (const tour of bundled.tours) expect(roundTrip(tour)).toEqual(tour);
  });

  it('write every column of the schema, in its order', () => {
    const [tour] = bundled.tours;
    const header = tourStepsCsv(tour!).split('\n')[0];
    expect(header).toBe(TOUR_STEPS_SCHEMA.columns.map((c) => c.name).join(','));
  });

  it('read a lesson made in the editor back to the same steps', () => {
    const tour = syntheticLesson();
    const back = roundTrip(tour);
    expect(back).toEqual(tour);
    expect(back?.steps[1]?.hazards).toEqual([['flood_l2_depth', 70]]);
    // A cell that starts like a formula is marked as text in the file, and read back as typed.
    expect(tourStepsCsv(tour)).toContain("'=1+1");
    expect(back?.steps[0]?.text.ja).toBe('=1+1 で始まる本文（数式ではない）');
  });

  it('name the row and the field of what is missing', () => {
    const tour = syntheticLesson();
    const broken: Tour = {
      ...tour,
      steps: tour.steps.map((s, i) =>
        i === 1 ? { ...s, question: { ja: '', easy: null, en: null } } : s,
      ),
    };
    const result = readTourFiles([
      { name: 'x.tours.csv', text: tourIndexCsv(broken) },
      { name: 'synthetic-lesson.csv', text: tourStepsCsv(broken) },
    ]);
    expect(result.tour).toBeNull();
    const p = result.problems.find((x) => x.field === 'question_ja');
    expect(p?.row).toBe(3);
    expect(p?.file).toBe('synthetic-lesson.csv');
    expect(formatProblem(p!, 'ja')).toContain('3 行目');
  });

  it('say which file is missing', () => {
    const tour = syntheticLesson();
    const only = readTourFiles([{ name: 'synthetic-lesson.csv', text: tourStepsCsv(tour) }]);
    expect(only.tour).toBeNull();
    expect(only.problems[0]?.params?.detail).toContain('tours.csv');
  });

  it('load from a whole tours.csv and a renamed steps file', () => {
    const [tour] = bundled.tours;
    const whole = readTourFiles([
      { name: 'tours.csv', text: read('tours.csv') },
      { name: `${tour!.id}.csv`, text: read(tour!.file) },
    ]);
    expect(whole.problems).toEqual([]);
    expect(whole.tour).toEqual(tour);
    const renamed = readTourFiles([
      { name: 'a.tours.csv', text: tourIndexCsv(tour!) },
      { name: 'download (1).csv', text: read(tour!.file) },
    ]);
    expect(renamed.tour?.steps).toEqual(tour!.steps);
  });

  it('merge into tours.csv: a new row is added, the same id replaced', () => {
    const tour = syntheticLesson();
    const index = read('tours.csv');
    const merged = mergeIndexCsv(index, tour);
    const again = mergeIndexCsv(merged, { ...tour, title: { ...tour.title, ja: '改名' } });
    const files = new Map([
      ...bundled.tours.map((t) => [t.file, read(t.file)] as const),
      ['synthetic-lesson.csv', tourStepsCsv(tour)],
    ]);
    const parsed = parseTours(again, files);
    expect(parsed.problems).toEqual([]);
    expect(parsed.tours.map((t) => t.id)).toEqual([
      ...bundled.tours.map((t) => t.id),
      'synthetic-lesson',
    ]);
    expect(parsed.tours[2]?.title.ja).toBe('改名');
  });
});

describe('share links', () => {
  it('pack the files and unpack them to the same tour', async () => {
    const tour = syntheticLesson();
    const value = await encodeLesson(tour);
    expect(value).toMatch(/^[A-Za-z0-9_-]+$/);
    const files = await decodeLesson(value);
    expect(files).not.toBeNull();
    const back = readTourFiles([
      { name: 'tours.csv', text: files!.index },
      { name: 'lesson.csv', text: files!.steps },
    ]);
    expect(back.tour).toEqual(tour);
    const href = lessonHref('https://example.org/map/#map=1/2/3', 'ja', value);
    expect(href).toBe(`https://example.org/map/#lang=ja&lesson=${value}`);
  });

  it('refuse a link longer than the limit and anything that is not a lesson', async () => {
    expect(lessonHref('https://example.org/', 'ja', 'a'.repeat(LINK_MAX_CHARS))).toBeNull();
    // A bundled eight-step tour with three languages is too long for a link: share the file.
    const long = bundled.tours.find((t) => t.steps.length === 8)!;
    expect(lessonHref('https://example.org/', 'ja', await encodeLesson(long))).toBeNull();
    expect(await decodeLesson('not-a-lesson')).toBeNull();
    expect(await decodeLesson('')).toBeNull();
  });

  it('stops unpacking a crafted link once it passes 256 kB (a short link can hold megabytes)', async () => {
    // 4 MB of spaces deflate to a few kB: refused while unpacking, not after.
    const spaces = new TextEncoder().encode(' '.repeat(4 * 1024 * 1024));
    const out = new Blob([spaces]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const packed = new Uint8Array(await new Response(out).arrayBuffer());
    const value = Buffer.from(packed).toString('base64url');
    expect(value.length).toBeLessThan(8000);
    expect(await decodeLesson(value)).toBeNull();
  });
});

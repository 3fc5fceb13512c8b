// The dev-server endpoint behind the lesson maker's "save into data/tours/": only this machine and
// this origin, only a slug id, only a lesson that passes data:check's tour checks; a new lesson is
// added to tours.csv, an existing one replaced only with a dated backup and a change-log line.
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTourRequest, tourSaveHandler } from '../../scripts/tour-save-handler';
import { TOUR_SAVE } from '../../scripts/tour-save-plugin';
import { CHANGE_LOG_FILE } from '../../src/data/data-change-log';
import { parseTours } from '../../src/tours/parse-tour';
import { tourIndexCsv, tourStepsCsv } from '../../src/tours/editor/tour-csv';
import type { Tour } from '../../src/tours/tour-model';
import { syntheticStep, syntheticTour } from '../fixtures/synthetic-tour';

const root = join(import.meta.dirname, '..', '..');
let tmp = '';
let n = 0;
function dataCopy(): string {
  const dir = join(tmp, `data-${n++}`);
  cpSync(join(root, 'data'), dir, { recursive: true });
  return dir;
}

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'fhm-tour-save-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A synthetic one-step lesson (its text says so). */
const synthetic: Tour = syntheticTour({
  id: 'synthetic-lesson',
  file: 'synthetic-lesson.csv',
  title: { ja: '合成の授業', easy: null, en: null },
  summary: { ja: '合成のねらい', easy: null, en: null },
  audience: { ja: '小4 社会', easy: null, en: null },
  steps: [syntheticStep({ id: 'step-1', view: { lon: 139.73, lat: 35.62, zoom: 14 }, then: null })],
});

const body = (tour: Tour, id = tour.id) => ({
  id,
  index: tourIndexCsv(tour),
  steps: tourStepsCsv(tour),
});

interface Reply {
  status: number;
  body: { ok: boolean; error?: string; written?: { file: string; backup: string }[] };
}

function call(
  dir: string,
  opts: { remote?: string; method?: string; origin?: string; body?: unknown },
): Promise<Reply> {
  const text = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body ?? {});
  const req = Object.assign(Readable.from([Buffer.from(text)]), {
    url: TOUR_SAVE.path,
    method: opts.method ?? 'POST',
    socket: { remoteAddress: opts.remote ?? '127.0.0.1' },
    headers: {
      host: 'localhost:5173',
      'content-type': 'application/json',
      ...(opts.origin ? { origin: opts.origin } : {}),
    },
  }) as unknown as IncomingMessage;
  return new Promise((done) => {
    const res = {
      statusCode: 0,
      setHeader: () => undefined,
      end: (b: string) => done({ status: res.statusCode, body: JSON.parse(b) as Reply['body'] }),
    };
    const at = new Date('2026-11-30T10:15:00+09:00');
    void tourSaveHandler(dir, () => at)(req, res as unknown as ServerResponse, () =>
      done({ status: -1, body: { ok: false } }),
    );
  });
}

const toursIn = (dir: string) => {
  const d = join(dir, 'tours');
  const files = new Map(
    readdirSync(d)
      .filter((f) => f.endsWith('.csv') && f !== 'tours.csv')
      .map((f) => [f, readFileSync(join(d, f), 'utf8')] as const),
  );
  return parseTours(readFileSync(join(d, 'tours.csv'), 'utf8'), files);
};

describe('tour save endpoint', () => {
  it('refuses other machines, other origins, other methods, bad ids and broken lessons', async () => {
    const dir = dataCopy();
    expect((await call(dir, { remote: '192.168.1.5', body: body(synthetic) })).status).toBe(403);
    expect(
      (await call(dir, { origin: 'https://evil.example', body: body(synthetic) })).status,
    ).toBe(403);
    expect((await call(dir, { method: 'GET' })).status).toBe(405);
    expect((await call(dir, { body: 'not json' })).status).toBe(400);
    expect(parseTourRequest(JSON.stringify(body(synthetic, '../evil')))).toContain('not a tour id');
    expect(parseTourRequest(JSON.stringify(body(synthetic, 'tours')))).toContain('not a tour id');
    const broken = {
      ...synthetic,
      steps: [{ ...synthetic.steps[0]!, question: { ja: '', easy: null, en: null } }],
    };
    const refused = await call(dir, { body: body(broken) });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toContain('question_ja');
    // Selecting a record that data/ does not hold is refused as data:check would.
    const ghost = {
      ...synthetic,
      steps: [{ ...synthetic.steps[0]!, selection: { kind: 'event' as const, id: 'SYN-0000' } }],
    };
    expect((await call(dir, { body: body(ghost) })).status).toBe(422);
    expect(existsSync(join(dir, 'tours', 'synthetic-lesson.csv'))).toBe(false);
  });

  it('adds a new lesson, then replaces it only with backups and a change-log line', async () => {
    const dir = dataCopy();
    const before = toursIn(dir).tours.length;
    const first = await call(dir, { body: body(synthetic) });
    expect(first.status).toBe(200);
    expect(first.body.written?.find((w) => w.file === 'tours/synthetic-lesson.csv')?.backup).toBe(
      '',
    );
    const after = toursIn(dir);
    expect(after.problems).toEqual([]);
    expect(after.tours).toHaveLength(before + 1);
    const renamed = { ...synthetic, title: { ...synthetic.title, ja: '合成の授業（改）' } };
    const second = await call(dir, { body: body(renamed) });
    expect(second.status).toBe(200);
    const stepsFile = second.body.written?.find((w) => w.file === 'tours/synthetic-lesson.csv');
    expect(stepsFile).toBeUndefined(); // the steps did not change: not rewritten
    const steps = second.body.written?.find((w) => w.file === 'tours/tours.csv');
    expect(steps?.backup).toMatch(/^backups\/tours\/tours\.2026-11-30T101500(-\d+)?\.csv$/);
    expect(readFileSync(join(dir, steps!.backup), 'utf8')).toContain('合成の授業');
    expect(toursIn(dir).tours.find((t) => t.id === 'synthetic-lesson')?.title.ja).toBe(
      '合成の授業（改）',
    );
    expect(readFileSync(join(dir, CHANGE_LOG_FILE), 'utf8')).toContain('lesson synthetic-lesson');
    // Changed steps: the old steps file is kept before the new one is written.
    const oldSteps = readFileSync(join(dir, 'tours', 'synthetic-lesson.csv'), 'utf8');
    const moved = {
      ...renamed,
      steps: [{ ...synthetic.steps[0]!, view: { lon: 139.72, lat: 35.61, zoom: 15 } }],
    };
    const third = await call(dir, { body: body(moved) });
    const kept = third.body.written?.find((w) => w.file === 'tours/synthetic-lesson.csv');
    expect(kept?.backup).toMatch(/^backups\/tours\/synthetic-lesson\./);
    expect(readFileSync(join(dir, kept!.backup), 'utf8')).toBe(oldSteps);
  });
});

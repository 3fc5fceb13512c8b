// The dev-server endpoint behind the desk's "save": only this machine, only the catalogue's data
// files, only a set that passes data:check; a dated backup and a change-log line per file.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deskSaveHandler,
  saveDataFiles,
  type DeskSaveReply,
} from '../../scripts/desk-save-handler';
import { DESK_SAVE } from '../../scripts/desk-save-plugin';
import { isLoopback, loopbackHost, sameOrigin } from '../../scripts/local-json-endpoint';
import { CHANGE_LOG_FILE } from '../../src/data/data-change-log';
import { textVersion } from '../../src/lib/text-version';
import { failingRename } from './helpers/failing-rename';

const root = join(import.meta.dirname, '..', '..');
let tmp = '';
let n = 0;
function dataCopy(): string {
  const dir = join(tmp, `data-${n++}`);
  cpSync(join(root, 'data'), dir, { recursive: true });
  return dir;
}

interface Reply {
  status: number;
  body: DeskSaveReply;
}

/** The versions of the named files as they are in `dir` now: what a desk that just read them sends. */
const baseOf = (dir: string, ...files: string[]): Record<string, string> =>
  Object.fromEntries(files.map((f) => [f, textVersion(readFileSync(join(dir, f), 'utf8'))]));

/** A save of flood_events.csv started from the folder as it is now. */
const eventsSave = (dir: string, text: string) => ({
  files: { 'flood_events.csv': text },
  base: baseOf(dir, 'flood_events.csv'),
  source: 'desk form',
  change: '記録の追加',
});

async function call(
  dir: string,
  opts: {
    remote?: string;
    method?: string;
    origin?: string;
    host?: string;
    body?: unknown;
    type?: string;
  },
): Promise<Reply> {
  const text = typeof opts.body === 'string' ? opts.body : JSON.stringify(opts.body ?? {});
  const req = Object.assign(Readable.from([Buffer.from(text)]), {
    url: DESK_SAVE.path,
    method: opts.method ?? 'POST',
    socket: { remoteAddress: opts.remote ?? '127.0.0.1' },
    headers: {
      host: opts.host ?? 'localhost:5173',
      'content-type': opts.type ?? 'application/json',
      ...(opts.origin ? { origin: opts.origin } : {}),
    },
  }) as unknown as IncomingMessage;
  return new Promise((done) => {
    const res: { statusCode: number; setHeader: () => void; end: (body: string) => void } = {
      statusCode: 0,
      setHeader: () => undefined,
      end: (body) => done({ status: res.statusCode, body: JSON.parse(body) as Reply['body'] }),
    };
    const at = new Date('2026-11-30T10:15:00+09:00');
    void deskSaveHandler(dir, () => at)(req, res as unknown as ServerResponse, () =>
      done({ status: -1, body: { ok: false } }),
    );
  });
}

/** flood_events.csv with one more row that passes every check (a synthetic record). */
function withSyntheticEvent(dir: string): string {
  const text = readFileSync(join(dir, 'flood_events.csv'), 'utf8');
  const header = text.split('\n')[0]!.split(',');
  const row: Record<string, string> = {
    id: 'SH-2030-01-02',
    record_type: 'event',
    date_start: '2030-01-02',
    date_as_written: '2030年1月2日',
    event_name_ja: '合成テストの浸水',
    event_name_en: 'Synthetic test flood',
    scope: 'none',
    source_title: 'synthetic test record',
    source_url: 'https://example.org/synthetic',
    source_kind: 'synthetic',
    quote: 'synthetic',
    source_class: 'personal',
  };
  return `${text}${header.map((h) => row[h] ?? '').join(',')}\n`;
}

/** Every file of a data folder and its content, to see that nothing at all was written. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) {
      const path = join(e.parentPath, e.name);
      out[path.slice(dir.length)] = readFileSync(path, 'utf8');
    }
  }
  return out;
}
const untouched = (dir: string): boolean =>
  JSON.stringify(snapshot(dir)) === JSON.stringify(snapshot(join(root, 'data')));

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'fhm-desk-save-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('desk save endpoint', () => {
  it('knows loopback addresses (IPv4, IPv6, IPv4-mapped) from the rest', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([true, true, true]);
    expect(['192.168.1.5', '::ffff:10.0.0.2', '', undefined].map(isLoopback)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it('writes a checked file, keeps a dated backup and logs one line', async () => {
    const dir = dataCopy();
    const before = readFileSync(join(dir, 'flood_events.csv'), 'utf8');
    const text = withSyntheticEvent(dir);
    const r = await call(dir, { body: eventsSave(dir, text) });
    expect(r.status, r.body.error).toBe(200);
    expect(readFileSync(join(dir, 'flood_events.csv'), 'utf8')).toBe(text);
    const backups = readdirSync(join(dir, 'backups'));
    expect(backups).toEqual(['flood_events.2026-11-30T101500.csv']);
    expect(readFileSync(join(dir, 'backups', backups[0]!), 'utf8')).toBe(before);
    const log = readFileSync(join(dir, CHANGE_LOG_FILE), 'utf8').trim().split('\n');
    expect(log.at(-1)).toBe(
      `2026-11-30T10:15:00+09:00,flood_events.csv,${before.trim().split('\n').length},記録の追加,desk form,backups/flood_events.2026-11-30T101500.csv`,
    );
  });

  it('refuses requests from another machine and writes nothing', async () => {
    const dir = dataCopy();
    const r = await call(dir, {
      remote: '192.168.1.5',
      body: eventsSave(dir, withSyntheticEvent(dir)),
    });
    expect(r.status).toBe(403);
    expect(untouched(dir)).toBe(true);
  });

  it('refuses a page of another origin', async () => {
    const dir = dataCopy();
    const r = await call(dir, {
      origin: 'http://evil.example',
      body: eventsSave(dir, withSyntheticEvent(dir)),
    });
    expect(r.status).toBe(403);
    expect(untouched(dir)).toBe(true);
  });

  it.each(['../package.json', 'evil.csv', 'backups/flood_events.csv', CHANGE_LOG_FILE])(
    'refuses a file name the catalogue does not have: %s',
    async (name) => {
      const dir = dataCopy();
      const r = await call(dir, {
        body: { files: { [name]: 'a,b\n1,2\n' }, base: {}, source: 'x', change: 'x' },
      });
      expect(r.status).toBe(400);
      expect(r.body.error).toContain(name);
      expect(untouched(dir)).toBe(true);
    },
  );

  it('refuses a file that does not pass data:check, naming the problem', async () => {
    const dir = dataCopy();
    const bad = withSyntheticEvent(dir).replace(
      '2030-01-02,,2030年1月2日',
      '2030-13-45,,2030年1月2日',
    );
    const r = await call(dir, { body: { ...eventsSave(dir, bad), lang: 'en' } });
    expect(r.status).toBe(422);
    expect(r.body.error).toContain('date_start');
    expect(r.body.problems?.[0]?.lost).toBe(false);
    expect(untouched(dir)).toBe(true);
  });

  it('refuses a foreign Host even from this machine and with a matching Origin (DNS rebinding)', async () => {
    const dir = dataCopy();
    const r = await call(dir, {
      host: 'evil.example:5173',
      origin: 'http://evil.example:5173',
      body: eventsSave(dir, withSyntheticEvent(dir)),
    });
    expect(r.status).toBe(403);
    expect(untouched(dir)).toBe(true);
  });

  it('refuses a save without the versions it started from', async () => {
    const dir = dataCopy();
    const { base: _base, ...noBase } = eventsSave(dir, withSyntheticEvent(dir));
    expect((await call(dir, { body: noBase })).status).toBe(400);
    expect(untouched(dir)).toBe(true);
  });

  it('answers 409 with the file as it now is when it changed since the desk read it', async () => {
    const dir = dataCopy();
    const first = eventsSave(dir, withSyntheticEvent(dir));
    // A second page read the same version and saves another record after the first.
    const second = {
      ...eventsSave(dir, withSyntheticEvent(dir).replaceAll('SH-2030-01-02', 'SH-2030-02-03')),
      lang: 'en',
    };
    expect((await call(dir, { body: first })).status).toBe(200);
    const afterFirst = snapshot(dir);
    const r = await call(dir, { body: second });
    expect(r.status).toBe(409);
    expect(r.body.error).toContain('flood_events.csv');
    expect(r.body.changed?.map((c) => c.file)).toEqual(['flood_events.csv']);
    expect(r.body.changed?.[0]?.text).toContain('SH-2030-01-02');
    expect(snapshot(dir)).toEqual(afterFirst);
  });

  it('refuses a save that breaks other files (a removed event), naming file, row and reference', async () => {
    const dir = dataCopy();
    const without = readFileSync(join(dir, 'flood_events.csv'), 'utf8')
      .split('\n')
      .filter((l) => !l.startsWith('SH-1999-08-29,'))
      .join('\n');
    const r = await call(dir, { body: eventsSave(dir, without) });
    expect(r.status).toBe(422);
    expect(r.body.error).toMatch(
      /^chome_flood_records\.csv \d+ 行目が参照する SH-1999-08-29 がなくなります$/mu,
    );
    const files = new Set(r.body.problems?.map((p) => p.problem.file));
    expect(files).toContain('tachiai-nakanobu-futaba.csv');
    expect(files).toContain('flood_event_facts.csv');
    expect(untouched(dir)).toBe(true);
  });

  it.each([2, 3])(
    'writes all or nothing: failing rename %i puts the replaced file back',
    async (nth) => {
      const dir = dataCopy();
      const failing = failingRename(nth, 'ENOSPC: synthetic failure');
      const request = eventsSave(dir, withSyntheticEvent(dir));
      const r = saveDataFiles(dir, request, new Date('2026-11-30T10:15:00+09:00'), failing.fs);
      expect(r.status).toBe(500);
      expect(r.reply.error).toContain('ENOSPC');
      expect(failing.renames()).toBeGreaterThanOrEqual(nth);
      // No file replaced, no backup, no log line, no temporary file left, no folder made.
      expect(untouched(dir)).toBe(true);
      expect(existsSync(join(dir, 'backups'))).toBe(false);
    },
  );

  it('answers only POSTs of JSON', async () => {
    const dir = dataCopy();
    expect((await call(dir, { method: 'GET' })).status).toBe(405);
    expect((await call(dir, { type: 'text/plain', body: '{}' })).status).toBe(415);
    expect((await call(dir, { body: 'not json' })).status).toBe(400);
  });
});

describe('sameOrigin', () => {
  it('accepts no Origin header and this server, refuses other hosts and an unreadable "null"', () => {
    expect(sameOrigin(undefined, 'localhost:5173')).toBe(true);
    expect(sameOrigin('http://localhost:5173', 'localhost:5173')).toBe(true);
    expect(sameOrigin('http://[::1]:5173', '[::1]:5173')).toBe(true);
    expect(sameOrigin('http://evil.example', 'localhost:5173')).toBe(false);
    // Sandboxed frames and file:// pages send "null": refused (403), not a server error.
    expect(sameOrigin('null', 'localhost:5173')).toBe(false);
    // Same as the Host, but not a loopback name (DNS rebinding, a tunnel): refused.
    expect(sameOrigin('http://evil.example:5173', 'evil.example:5173')).toBe(false);
  });
});

describe('loopbackHost', () => {
  it('accepts localhost, 127.0.0.1 and [::1] with or without a port, and nothing else', () => {
    expect(
      ['localhost:5173', '127.0.0.1:4179', '[::1]:5173', 'LOCALHOST', '127.0.0.1'].map(
        loopbackHost,
      ),
    ).toEqual([true, true, true, true, true]);
    expect(
      [
        'evil.example',
        'localhost.evil.example',
        '127.0.0.1.nip.io',
        '192.168.1.5:5173',
        'localhost@evil',
        '',
        undefined,
      ].map(loopbackHost),
    ).toEqual([false, false, false, false, false, false, false]);
  });
});

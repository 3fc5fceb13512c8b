import { describe, expect, it } from 'vitest';
import { loadOfflineMesh, type MeshLoaderDeps } from '../../src/hazard/load-offline-mesh';
import { MESH_FILES } from '../../src/hazard/offline-mesh';
import { MAX_FILE_BYTES } from '../../src/data/validate-dataset';

// Synthetic mesh files in the importer's format (not real data).
const BASE = 'http://app.test/sub/';
const syntheticMeta = {
  title: { ja: '合成メッシュ', en: 'synthetic mesh' },
  scenario: { ja: '合成', en: 'synthetic' },
  publisher: 'synthetic',
  licence: 'n/a',
  attribution: 'synthetic',
  datasetUrl: '',
  generatedAt: '2026-11-25T00:00:00Z',
  imageBounds: [139.7, 35.6, 139.8, 35.7],
  width: 2,
  height: 1,
};
const syntheticPng = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]);
const syntheticSummary = 'chome_code,share_flooded\n13109900001,0.35\n13109900002,\n';
const allFiles = [MESH_FILES.meta, MESH_FILES.image, MESH_FILES.summary];

type Answer = Response | Error | (() => Response);
type Answers = Partial<Record<string, Answer>>;

const ok = (): Answers => ({
  'optional-data.json': Response.json({ files: allFiles }),
  [MESH_FILES.meta]: Response.json(syntheticMeta),
  [MESH_FILES.image]: new Response(syntheticPng, { headers: { 'content-type': 'image/png' } }),
  [MESH_FILES.summary]: new Response(syntheticSummary),
});

/** A fake network: answers by file name under BASE/data/, records what was asked and decoded. */
function fake(answers: Answers) {
  const asked: string[] = [];
  const decoded: number[] = [];
  const fakePixels = { width: 2, height: 1, data: new Uint8ClampedArray(8) } as ImageData;
  const deps: MeshLoaderDeps = {
    fetch: (async (input: RequestInfo | URL) => {
      const url = String(input);
      asked.push(url);
      const name = url.startsWith(`${BASE}data/`) ? url.slice(`${BASE}data/`.length) : '';
      const answer = answers[name];
      if (answer === undefined) return new Response('Not Found', { status: 404 });
      if (answer instanceof Error) throw answer;
      return typeof answer === 'function' ? answer() : answer;
    }) as typeof fetch,
    decodePixels: async (blob) => {
      decoded.push(blob.size);
      return fakePixels;
    },
  };
  return { deps, asked, decoded, fakePixels };
}

describe('loadOfflineMesh', () => {
  it('loads metadata, image pixels and summaries from the app folder', async () => {
    const { deps, asked, decoded, fakePixels } = fake(ok());
    const r = await loadOfflineMesh(BASE, deps);
    expect(r.kind).toBe('loaded');
    if (r.kind !== 'loaded') return;
    expect(r.problems).toEqual([]);
    expect(r.mesh.meta.width).toBe(2);
    expect(r.mesh.imageUrl).toBe(`${BASE}data/${MESH_FILES.image}`);
    expect(r.mesh.pixels).toBe(fakePixels);
    expect(decoded).toEqual([syntheticPng.byteLength]);
    expect([...r.mesh.predictions]).toEqual([
      ['13109900001', 0.35],
      ['13109900002', null],
    ]);
    expect(asked.every((u) => u.startsWith(`${BASE}data/`))).toBe(true);
  });

  it.each([
    ['no manifest', { 'optional-data.json': undefined }],
    ['an unreachable manifest', { 'optional-data.json': new TypeError('Failed to fetch') }],
    ['a manifest that is not JSON', { 'optional-data.json': new Response('<html>') }],
    ['a manifest without the mesh', { 'optional-data.json': Response.json({ files: [] }) }],
  ])('is absent with %s', async (_, change) => {
    const { deps } = fake({ ...ok(), ...change });
    expect(await loadOfflineMesh(BASE, deps)).toEqual({ kind: 'absent' });
  });

  it('reports a failed summary request and still loads the layer (start-up goes on)', async () => {
    const { deps } = fake({ ...ok(), [MESH_FILES.summary]: new TypeError('Failed to fetch') });
    const r = await loadOfflineMesh(BASE, deps);
    expect(r.kind).toBe('loaded');
    if (r.kind !== 'loaded') return;
    expect(r.mesh.predictions.size).toBe(0);
    expect(r.problems).toEqual([
      {
        severity: 'error',
        code: 'fetchFailed',
        file: MESH_FILES.summary,
        params: { detail: 'Failed to fetch' },
      },
    ]);
  });

  it('reports an HTTP error on the summary with its status', async () => {
    const { deps } = fake({ ...ok(), [MESH_FILES.summary]: new Response('', { status: 500 }) });
    const r = await loadOfflineMesh(BASE, deps);
    expect(r.kind === 'loaded' && r.problems).toEqual([
      expect.objectContaining({ code: 'fetchFailed', params: { detail: 'HTTP 500' } }),
    ]);
  });

  it('passes on the summary rows the validator refuses, naming file and row', async () => {
    const bad = 'chome_code,share_flooded\n13109900001,lots\n13109900002,0.1\n';
    const { deps } = fake({ ...ok(), [MESH_FILES.summary]: new Response(bad) });
    const r = await loadOfflineMesh(BASE, deps);
    if (r.kind !== 'loaded') throw new Error(r.kind);
    expect([...r.mesh.predictions.keys()]).toEqual(['13109900002']);
    expect(r.problems).toEqual([
      expect.objectContaining({
        code: 'wrongType',
        file: MESH_FILES.summary,
        row: 2,
        field: 'share_flooded',
      }),
    ]);
  });

  it.each([
    ['unreachable', new TypeError('Failed to fetch'), 'fetchFailed'],
    ['missing', new Response('', { status: 404 }), 'fetchFailed'],
    ['not JSON', new Response('{"title":'), 'notJson'],
    ['without a title', Response.json({ ...syntheticMeta, title: 'x' }), 'missingField'],
  ])('is broken when the metadata is %s', async (_, answer, code) => {
    const { deps, decoded } = fake({ ...ok(), [MESH_FILES.meta]: answer });
    const r = await loadOfflineMesh(BASE, deps);
    expect(r).toEqual({
      kind: 'broken',
      problems: [expect.objectContaining({ code, file: MESH_FILES.meta })],
    });
    expect(decoded).toEqual([]);
  });

  it('is broken when the image cannot be fetched', async () => {
    const { deps } = fake({ ...ok(), [MESH_FILES.image]: new TypeError('Failed to fetch') });
    expect(await loadOfflineMesh(BASE, deps)).toEqual({
      kind: 'broken',
      problems: [expect.objectContaining({ code: 'fetchFailed', file: MESH_FILES.image })],
    });
  });

  it('stops reading an image over the size limit and says how large it claimed to be', async () => {
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        c.enqueue(new Uint8Array(1024));
      },
      cancel() {
        cancelled = true;
      },
    });
    const huge = new Response(body, {
      headers: { 'content-length': String(MAX_FILE_BYTES * 2) },
    });
    const { deps } = fake({ ...ok(), [MESH_FILES.image]: huge });
    const r = await loadOfflineMesh(BASE, deps);
    expect(r).toEqual({
      kind: 'broken',
      problems: [
        expect.objectContaining({
          code: 'tooLarge',
          file: MESH_FILES.image,
          params: { size: '40.0 MB', limit: '20.0 MB' },
        }),
      ],
    });
    expect(cancelled).toBe(true);
  });

  it('stops a streamed summary that grows past the limit without a declared length', async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>(
      {
        pull(c) {
          sent += 1;
          c.enqueue(new Uint8Array(1024 * 1024).fill(0x31));
        },
      },
      { highWaterMark: 0 },
    );
    const { deps } = fake({ ...ok(), [MESH_FILES.summary]: new Response(endless) });
    const r = await loadOfflineMesh(BASE, deps);
    expect(r.kind === 'loaded' && r.problems.map((p) => p.code)).toEqual(['tooLarge']);
    expect(sent).toBeLessThanOrEqual(21);
  });
});

import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { datasetById } from '../../src/data/catalog';
import { fetchDataset, readTextCapped } from '../../src/data/fetch-dataset';
import { formatProblem } from '../../src/data/problems';
import { MAX_FILE_BYTES } from '../../src/data/validate-dataset';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const chome = datasetById('chome');
const points = datasetById('chomePoints');
const URL_ = './data/shinagawa_chome_2015_simplified.geojson';

/** A fake fetch that records the URLs asked for and answers with `respond()`. */
function fakeFetch(respond: () => Response | Promise<Response>) {
  const urls: string[] = [];
  const fn = (async (input: RequestInfo | URL) => {
    urls.push(String(input));
    return respond();
  }) as typeof fetch;
  return { fn, urls };
}

/**
 * A body that produces `chunks` chunks of `size` bytes on demand, counting what was read and
 * whether it was cancelled. highWaterMark 0: nothing is pulled before someone reads.
 */
function countingBody(chunks: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const chunk = new Uint8Array(size).fill(0x20);
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled >= chunks) {
          controller.close();
          return;
        }
        state.pulled += 1;
        controller.enqueue(chunk);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { body, state };
}

describe('fetchDataset', () => {
  it('HTTP 404 is "fetchFailed" with "HTTP 404"', async () => {
    const { fn, urls } = fakeFetch(() => new Response('Not Found', { status: 404 }));
    const result = await fetchDataset(chome, URL_, fn);
    expect(urls).toEqual([URL_]);
    expect(result).toEqual({
      kind: 'geojson',
      data: null,
      total: 0,
      problems: [
        {
          severity: 'error',
          code: 'fetchFailed',
          file: 'shinagawa_chome_2015_simplified.geojson',
          params: { detail: 'HTTP 404' },
        },
      ],
    });
    expect(formatProblem(result.problems[0]!, 'ja')).toBe(
      'shinagawa_chome_2015_simplified.geojson: ファイルを取得できません（HTTP 404）',
    );
  });

  it('HTTP 500 on a CSV gives a CSV-shaped result', async () => {
    const { fn } = fakeFetch(() => new Response('', { status: 500 }));
    const result = await fetchDataset(points, './data/x.csv', fn);
    expect(result).toMatchObject({ kind: 'csv', rows: null, total: 0 });
    expect(result.problems).toMatchObject([
      { code: 'fetchFailed', params: { detail: 'HTTP 500' } },
    ]);
  });

  it('fetch throwing (offline) is "fetchFailed" with the error message', async () => {
    const fn = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const result = await fetchDataset(chome, URL_, fn);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        code: 'fetchFailed',
        file: chome.file,
        params: { detail: 'Failed to fetch' },
      },
    ]);
    expect(result.kind === 'geojson' && result.data).toBeNull();
  });

  it('a content-length over the limit is "tooLarge" without reading the body', async () => {
    const { body, state } = countingBody(100, 1024);
    const declared = MAX_FILE_BYTES + 1;
    const { fn } = fakeFetch(
      () => new Response(body, { headers: { 'content-length': String(declared) } }),
    );
    const result = await fetchDataset(chome, URL_, fn);
    expect(state.pulled).toBe(0);
    expect(state.cancelled).toBe(true);
    expect(result.problems).toEqual([
      {
        severity: 'error',
        code: 'tooLarge',
        file: chome.file,
        params: { size: '20.0 MB', limit: '20.0 MB' },
      },
    ]);
  });

  it('a streamed body over the limit without content-length is "tooLarge"; reading stops', async () => {
    const mb = 1024 * 1024;
    const { body, state } = countingBody(40, mb); // 40 MB if read to the end
    const { fn } = fakeFetch(() => new Response(body));
    const result = await fetchDataset(chome, URL_, fn);
    expect(result.problems.map((p) => p.code)).toEqual(['tooLarge']);
    expect(result.kind === 'geojson' && result.data).toBeNull();
    // 20 MB allowed, the 21st chunk crosses the limit and reading is cancelled.
    expect(state.pulled).toBe(MAX_FILE_BYTES / mb + 1);
    expect(state.cancelled).toBe(true);
  });

  it('a valid body is validated (GeoJSON)', async () => {
    const text = fixture('chome-valid-3-features.geojson');
    const { fn } = fakeFetch(
      () =>
        new Response(text, {
          headers: { 'content-type': 'application/geo+json' },
        }),
    );
    const result = await fetchDataset(chome, URL_, fn);
    expect(result.problems).toEqual([]);
    expect(result.kind).toBe('geojson');
    if (result.kind !== 'geojson') return;
    expect(result.total).toBe(3);
    expect(result.data?.features.map((f) => f.properties.key_code)).toEqual([
      '13109010002',
      '13109010003',
      '13109010006',
    ]);
  });

  it('a broken body is validated and its problems reported (CSV, BOM, Japanese split across chunks)', async () => {
    // Send the bytes one at a time so that every multi-byte character is split between chunks.
    const bytes = new TextEncoder().encode(`\uFEFF${fixture('points-bad-lat-row-4.broken.csv')}`);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const b of bytes) controller.enqueue(Uint8Array.of(b));
        controller.close();
      },
    });
    const { fn } = fakeFetch(() => new Response(body));
    const result = await fetchDataset(points, './data/points.csv', fn);
    expect(result.kind).toBe('csv');
    if (result.kind !== 'csv') return;
    expect(result.rows?.map((r) => r.values.town)).toEqual(['中延二丁目', '中延三丁目']);
    expect(result.problems).toMatchObject([
      { code: 'wrongType', row: 4, field: 'lat', value: '35.60235３x', file: points.file },
    ]);
  });
});

describe('readTextCapped', () => {
  it('returns the text when it fits exactly', async () => {
    const text = 'ab品川';
    const size = new TextEncoder().encode(text).byteLength;
    expect(await readTextCapped(new Response(text), size)).toBe(text);
    expect(await readTextCapped(new Response(text), size - 1)).toBeNull();
  });

  it('counts bytes, not characters', async () => {
    // 3 characters, 9 bytes in UTF-8.
    expect(await readTextCapped(new Response('品川区'), 8)).toBeNull();
    expect(await readTextCapped(new Response('品川区'), 9)).toBe('品川区');
  });

  it('reads an empty body', async () => {
    expect(await readTextCapped(new Response(null), 10)).toBe('');
  });
});

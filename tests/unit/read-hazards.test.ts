import { describe, expect, it } from 'vitest';
import { readHazards } from '../../src/hazard/read-hazards';
import type { OfflineMesh } from '../../src/hazard/load-offline-mesh';
import { probeTiles } from '../../src/lib/tile-probe';

// SYNTHETIC 2×1 mesh: left pixel the 0.5–3 m colour, right pixel transparent.
const pixels = {
  width: 2,
  height: 1,
  data: new Uint8ClampedArray([255, 216, 192, 255, 0, 0, 0, 0]),
} as unknown as ImageData;
const mesh: OfflineMesh = {
  meta: {
    title: { ja: '合成', en: 'synthetic' },
    scenario: { ja: '合成', en: 'synthetic' },
    publisher: '',
    licence: '',
    attribution: '',
    datasetUrl: '',
    generatedAt: '',
    imageBounds: [139.7, 35.6, 139.8, 35.7],
    width: 2,
    height: 1,
  },
  imageUrl: '',
  predictions: new Map(),
  pixels,
};

describe('readHazards', () => {
  it('reads the offline mesh: a class, no data beside it, and outside the image', async () => {
    const r = await readHazards(['tokyo_mesh'], [139.72, 35.65], {
      unreachable: () => false,
      mesh,
    });
    expect(r.get('tokyo_mesh')).toMatchObject({
      kind: 'read',
      reading: { kind: 'class', cls: { id: '0.5-3' } },
    });
    const beside = await readHazards(['tokyo_mesh'], [139.78, 35.65], {
      unreachable: () => false,
      mesh,
    });
    expect(beside.get('tokyo_mesh')).toEqual({ kind: 'read', reading: { kind: 'noData' } });
    const outside = await readHazards(['tokyo_mesh'], [139.9, 35.65], {
      unreachable: () => false,
      mesh,
    });
    expect(outside.get('tokyo_mesh')).toEqual({ kind: 'read', reading: { kind: 'noData' } });
  });

  it('says unavailable, without a request, for a layer known to be unreachable or a missing mesh', async () => {
    const r = await readHazards(['flood_l2_depth', 'tokyo_mesh'], [139.72, 35.65], {
      unreachable: () => true,
      mesh: null,
    });
    expect(r.get('flood_l2_depth')).toEqual({ kind: 'unavailable' });
    expect(r.get('tokyo_mesh')).toEqual({ kind: 'unavailable' });
  });
});

describe('probeTiles', () => {
  it('counts any HTTP answer as reachable, even 404, and no answer as unreachable', async () => {
    const notFound = (() => Promise.resolve(new Response('', { status: 404 }))) as typeof fetch;
    const down = (() => Promise.reject(new TypeError('network'))) as typeof fetch;
    expect(await probeTiles('https://example.test/{z}/{x}/{y}.png', notFound)).toBe(true);
    expect(await probeTiles('https://example.test/{z}/{x}/{y}.png', down)).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { compareWithPrediction, meshPixel, parseMeshMeta } from '../../src/hazard/offline-mesh';

// Synthetic metadata in the importer's format (not real data).
const syntheticMeta = {
  title: { ja: '合成（テスト用）', en: 'synthetic (test)' },
  scenario: { ja: '合成', en: 'synthetic' },
  publisher: 'synthetic',
  licence: 'n/a',
  attribution: 'synthetic',
  datasetUrl: '',
  generatedAt: '2026-11-25T00:00:00Z',
  imageBounds: [139.7, 35.6, 139.8, 35.7],
  width: 100,
  height: 50,
};

describe('parseMeshMeta', () => {
  it('reads the importer metadata', () => {
    const r = parseMeshMeta(syntheticMeta);
    expect(r.ok).toBe(true);
  });

  it('names the missing or wrong field', () => {
    expect(parseMeshMeta({ ...syntheticMeta, imageBounds: [1, 2, 3] })).toEqual({
      ok: false,
      field: 'imageBounds',
    });
    expect(parseMeshMeta({ ...syntheticMeta, imageBounds: [139.8, 35.6, 139.7, 35.7] })).toEqual({
      ok: false,
      field: 'imageBounds',
    });
    expect(parseMeshMeta({ ...syntheticMeta, width: 0 })).toEqual({ ok: false, field: 'width' });
    expect(parseMeshMeta({ ...syntheticMeta, title: 'x' })).toEqual({ ok: false, field: 'title' });
    expect(parseMeshMeta(null)).toEqual({ ok: false, field: '(root)' });
  });
});

describe('meshPixel', () => {
  const r = parseMeshMeta(syntheticMeta);
  if (!r.ok) throw new Error('meta');
  const meta = r.meta;

  it('maps the corners and the middle of the image', () => {
    expect(meshPixel(meta, 139.7, 35.7 - 1e-9)).toEqual({ col: 0, row: 0 });
    expect(meshPixel(meta, 139.8 - 1e-9, 35.6 + 1e-9)).toEqual({ col: 99, row: 49 });
    expect(meshPixel(meta, 139.75, 35.65)).toEqual({ col: 50, row: 25 });
  });

  it('is null outside the image', () => {
    expect(meshPixel(meta, 139.69, 35.65)).toBeNull();
    expect(meshPixel(meta, 139.75, 35.71)).toBeNull();
  });
});

describe('compareWithPrediction', () => {
  it('sorts chome with damage into inside, outside and unknown; a recorded zero is not damage', () => {
    const recorded = new Map([
      ['A', { value: 218 }],
      ['B', { value: 9 }],
      ['C', { value: 0 }],
      ['D', { value: 5 }],
    ]);
    const predictions = new Map<string, number | null>([
      ['A', 0.4],
      ['B', 0],
      ['C', 0],
      ['D', null],
    ]);
    expect(compareWithPrediction(recorded, predictions)).toEqual({
      inside: ['A'],
      outside: ['B'],
      unknown: ['D'],
    });
  });
});

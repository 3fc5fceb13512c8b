import { describe, expect, it } from 'vitest';
import { DEPTH_LEGEND, hazardLayers, LEGEND_TOLERANCE } from '../../src/config/hazard-layers';
import { matchLegend, MIN_ALPHA, tilePixel } from '../../src/hazard/legend-match';
import { describeHazardReading } from '../../src/ui/describe-hazard';

const l2 = hazardLayers.find((l) => l.id === 'flood_l2_depth');
if (!l2) throw new Error('no L2 layer');

describe('matchLegend', () => {
  it('reads every official colour exactly as its class', () => {
    for (const cls of DEPTH_LEGEND) {
      const r = matchLegend([...cls.rgb, 255], DEPTH_LEGEND, LEGEND_TOLERANCE);
      expect(r).toMatchObject({ kind: 'class', cls: { id: cls.id }, distance: 0 });
    }
  });

  it('reads a near colour (resampled tile edge) as the nearest class', () => {
    expect(matchLegend([250, 212, 188, 255], DEPTH_LEGEND, LEGEND_TOLERANCE)).toMatchObject({
      kind: 'class',
      cls: { id: '0.5-3' },
    });
  });

  it('reports a far colour as unknown instead of guessing', () => {
    expect(matchLegend([0, 128, 0, 255], DEPTH_LEGEND, LEGEND_TOLERANCE)).toEqual({
      kind: 'unknownColor',
      rgb: [0, 128, 0],
    });
  });

  it('reads transparent (or nearly) pixels as no data', () => {
    expect(matchLegend([255, 216, 192, 0], DEPTH_LEGEND, LEGEND_TOLERANCE)).toEqual({
      kind: 'noData',
    });
    expect(matchLegend([255, 216, 192, MIN_ALPHA - 1], DEPTH_LEGEND, LEGEND_TOLERANCE)).toEqual({
      kind: 'noData',
    });
  });

  it('never calls a colour a class when the layer has no legend', () => {
    expect(matchLegend([255, 216, 192, 255], null, LEGEND_TOLERANCE).kind).toBe('unknownColor');
  });
});

describe('describeHazardReading', () => {
  it('says the predicted depth in words', () => {
    const reading = matchLegend([255, 216, 192, 255], DEPTH_LEGEND, LEGEND_TOLERANCE);
    expect(describeHazardReading(l2, { kind: 'read', reading }, 'ja')).toBe(
      '想定最大規模の大雨（川の洪水）で 0.5〜3m の浸水（1階の床上から軒下まで）',
    );
    expect(describeHazardReading(l2, { kind: 'read', reading }, 'en')).toContain('0.5–3 m');
  });

  it('says no colour is not safe', () => {
    const text = describeHazardReading(l2, { kind: 'read', reading: { kind: 'noData' } }, 'ja');
    expect(text).toContain('安全という意味ではありません');
  });
});

describe('tilePixel', () => {
  it('finds the z12 tile over central Shinagawa used as the probe', () => {
    expect(tilePixel(139.735, 35.61, 12)).toMatchObject({ x: 3637, y: 1613 });
  });

  it('gives pixels inside the tile', () => {
    for (const [lon, lat] of [
      [139.71117, 35.60243],
      [139.7736, 35.6419],
      [-179.9, 85],
    ] as const) {
      const p = tilePixel(lon, lat, 16);
      expect(p.px).toBeGreaterThanOrEqual(0);
      expect(p.px).toBeLessThan(256);
      expect(p.py).toBeGreaterThanOrEqual(0);
      expect(p.py).toBeLessThan(256);
    }
  });

  it('puts the top-left corner of a tile at pixel 0,0', () => {
    // Tile 0/0/0 covers the world: lon -180, lat 85.0511 is its corner.
    expect(tilePixel(-180, 85.0511287798, 0)).toEqual({ x: 0, y: 0, px: 0, py: 0 });
  });
});

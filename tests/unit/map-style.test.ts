import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { TOGGLE_LAYERS, type ToggleLayerId } from '../../src/data/places';
import {
  NAMES_EN,
  buildStyle,
  layerIdsFor,
  layers,
  offlineMeshLayer,
  OFFLINE_MESH_LAYER,
} from '../../src/map/style';
import { iconName, shapePolygon, shapeSvgPath } from '../../src/theme/symbols';
import { defaultTheme } from '../../src/theme/theme';

const all = new Set<ToggleLayerId>(TOGGLE_LAYERS);

describe('map style', () => {
  it.each([
    ['ja', null],
    ['en', 'pale'],
    ['ja-easy', 'photo'],
  ] as const)('passes the MapLibre style-spec validator (lang %s, basemap %s)', (lang, basemap) => {
    const style = buildStyle(defaultTheme, { lang, visible: all, basemap });
    expect(validateStyleMin(style)).toEqual([]);
  });

  it('labels chome and stations with their English names in English only, the Japanese name otherwise', () => {
    const field = (lang: 'ja' | 'en' | 'ja-easy', id: string): string =>
      JSON.stringify(
        layers(defaultTheme, { lang, visible: all, basemap: null }).find((l) => l.id === id)
          ?.layout?.['text-field' as never],
      );
    for (const id of ['chome-label', 'stations-label']) {
      expect(field('en', id)).toContain(NAMES_EN);
      expect(field('ja', id)).not.toContain(NAMES_EN);
      expect(field('ja-easy', id)).not.toContain(NAMES_EN);
    }
  });

  it('passes the validator with the offline hazard layer the map adds later', () => {
    // The map is created with validateStyle: false, so this test is where the layer is checked.
    const style = buildStyle(defaultTheme, { lang: 'ja', visible: all, basemap: null });
    const withMesh = {
      ...style,
      sources: {
        ...style.sources,
        [OFFLINE_MESH_LAYER]: {
          type: 'image' as const,
          url: 'mesh.png',
          coordinates: [
            [139.7, 35.64],
            [139.77, 35.64],
            [139.77, 35.58],
            [139.7, 35.58],
          ] as [[number, number], [number, number], [number, number], [number, number]],
        },
      },
      layers: [...style.layers, offlineMeshLayer()],
    };
    expect(validateStyleMin(withMesh)).toEqual([]);
  });

  it('has no glyphs URL, so labels render from local fonts offline', () => {
    const style = buildStyle(defaultTheme, { lang: 'ja', visible: all, basemap: null });
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
  });

  it('shows exactly the chosen basemap and hides the others', () => {
    const ls = layers(defaultTheme, { lang: 'ja', visible: all, basemap: 'std' });
    const vis = (id: string): unknown =>
      (ls.find((l) => l.id === id)?.layout as { visibility?: string } | undefined)?.visibility;
    expect(vis('basemap-std')).toBe('visible');
    expect(vis('basemap-pale')).toBe('none');
    expect(vis('basemap-photo')).toBe('none');
  });

  it('hides every map layer of a switched-off toggle', () => {
    const visible = new Set<ToggleLayerId>(['chome']);
    const ls = layers(defaultTheme, { lang: 'ja', visible, basemap: null });
    for (const id of layerIdsFor('evacSites')) {
      const layer = ls.find((l) => l.id === id);
      expect(layer, id).toBeDefined();
      expect((layer?.layout as { visibility?: string }).visibility).toBe('none');
    }
    for (const id of layerIdsFor('chome')) {
      expect((ls.find((l) => l.id === id)?.layout as { visibility?: string }).visibility).toBe(
        'visible',
      );
    }
  });

  it('gives every point layer its own shape, not only its own colour', () => {
    const shapes = [
      defaultTheme.evacSite,
      defaultTheme.shelter,
      defaultTheme.wideArea,
      defaultTheme.assembly,
      defaultTheme.station,
    ].map((s) => s.shape);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('uses the icon names the icon painter produces', () => {
    const ls = layers(defaultTheme, { lang: 'ja', visible: all, basemap: null });
    const icon = (ls.find((l) => l.id === 'evacSites-symbol')?.layout as Record<string, unknown>)[
      'icon-image'
    ];
    expect(icon).toBe(iconName(defaultTheme.evacSite.shape, defaultTheme.evacSite.color));
  });
});

describe('legend symbols', () => {
  it('draws closed SVG paths inside the box', () => {
    for (const shape of ['triangle', 'square', 'star', 'diamond', 'circle'] as const) {
      const d = shapeSvgPath(shape, 18);
      expect(d.endsWith('Z')).toBe(true);
      const poly = shapePolygon(shape);
      for (const [x, y] of poly ?? []) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(1);
      }
    }
    expect(shapeSvgPath('square', 10)).toBe('M 1.50 1.50 L 8.50 1.50 L 8.50 8.50 L 1.50 8.50 Z');
  });
});

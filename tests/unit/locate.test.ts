// 現在地: the accuracy rule, inside or outside the ward and how far from its boundary (on the real
// boundary file), the messages in each language, the slice's intents and what they redraw, and
// the session with a fake geolocation.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { distance } from '@turf/distance';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import {
  defaultState,
  formatHash,
  planRender,
  update,
  type AppState,
} from '../../src/app/app-state';
import type { AppData } from '../../src/data/app-data';
import type { FeatureCollection } from '../../src/data/validate-geojson';
import { plainText } from '../../src/i18n/ruby';
import { locateMessage, roundKm, roundM } from '../../src/locate/locate-message';
import { GEOLOCATION_OPTIONS, LocateSession } from '../../src/locate/locate-session';
import type { LocateStatus } from '../../src/locate/locate-slice';
import { failureOf, judgePosition } from '../../src/locate/position-rules';
import { boundsWith, circleRing, positionFeatures } from '../../src/locate/position-shape';
import { distanceToEdgeM, insideArea, wardPlace } from '../../src/locate/ward-distance';
import { buildStyle } from '../../src/map/style';
import { POSITION_OVERLAY, positionLayers } from '../../src/map/position-style';
import { defaultTheme } from '../../src/theme/theme';

const ward = JSON.parse(
  readFileSync('data/shinagawa_ward_boundary.geojson', 'utf8'),
) as FeatureCollection;

/** Real places: 戸越 (inside), Shibuya station and Kawasaki station (outside, north and south-west). */
const TOGOSHI = [139.71117, 35.60243] as const;
const SHIBUYA = [139.7016, 35.658] as const;
const KAWASAKI = [139.6967, 35.5313] as const;

/** The nearest boundary point by brute force: every edge cut into 50 steps, haversine metres. */
function bruteEdgeM(lon: number, lat: number): number {
  let best = Infinity;
  for (const f of ward.features) {
    for (const poly of f.geometry.coordinates as number[][][][]) {
      for (const ring of poly) {
        for (let i = 1; i < ring.length; i++) {
          const [a, b] = [ring[i - 1] as number[], ring[i] as number[]];
          for (let k = 0; k <= 50; k++) {
            const p = [
              (a[0] ?? 0) + ((b[0] ?? 0) - (a[0] ?? 0)) * (k / 50),
              (a[1] ?? 0) + ((b[1] ?? 0) - (a[1] ?? 0)) * (k / 50),
            ];
            best = Math.min(best, distance([lon, lat], p, { units: 'meters' }));
          }
        }
      }
    }
  }
  return best;
}

describe('accuracy rule', () => {
  it.each([
    [5, true],
    // The rule: more than 1 km is too rough.
    [1000, true],
    [1001, false],
    [25_000, false],
    [Number.NaN, false],
    [-1, false],
  ])('a circle of %s m is answered: %s', (accuracyM, ok) => {
    const p = { lon: TOGOSHI[0], lat: TOGOSHI[1], accuracyM };
    expect(judgePosition(p)).toBe(ok ? p : 'inaccurate');
  });

  it('names the browser error codes', () => {
    expect([1, 2, 3, 99].map(failureOf)).toEqual([
      'denied',
      'unavailable',
      'timeout',
      'unavailable',
    ]);
  });
});

describe('inside or outside the ward', () => {
  it('knows a point in 戸越 is inside and Shibuya and Kawasaki are not', () => {
    expect(wardPlace(ward, ...TOGOSHI)).toEqual({ inside: true });
    expect(insideArea(ward, ...SHIBUYA)).toBe(false);
    expect(insideArea(ward, ...KAWASAKI)).toBe(false);
  });

  it.each([SHIBUYA, KAWASAKI])(
    'measures the distance to the boundary at %s within 1%%',
    (lon, lat) => {
      const edge = distanceToEdgeM(ward, lon, lat) ?? 0;
      const brute = bruteEdgeM(lon, lat);
      expect(edge).toBeGreaterThan(500);
      expect(Math.abs(edge - brute) / brute).toBeLessThan(0.01);
    },
  );

  it('has no distance without a polygon', () => {
    expect(distanceToEdgeM({ type: 'FeatureCollection', features: [] }, 139.7, 35.6)).toBeNull();
  });
});

describe('messages', () => {
  const found = (lon: number, lat: number, accuracyM = 35): LocateStatus => ({
    kind: 'found',
    n: 1,
    position: { lon, lat, accuracyM },
  });

  it('rounds distances and accuracies as they are said', () => {
    expect([10, 149, 151, 2_340, 9_940, 9_960, 123_456].map(roundKm)).toEqual([
      0.1, 0.1, 0.2, 2.3, 9.9, 10, 123,
    ]);
    expect([0, 4.6, 99.4, 104, 1000].map(roundM)).toEqual([1, 5, 99, 100, 1000]);
  });

  it('says outside, with the distance to the boundary, in each language', () => {
    const km = roundKm(bruteEdgeM(...SHIBUYA));
    const ja = locateMessage('ja', found(...SHIBUYA), ward);
    expect(ja?.text).toContain(`品川区の外です（区の境まで約 ${km} km）`);
    expect(ja?.text).toContain('位置の誤差は約 35 m です。');
    expect(ja?.toSearch).toBe(false);
    expect(locateMessage('en', found(...SHIBUYA), ward)?.text).toContain(
      `outside Shinagawa City (about ${km} km from its boundary)`,
    );
    const easy = locateMessage('ja-easy', found(...SHIBUYA), ward)?.text ?? '';
    expect(plainText(easy)).toContain(`品川区の 外です（区の さかいまで やく ${km} キロメートル）`);
  });

  it('says inside without a distance, and that the boundary is unknown without its file', () => {
    expect(locateMessage('ja', found(...TOGOSHI), ward)?.text).toBe(
      '現在地の答えを表示しています。位置の誤差は約 35 m です。',
    );
    expect(locateMessage('en', found(...TOGOSHI), null)?.text).toContain('not known whether');
  });

  it('points every failure to the search, with the rough accuracy when that was the reason', () => {
    for (const reason of ['denied', 'unavailable', 'timeout', 'unsupported'] as const) {
      const m = locateMessage('ja', { kind: 'failed', n: 1, reason, accuracyM: null }, ward);
      expect(m?.toSearch).toBe(true);
      expect(m?.text).toContain('住所・町名・駅名で探してください');
    }
    const rough = { kind: 'failed', n: 1, reason: 'inaccurate', accuracyM: 2_600 } as const;
    expect(locateMessage('en', rough, ward)?.text).toContain('within about 2.6 km');
    expect(locateMessage('ja', { ...rough, accuracyM: null }, ward)?.text).toContain(
      '誤差がわからない',
    );
    expect(locateMessage('ja', { kind: 'idle', n: 0 }, ward)).toBeNull();
  });
});

describe('the slice', () => {
  const asked = update(defaultState, { type: 'locateAsk' });
  const spot = { lon: TOGOSHI[0], lat: TOGOSHI[1], accuracyM: 20 };

  it('asks once per press, keeps the answer to the request in force, drops a late one', () => {
    expect(asked.locate).toEqual({ kind: 'asking', n: 1 });
    expect(update(asked, { type: 'locateAsk' })).toBe(asked);
    expect(update(asked, { type: 'locateResult', n: 0, result: spot })).toBe(asked);
    const found = update(asked, { type: 'locateResult', n: 1, result: spot });
    expect(found.locate).toEqual({ kind: 'found', n: 1, position: spot });
    expect(update(found, { type: 'locateResult', n: 1, result: spot })).toBe(found);
    expect(update(found, { type: 'locateAsk' }).locate).toEqual({ kind: 'asking', n: 2 });
  });

  it('turns a too rough position into a failure that keeps its accuracy', () => {
    const rough = update(asked, {
      type: 'locateResult',
      n: 1,
      result: { ...spot, accuracyM: 1_500 },
    });
    expect(rough.locate).toEqual({ kind: 'failed', n: 1, reason: 'inaccurate', accuracyM: 1_500 });
    const denied = update(asked, { type: 'locateResult', n: 1, result: { failure: 'denied' } });
    expect(denied.locate).toEqual({ kind: 'failed', n: 1, reason: 'denied', accuracyM: null });
  });

  it('redraws the map layer and the message, never the URL', () => {
    const found = update(asked, { type: 'locateResult', n: 1, result: spot });
    expect(planRender(asked, found, 'effect')).toEqual(['mapLocate', 'locate']);
    expect(formatHash(found)).toBe(formatHash(defaultState));
    expect(formatHash(found)).not.toMatch(/139\.71|35\.60/);
  });
});

describe('the session', () => {
  const data = {
    places: { chomeAt: () => ({ properties: { fid: '131090140', label: '戸越三丁目' } }) },
  } as unknown as AppData;
  const withData: AppState = { ...defaultState, data };

  function fakeGeo(answer: (ok: PositionCallback, err: PositionErrorCallback) => void) {
    return {
      getCurrentPosition: vi.fn(
        (ok: PositionCallback, err?: PositionErrorCallback | null, _options?: PositionOptions) =>
          answer(ok, err ?? (() => undefined)),
      ),
    };
  }

  it('asks once with its options, reports the position, then picks the chome under it as a tap would', () => {
    const geo = fakeGeo((ok) =>
      ok({
        coords: { longitude: TOGOSHI[0], latitude: TOGOSHI[1], accuracy: 12 },
      } as GeolocationPosition),
    );
    let state = withData;
    const dispatched: [string, string][] = [];
    const session = new LocateSession(geo, (intent, origin) => {
      dispatched.push([intent.type, origin]);
      const prev = state;
      state = update(state, intent);
      session.onChange(prev, state, origin);
    });
    const prev = state;
    state = update(state, { type: 'locateAsk' });
    session.onChange(prev, state, 'ui');
    expect(geo.getCurrentPosition).toHaveBeenCalledTimes(1);
    expect(geo.getCurrentPosition.mock.calls[0]?.[2]).toBe(GEOLOCATION_OPTIONS);
    expect(dispatched).toEqual([
      ['locateResult', 'effect'],
      ['pick', 'ui'],
    ]);
    expect(state.selected).toEqual({ kind: 'chome', id: '131090140' });
    expect(state.queryPoint).toEqual(TOGOSHI);
  });

  it('reports a refusal and an absent geolocation as failures, without a pick', () => {
    const denied = fakeGeo((_ok, err) => err({ code: 1 } as GeolocationPositionError));
    const out: string[] = [];
    const asked = update(withData, { type: 'locateAsk' });
    new LocateSession(denied, (i) => out.push(JSON.stringify(i))).onChange(withData, asked, 'ui');
    new LocateSession(undefined, (i) => out.push(JSON.stringify(i))).onChange(
      withData,
      asked,
      'ui',
    );
    expect(out).toEqual([
      JSON.stringify({ type: 'locateResult', n: 1, result: { failure: 'denied' } }),
      JSON.stringify({ type: 'locateResult', n: 1, result: { failure: 'unsupported' } }),
    ]);
  });
});

describe('drawing the position', () => {
  it('draws the accuracy circle at its radius, and the dot alone for a 0 m fix', () => {
    const ring = circleRing(139.71, 35.6, 500);
    expect(ring[0]).toEqual(ring[ring.length - 1]);
    for (const p of ring) {
      expect(distance([139.71, 35.6], p, { units: 'meters' })).toBeCloseTo(500, -1);
    }
    const kinds = (accuracyM: number): string[] =>
      positionFeatures({ lon: 139.71, lat: 35.6, accuracyM }, '現在地').features.map(
        (f) => f.geometry.type,
      );
    expect(kinds(30)).toEqual(['Polygon', 'Point']);
    expect(kinds(0)).toEqual(['Point']);
  });

  it('fits the ward and a position outside it, with a margin around both', () => {
    expect(boundsWith([0, 0, 10, 10], 20, 5, 0.1)).toEqual([-2, -1, 22, 11]);
    expect(boundsWith([0, 0, 10, 10], 5, 5, 0)).toEqual([0, 0, 10, 10]);
  });

  it('has layers that pass the style-spec validator', () => {
    const style = buildStyle(defaultTheme, { lang: 'ja', visible: new Set(), basemap: null });
    const withPosition = {
      ...style,
      sources: {
        ...style.sources,
        [POSITION_OVERLAY]: {
          type: 'geojson' as const,
          data: positionFeatures({ lon: 139.71, lat: 35.6, accuracyM: 30 }, '現在地'),
        },
      },
      layers: [...style.layers, ...positionLayers(defaultTheme)],
    };
    expect(validateStyleMin(withPosition as Parameters<typeof validateStyleMin>[0])).toEqual([]);
  });
});

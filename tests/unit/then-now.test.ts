// Then and now: the old GSI layers' settings, the state and URL that carry the view, what redraws,
// the divider's keys, the second map's style, and the `then` column of the tour files.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { basemaps, GSI_CREDIT_TEXT } from '../../src/config/basemaps';
import {
  DEFAULT_SWIPE,
  THEN_CREDIT,
  THEN_IDS,
  thenById,
  thenLayers,
} from '../../src/config/old-maps';
import { formatProblem } from '../../src/data/problems';
import { compareViewState } from '../../src/map/compare-state';
import { clipFor, compareStyle, keyStep } from '../../src/map/compare-view';
import { defaultState, update, type AppState, type Intent } from '../../src/app/app-state';
import { formatHash, parseHash } from '../../src/app/app-state';
import { planRender } from '../../src/app/app-state';
import { parseTourSteps } from '../../src/tours/parse-tour';
import { stepUrlState } from '../../src/tours/tour-state';

const run = (s: AppState, ...intents: Intent[]): AppState => intents.reduce(update, s);

describe('old map layers (config)', () => {
  it('are the six GSI layers of the brief, on the documented host, with GSI’s zooms', () => {
    expect(THEN_IDS).toEqual(['ort_riku10', 'ort_USA10', 'ort_old10', 'gazo1', 'swale', 'lcmfc2']);
    for (const l of thenLayers) {
      expect(l.tiles).toBe(
        `https://cyberjapandata.gsi.go.jp/xyz/${l.id}/{z}/{x}/{y}.${l.id === 'gazo1' ? 'jpg' : 'png'}`,
      );
      expect(l.minzoom).toBeLessThan(l.maxzoom);
      expect(l.coverage.ja).toMatch(/確かめていません|写真がない場所/);
    }
    expect(thenById('ort_riku10')?.maxzoom).toBe(18);
    expect(thenById('ort_USA10')?.maxzoom).toBe(17);
    expect(thenById('gazo1')).toMatchObject({ minzoom: 10, maxzoom: 17 });
    expect(thenById('swale')).toMatchObject({ minzoom: 5, maxzoom: 16 });
  });

  it('credit GSI with the same words as the background maps', () => {
    expect(`${THEN_CREDIT.text} ${THEN_CREDIT.url}`).toBe(GSI_CREDIT_TEXT);
    for (const b of basemaps) {
      expect(b.attribution).toContain(THEN_CREDIT.url);
      expect(b.attribution).toContain('国土地理院（地理院タイル）');
    }
  });

  it('quote GSI’s own description of the land-history layers verbatim, with the address', () => {
    const swale = thenById('swale')?.descriptions.find((d) => d.quoted);
    expect(swale?.text.ja).toContain('明治期の地図から、当時の低湿地の分布を示した地図です。');
    expect(swale?.sourceUrl).toMatch(/gsi-cyberjapan\/gsimaps\/.*layers3\.txt$/);
    const lcmfc2 = thenById('lcmfc2')?.descriptions.find((d) => d.quoted);
    expect(lcmfc2?.text.ja).toBe(
      '一級河川を対象として、地形分類（扇状地、自然堤防、旧河道、後背湿地など）や堤防などを示した地図です。',
    );
    expect(thenById('swale')?.legendUrl).toBe('https://maps.gsi.go.jp/legend/lw_legend.pdf');
    expect(thenById('lcmfc2')?.legendUrl).toBe('https://maps.gsi.go.jp/legend/lcmfc2_legend.jpg');
  });
});

describe('then-and-now state', () => {
  it('switches on with the divider in the middle, moves it, lays over and switches off', () => {
    let s = run(defaultState, { type: 'then', id: 'ort_USA10' });
    expect(s.then).toEqual({ id: 'ort_USA10', swipe: DEFAULT_SWIPE, overlay: null });
    s = run(s, { type: 'thenSwipe', swipe: 130 });
    expect(s.then?.swipe).toBe(100);
    s = run(s, { type: 'thenSwipe', swipe: 33.4 }, { type: 'then', id: 'swale' });
    expect(s.then).toEqual({ id: 'swale', swipe: 33, overlay: null });
    s = run(s, { type: 'thenOverlay', opacity: 60 });
    expect(s.then?.overlay).toBe(60);
    expect(run(s, { type: 'then', id: null }).then).toBeNull();
    // Nothing to move while the view is off.
    expect(run(defaultState, { type: 'thenSwipe', swipe: 10 })).toBe(defaultState);
  });

  it('asks the server again for another layer, and fails only after repeated tile errors', () => {
    let s = run(
      defaultState,
      { type: 'then', id: 'ort_USA10' },
      { type: 'thenStatus', status: 'ok' },
    );
    expect(run(s, { type: 'thenSwipe', swipe: 20 }).thenStatus).toBe('ok');
    expect(run(s, { type: 'then', id: 'gazo1' }).thenStatus).toBe('unchecked');
    s = run(s, { type: 'thenTileError' }, { type: 'thenTileError' });
    expect(s.thenStatus).toBe('ok');
    s = run(s, { type: 'thenTileError' });
    expect(s.thenStatus).toBe('unavailable');
    // Retry.
    expect(run(s, { type: 'thenStatus', status: 'unchecked' }).thenStatus).toBe('unchecked');
  });

  it('is carried by the URL: then=…&swipe=…(&overlay=…), tolerant of junk', () => {
    const s = run(
      defaultState,
      { type: 'then', id: 'ort_USA10' },
      { type: 'thenSwipe', swipe: 40 },
    );
    const hash = formatHash(s);
    expect(hash).toContain('then=ort_USA10&swipe=40');
    expect(hash).not.toContain('overlay');
    expect(parseHash(hash).then).toEqual(s.then);
    const over = run(s, { type: 'thenOverlay', opacity: 70 });
    expect(parseHash(formatHash(over)).then).toEqual({ id: 'ort_USA10', swipe: 40, overlay: 70 });
    expect(parseHash('#then=ort_USA10').then).toEqual({
      id: 'ort_USA10',
      swipe: 50,
      overlay: null,
    });
    expect(parseHash('#then=nope&swipe=10').then).toBeNull();
    expect(parseHash('#then=gazo1&swipe=x&overlay=').then).toEqual({
      id: 'gazo1',
      swipe: 50,
      overlay: null,
    });
    expect(formatHash(defaultState)).not.toContain('then=');
  });

  it('a link opening the view (back button, shared link) asks the server once', () => {
    const on = parseHash('#then=swale&swipe=30');
    const s = run(defaultState, { type: 'replace', state: on });
    expect(s.then).toEqual({ id: 'swale', swipe: 30, overlay: null });
    expect(s.thenStatus).toBe('unchecked');
  });

  it('redraws the second map and the section, not the rest of the map', () => {
    const s = run(defaultState, { type: 'then', id: 'ort_USA10' });
    expect(planRender(defaultState, s, 'ui')).toEqual(['mapThen', 'thenControls', 'hash']);
    const ok = run(s, { type: 'thenStatus', status: 'ok' });
    expect(planRender(s, ok, 'effect')).toEqual(['mapThen', 'thenControls']);
  });

  it('has a second map only while on and its server answered', () => {
    const on = run(defaultState, { type: 'then', id: 'ort_USA10' });
    expect(compareViewState(on)).toBeNull();
    const ok = run(on, { type: 'thenStatus', status: 'ok' });
    const view = compareViewState(ok);
    expect(view?.layer.id).toBe('ort_USA10');
    expect(view?.words.credit).toEqual(THEN_CREDIT);
    expect(view?.words.position(40)).toBe('左 40%：空中写真 1945〜1950年、右：今の地図');
    expect(compareViewState(run(ok, { type: 'thenStatus', status: 'unavailable' }))).toBeNull();
  });
});

describe('the divider and the second map', () => {
  it('moves with the arrow keys, Shift for fine steps, Page keys, Home and End', () => {
    expect(keyStep('ArrowRight', false, 50)).toBe(55);
    expect(keyStep('ArrowLeft', true, 50)).toBe(49);
    expect(keyStep('ArrowLeft', false, 2)).toBe(0);
    expect(keyStep('PageUp', false, 90)).toBe(100);
    expect(keyStep('Home', false, 50)).toBe(0);
    expect(keyStep('End', false, 50)).toBe(100);
    expect(keyStep('a', false, 50)).toBeNull();
  });

  it('keeps the left part of the old map', () => {
    expect(clipFor(30)).toBe('inset(0 70% 0 0)');
  });

  it('draws photos over an empty background, land-history layers over today’s map', () => {
    for (const l of thenLayers) {
      const style = compareStyle(l, '#eef1f4');
      expect(validateStyleMin(style)).toEqual([]);
      expect(style.layers.some((x) => x.type === 'background')).toBe(l.kind === 'photo');
      expect(style.sources.then).toMatchObject({ minzoom: l.minzoom, maxzoom: l.maxzoom });
    }
  });
});

describe('tour files: the then column', () => {
  const header =
    'step,title_ja,text_ja,question_ja,lon,lat,zoom,then,source_title,source_url,source_class';
  const line = (then: string): string =>
    `synthetic,合成,合成の本文,合成の問い,139.72,35.61,15,${then},合成の出典,https://example.org/a,official`;

  it('opens then and now at a step, and closes it at a step without it', () => {
    const { steps, problems } = parseTourSteps(
      'synthetic-tour.csv',
      `${header}\n${line('ort_USA10')}`,
    );
    expect(problems).toEqual([]);
    expect(steps[0]?.then).toBe('ort_USA10');
    const state = stepUrlState(steps[0]!, defaultState);
    expect(state.then).toEqual({ id: 'ort_USA10', swipe: DEFAULT_SWIPE, overlay: null });
    const none = parseTourSteps('synthetic-tour.csv', `${header}\n${line('')}`).steps[0]!;
    expect(none.then).toBeNull();
    expect(stepUrlState(none, state).then).toBeNull();
  });

  it('names file, row, field and value of an unknown layer', () => {
    const { steps, problems } = parseTourSteps(
      'synthetic-tour.csv',
      `${header}\n${line('ort_1928')}`,
    );
    expect(steps).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'synthetic-tour.csv',
      row: 2,
      field: 'then',
      value: 'ort_1928',
    });
    expect(formatProblem(problems[0]!, 'en')).toContain('ort_USA10');
  });
});

// The answer's prediction in words, from SYNTHETIC readings: a legend class, no colour, a colour
// without a legend we hold, one layer unreachable, and none reachable (offline), in every language.
import { describe, expect, it } from 'vitest';
import { DEPTH_LEGEND, type HazardKey } from '../../src/config/hazard-layers';
import type { HazardReading, Prediction } from '../../src/hazard/read-hazards';
import { plainText } from '../../src/i18n/ruby';
import type { Lang } from '../../src/i18n/i18n';
import { describePrediction } from '../../src/ui/describe-prediction';

const point = [139.72, 35.61] as const;
const mid = DEPTH_LEGEND.find((c) => c.id === '0.5-3');
if (!mid) throw new Error('legend class missing');
const cls: HazardReading = { kind: 'read', reading: { kind: 'class', cls: mid, distance: 0 } };
const blank: HazardReading = { kind: 'read', reading: { kind: 'noData' } };
const coloured: HazardReading = { kind: 'read', reading: { kind: 'unknownColor', rgb: [1, 2, 3] } };
const down: HazardReading = { kind: 'unavailable' };

const meshWords = {
  title: { ja: '合成メッシュ', en: 'synthetic mesh' },
  short: { ja: '合成の想定で', en: 'In the synthetic prediction:' },
  legend: DEPTH_LEGEND,
};

const prediction = (readings: [HazardKey, HazardReading][]): Prediction => ({
  point,
  readOn: '2026-12-06',
  readings: new Map(readings),
});
const describeIn = (lang: Lang, p: Prediction | null, at: readonly [number, number] = point) =>
  describePrediction(p, at, lang, meshWords);
const text = (lang: Lang, p: Prediction): string =>
  describeIn(lang, p)
    .lines.map((l) => plainText(l))
    .join('\n');

const read = prediction([
  ['flood_l2_depth', cls],
  ['naisui', blank],
  ['hightide_l2', blank],
  ['tsunami', coloured],
]);

describe('describePrediction: read at the point', () => {
  it('Japanese: the depth class in the legend’s words, blank as never safe, one line per layer', () => {
    const d = describeIn('ja', read);
    expect(d.kind).toBe('read');
    const lines = d.lines.map((l) => plainText(l));
    expect(lines[0]).toBe(
      '想定最大規模の大雨（川の洪水）で 0.5〜3m の浸水（1階の床上から軒下まで）',
    );
    expect(lines[1]).toContain('内水（雨水出水）浸水想定: この地点には色がありません');
    expect(lines[1]).toContain('安全という意味ではありません');
    // Blank inland flooding may only mean the ward's map is not published there.
    expect(lines[2]).toContain('品川区が含まれるかは確認していません');
    expect(lines[3]).toContain('高潮 浸水深（想定最大規模）: この地点には色がありません');
    expect(lines[3]).toContain('安全という意味ではありません');
    expect(lines[4]).toContain('津波 浸水想定: 色があります（この層の凡例は未収録');
    expect(lines.at(-1)).toContain('地図上の1点で読んだ想定です');
    expect(plainText(d.source ?? '')).toBe(
      '出典: ハザードマップポータルサイト（洪水 浸水深（想定最大規模 L2）、内水（雨水出水）浸水想定、高潮 浸水深（想定最大規模）、津波 浸水想定）。2026年12月6日に読み取り（サイトの更新日はこのアプリでは分かりません）。',
    );
  });

  it('English and やさしい日本語 say the same in their words', () => {
    const en = text('en', read);
    expect(en).toContain(
      'In the maximum assumed rain (river flood): flooding of 0.5–3 m (from the ground-floor floor up to the eaves)',
    );
    expect(en).toContain('no colour here');
    expect(en).toContain('it does not mean safe');
    expect(plainText(describeIn('en', read).source ?? '')).toContain('read on 6 Dec 2026');
    const easy = describeIn('ja-easy', read);
    expect(plainText(easy.lines.join('\n'))).toContain('0.5〜3m まで 水が 来る かも しれません');
    expect(plainText(easy.lines.join('\n'))).toContain('安全とは かぎりません');
    // The furigana stay in the sentences for the panel to draw.
    expect(easy.lines.join('\n')).toContain('{品川区|しながわく}');
    expect(easy.source).toContain('{出典|しゅってん}');
  });

  it('a layer that did not answer is said as unknown, the others still in words', () => {
    const p = prediction([
      ['flood_l2_depth', down],
      ['naisui', blank],
      ['hightide_l2', cls],
      ['tsunami', blank],
    ]);
    const d = describeIn('ja', p);
    expect(d.kind).toBe('read');
    expect(plainText(d.lines[0] ?? '')).toBe(
      '洪水 浸水深（想定最大規模 L2）: 今は読み込めないため、この地点の想定は分かりません',
    );
    // Only the layers read are named as the source.
    expect(d.source).not.toContain('洪水 浸水深');
    expect(d.source).toContain('高潮 浸水深');
  });
});

describe('describePrediction: not read yet, or offline', () => {
  it('a prediction read at another point (the previous answer) is never shown here', () => {
    const d = describeIn('ja', read, [139.7, 35.6]);
    expect(d).toEqual({
      kind: 'loading',
      lines: ['ハザードマップポータルサイトの想定（洪水・内水・高潮・津波）を読み込んでいます…'],
      source: null,
    });
    expect(describeIn('en', null).lines[0]).toContain('Reading the hazard map portal');
  });

  it('no layer reachable: cannot be checked now, and what is still known without internet', () => {
    const p = prediction([
      ['flood_l2_depth', down],
      ['naisui', down],
      ['hightide_l2', down],
      ['tsunami', down],
    ]);
    for (const lang of ['ja', 'en', 'ja-easy'] as const) {
      const d = describeIn(lang, p);
      expect(d.kind).toBe('offline');
      expect(d.source).toBeNull();
      expect(d.lines).toHaveLength(2);
    }
    expect(plainText(describeIn('ja', p).lines.join(''))).toContain(
      '今は読み込めないため、この地点の想定（洪水・内水・高潮・津波）を確かめられません',
    );
    expect(plainText(describeIn('ja', p).lines[1] ?? '')).toContain('浸水の記録と近くの避難場所');
    expect(describeIn('en', p).lines[0]).toContain('cannot be checked now');
    expect(plainText(describeIn('ja-easy', p).lines[0] ?? '')).toContain(
      'インターネットに つながらないので',
    );
  });

  it('offline with the imported mesh: its reading is what is still known', () => {
    const p = prediction([
      ['flood_l2_depth', down],
      ['naisui', down],
      ['hightide_l2', down],
      ['tsunami', down],
      ['tokyo_mesh', cls],
    ]);
    expect(describeIn('ja', p).lines[1]).toBe(
      'インターネットなしで分かること: 合成の想定で 0.5〜3m の浸水（1階の床上から軒下まで）。',
    );
    expect(describeIn('en', p).lines[1]).toBe(
      'Known without internet: In the synthetic prediction: flooding of 0.5–3 m (from the ground-floor floor up to the eaves).',
    );
  });
});

// @vitest-environment jsdom
// A place's answer draws a depth only when it was recorded within the answer's range (the place
// itself or within WALK_M); a depth of the same record measured farther away is said in words with
// its distance, and one whose place cannot be located is never drawn. On the SYNTHETIC ward and
// history in fixtures/ (the depths are invented; nothing here comes from data/).
import { describe, expect, it } from 'vitest';
import { answerFor, type AnswerQuery, type PlaceAnswer } from '../../src/data/place-answer';
import { defaultTheme } from '../../src/theme/theme';
import { answerSection } from '../../src/ui/answer-section';
import { describeAnswer } from '../../src/ui/describe-answer';
import { syntheticAppData } from './fixtures/synthetic-app-data';
import { SYNTHETIC_DEPTH_FACT_ROWS } from './fixtures/synthetic-history';
import { CELL, codeOf, nameOf } from './fixtures/synthetic-ward';

const data = syntheticAppData({ facts: SYNTHETIC_DEPTH_FACT_ROWS });
const answer = (q: AnswerQuery): PlaceAnswer => {
  const a = answerFor(q, data, (code) => data.towns.townOf(code)?.name ?? null);
  if (!a) throw new Error('no answer');
  return a;
};
const whereOf = (a: PlaceAnswer) =>
  Object.fromEntries(a.depths.map((d) => [d.fact.id.split('/')[1], d.where]));

describe('answerFor: where each depth was recorded, against the answer’s range', () => {
  it('架空六丁目: the depth in the next chome is in range, the one at 見本町 is far, the market one unlocated', () => {
    const where = whereOf(answer({ kind: 'chome', code: codeOf('架空六丁目') }));
    expect(where['depth-kaku5']).toEqual({ kind: 'inRange' });
    expect(where['depth-mihoncho']).toMatchObject({ kind: 'far', near: '見本町' });
    expect(where['depth-market']).toEqual({ kind: 'unlocated' });
    const far = where['depth-mihoncho'];
    if (far?.kind !== 'far') throw new Error('not far');
    // 4 cells east and 1.5 north of 見本町 at ≈ 445 m a cell.
    expect(far.distanceM).toBeGreaterThan(1850);
    expect(far.distanceM).toBeLessThan(1950);
  });

  it('見本四丁目, on the other side of the same record: the station’s depth is in range, 架空五丁目’s is far', () => {
    const where = whereOf(answer({ kind: 'chome', code: codeOf('見本四丁目') }));
    expect(where['depth-mihoncho']).toEqual({ kind: 'inRange' });
    expect(where['depth-kaku5']).toMatchObject({ kind: 'far', near: '架空五丁目' });
    expect(where['depth-market']).toEqual({ kind: 'unlocated' });
  });
});

describe('describeAnswer: only a depth recorded in range is drawn; the others are said in words', () => {
  const a = answer({ kind: 'chome', code: codeOf('架空六丁目') });

  it('Japanese: draws 架空五丁目’s 0.45 m, lists 見本町’s with its distance and the market’s as not located', () => {
    const d = describeAnswer(a, 'ja', nameOf, []);
    expect(d.depth?.depth.minM).toBe(0.45);
    expect(d.depth?.caption).toContain('架空五丁目の道');
    expect(d.depthsElsewhere).toHaveLength(2);
    expect(d.depthsElsewhere[0]).toContain('床の上 約 0.2 m');
    expect(d.depthsElsewhere[0]).toContain('約 1.9 km 先、見本町の近くの記録');
    expect(d.depthsElsewhere[0]).toContain('図にはしていません');
    expect(d.depthsElsewhere[1]).toContain('約 1.1 m');
    expect(d.depthsElsewhere[1]).toContain('旧架空市場のあたり');
    expect(d.depthsElsewhere[1]).toContain('記録された場所がくわしくわからない');
  });

  it('English and やさしい日本語 say the same', () => {
    const en = describeAnswer(a, 'en', nameOf, []);
    expect(en.depthsElsewhere[0]).toContain('a record about 1.9 km away, near 見本町');
    expect(en.depthsElsewhere[1]).toContain('not known precisely');
    const easy = describeAnswer(a, 'ja-easy', nameOf, []);
    expect(easy.depthsElsewhere[0]).toContain('やく 1.9 キロメートル はなれた 見本町の ちかく');
    expect(easy.depthsElsewhere[1]).toContain('くわしく わからない');
  });

  it('a spot near the record but near none of its depths draws none, and lists them all', () => {
    // At 架空公園 station, which the record names (through 架空ばし): 架空五丁目's centre is ≈ 880 m off.
    const spot = answer({ kind: 'point', point: [3.2 * CELL, 0.5 * CELL], name: '' });
    expect(spot.nearby.map((x) => x.event.id)).toContain('SYN-2025-09-11');
    expect(spot.depths.map((x) => x.where.kind)).toEqual(['far', 'far', 'unlocated']);
    const d = describeAnswer(spot, 'ja', nameOf, []);
    expect(d.depth).toBeNull();
    expect(d.depthsElsewhere).toHaveLength(3);
    expect(d.depthsElsewhere[1]).toContain('約 0.9 km 先、架空五丁目の近くの記録');
  });
});

describe('answerSection: the far and unlocated depths are never drawn against the person and house', () => {
  it('one drawing, of the depth in range; the others as sentences', () => {
    const a = answer({ kind: 'chome', code: codeOf('架空六丁目') });
    const d = describeAnswer(a, 'ja', nameOf, []);
    const section = answerSection(document, 'ja', defaultTheme, d, () => undefined);
    const drawings = section.querySelectorAll('svg[role="img"]');
    expect(drawings).toHaveLength(1);
    expect(drawings[0]?.getAttribute('aria-label')).toContain('約 0.45 m');
    const lines = [...section.querySelectorAll('.depth-elsewhere')].map((p) => p.textContent);
    expect(lines).toEqual(d.depthsElsewhere);
    expect(section.querySelector('figure')?.textContent).not.toContain('見本町');
  });
});

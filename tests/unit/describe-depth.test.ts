// @vitest-environment jsdom
// Depths in words and in a drawing, on synthetic depths (not the bundled records).
import { describe, expect, it } from 'vitest';
import type { Depth } from '../../src/data/flood-model';
import { depthAlt, depthComparison, drawnDepth } from '../../src/ui/describe-depth';
import { depthFigure } from '../../src/ui/depth-figure';
import { defaultTheme } from '../../src/theme/theme';

const depth = (
  minM: number,
  maxM: number | null,
  reference: Depth['reference'] = 'ground',
  asWritten = '',
): Depth => ({
  minM,
  maxM,
  reference,
  asWritten,
  note: { ja: '', en: '' },
});

describe('depth in words', () => {
  it('compares a single depth with an adult and a house, keeping the wording as written', () => {
    const alt = depthAlt(depth(1.8, 1.8, 'ground', '六尺'), 'ja');
    expect(alt).toContain('1.8');
    expect(alt).toContain('六尺');
    expect(alt).toContain('大人の背（1.7m）より深い');
    expect(alt).toContain('1階の床上から軒下まで');
  });

  it('keeps a range a range, and says it spans two floors when it does', () => {
    const text = depthComparison(depth(0.5, 5), 'ja');
    expect(text).toContain('1階の床上から軒下まで〜');
    expect(depthAlt(depth(0.5, 3), 'en')).toMatch(/^Flood depth about 0\.5–3 m\. /);
  });

  it('a depth above the floor is drawn from the floor, never silently from the ground', () => {
    expect(drawnDepth(depth(0.83, 0.83, 'floor'))).toEqual({ base: 0.5, low: 1.33, high: 1.33 });
    expect(depthAlt(depth(0.83, 0.83, 'floor'), 'ja')).toContain('床の上');
  });

  it('"more than" has no top', () => {
    expect(drawnDepth(depth(3, null)).high).toBeNull();
    expect(depthAlt(depth(3, null), 'ja')).toContain('3 m より深い');
  });

  it('the drawing is one image with the same text alternative, and its labels are not read twice', () => {
    const doc = document;
    const fig = depthFigure({
      doc,
      theme: defaultTheme,
      lang: 'ja',
      depth: depth(1.8, 1.8, 'ground', '六尺'),
      caption: '1898年 北品川',
    });
    const svg = fig.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('img');
    expect(svg?.getAttribute('aria-label')).toBe(depthAlt(depth(1.8, 1.8, 'ground', '六尺'), 'ja'));
    expect(
      [...fig.querySelectorAll('svg text')].every(
        (el) => el.getAttribute('aria-hidden') === 'true',
      ),
    ).toBe(true);
    expect(fig.querySelector('.depth-water')).not.toBeNull();
    expect(fig.querySelector('.depth-range')).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { classify, DEPTH_CLASSES } from '../../src/hazard/mesh-classify';

describe('classify', () => {
  it.each([
    [0.01, 0],
    [0.49, 0],
    [0.5, 1],
    [2.99, 1],
    [3, 2],
    [4.99, 2],
    [5, 3],
    [9.99, 3],
    [10, 4],
    [19.99, 4],
    [20, 5],
    [153, 5],
  ])('%f m is class %i', (depth, expected) => {
    expect(classify(depth)).toBe(expected);
  });

  it.each([0, 0.009, -0.5, -9999, Number.NaN])('%f m is not flooded', (depth) => {
    expect(classify(depth)).toBeNull();
  });

  it('every class starts where the previous one ends, with the legend colours', () => {
    DEPTH_CLASSES.forEach((c, i) => {
      expect(c.id).toBe(i);
      expect(classify(c.minM)).toBe(i);
      if (i > 0) expect(c.minM).toBe(DEPTH_CLASSES[i - 1]?.maxM);
    });
    expect(DEPTH_CLASSES.map((c) => c.rgb.join(' '))).toEqual([
      '247 245 169',
      '255 216 192',
      '255 183 183',
      '255 145 145',
      '242 133 201',
      '220 122 220',
    ]);
    expect(DEPTH_CLASSES.at(-1)?.maxM).toBeNull();
  });
});

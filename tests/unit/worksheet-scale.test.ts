// The worksheet's 「1cm＝○m」 scale from zoom, latitude and printed width.
import { describe, expect, it } from 'vitest';
import { metresPerPixel, scaleBar } from '../../src/tours/scale-bar';

describe('scale bar', () => {
  it('at zoom 0 on the equator one 512 px tile spans the equator', () => {
    expect(metresPerPixel(0, 0) * 512).toBeCloseTo(40075016.686, 3);
  });

  it('halves with each zoom level and with latitude 60°', () => {
    expect(metresPerPixel(16, 35.6) / metresPerPixel(15, 35.6)).toBeCloseTo(0.5, 12);
    expect(metresPerPixel(10, 60) / metresPerPixel(10, 0)).toBeCloseTo(0.5, 12);
  });

  it('gives metres per printed centimetre and a two-figure label', () => {
    // 512 px of zoom 0 printed 10 cm wide: the equator over 10 cm.
    const world = scaleBar(0, 0, 512, 100);
    expect(world.metresPerCm).toBeCloseTo(4007501.6686, 3);
    expect(world.labelMetres).toBe(4000000);
    // Shinagawa, zoom 15, 900 CSS px printed 180 mm wide: about 97 m per cm.
    const ward = scaleBar(15, 35.6, 900, 180);
    expect(ward.metresPerCm).toBeCloseTo(97.1, 1);
    expect(ward.labelMetres).toBe(97);
    expect(ward.cm).toBe(4);
    expect(scaleBar(16, 35.6, 900, 180).labelMetres).toBe(49);
    expect(scaleBar(13, 35.6, 900, 180).labelMetres).toBe(390);
  });
});

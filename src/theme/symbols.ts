// Symbol shapes shared by the map icons (drawn on a canvas) and the legend (drawn as SVG), so the
// legend always shows exactly what the map shows.
import type { SymbolShape } from './theme';

/** Outline of a shape in a unit box [0,1]x[0,1], or null for a circle. */
export function shapePolygon(shape: SymbolShape): readonly (readonly [number, number])[] | null {
  switch (shape) {
    case 'circle':
      return null;
    case 'square':
      return [
        [0.15, 0.15],
        [0.85, 0.15],
        [0.85, 0.85],
        [0.15, 0.85],
      ];
    case 'triangle':
      return [
        [0.5, 0.06],
        [0.95, 0.88],
        [0.05, 0.88],
      ];
    case 'diamond':
      return [
        [0.5, 0.04],
        [0.96, 0.5],
        [0.5, 0.96],
        [0.04, 0.5],
      ];
    case 'star': {
      const points: [number, number][] = [];
      for (let i = 0; i < 10; i++) {
        const r = i % 2 === 0 ? 0.48 : 0.2;
        const a = -Math.PI / 2 + (i * Math.PI) / 5;
        points.push([0.5 + r * Math.cos(a), 0.53 + r * Math.sin(a)]);
      }
      return points;
    }
  }
}

/** SVG path data for a shape in a box of `size` pixels. */
export function shapeSvgPath(shape: SymbolShape, size: number): string {
  const poly = shapePolygon(shape);
  if (!poly) {
    const r = size * 0.4;
    const c = size / 2;
    return `M ${c - r} ${c} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0 Z`;
  }
  return (
    poly
      .map(
        ([x, y], i) => `${i === 0 ? 'M' : 'L'} ${(x * size).toFixed(2)} ${(y * size).toFixed(2)}`,
      )
      .join(' ') + ' Z'
  );
}

/** Name of the map image for a shape in a colour. */
export function iconName(shape: SymbolShape, color: string): string {
  return `fhm-${shape}-${color.replace('#', '').toLowerCase()}`;
}

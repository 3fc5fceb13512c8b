// Draws the legend shapes as map images. Runs in the browser only (needs a canvas).
import type { Theme } from '../theme/theme';
import { HATCH_IMAGE } from './style';
import { iconName, shapePolygon } from '../theme/symbols';

const SIZE = 48;

/** A canvas that stays in main memory: the images are read back once, never drawn on the GPU. */
function context(doc: Document, size: number): CanvasRenderingContext2D {
  const canvas = doc.createElement('canvas');
  canvas.width = size;
  canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('2D canvas not available');
  return ctx;
}

export interface MapImage {
  readonly name: string;
  readonly image: ImageData;
}

/** Diagonal hatch for chome with no record: visibly different from a recorded zero. */
export function drawHatch(theme: Theme, doc: Document): MapImage {
  const size = 16;
  const ctx = context(doc, size);
  ctx.strokeStyle = theme.noRecordHatch;
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  for (const offset of [-size, 0, size]) {
    ctx.moveTo(offset, size);
    ctx.lineTo(offset + size, 0);
  }
  ctx.stroke();
  return { name: HATCH_IMAGE, image: ctx.getImageData(0, 0, size, size) };
}

export function drawIcons(theme: Theme, doc: Document): MapImage[] {
  const styles = [theme.evacSite, theme.shelter, theme.wideArea, theme.assembly];
  return styles.map((s) => {
    const ctx = context(doc, SIZE);
    const poly = shapePolygon(s.shape);
    const inset = 4;
    const scale = SIZE - 2 * inset;
    ctx.beginPath();
    if (poly) {
      poly.forEach(([x, y], i) => {
        const px = inset + x * scale;
        const py = inset + y * scale;
        if (i === 0) ctx.moveTo(px, py);
        else ctx.lineTo(px, py);
      });
      ctx.closePath();
    } else {
      ctx.arc(SIZE / 2, SIZE / 2, scale * 0.4, 0, Math.PI * 2);
    }
    ctx.lineJoin = 'round';
    ctx.lineWidth = 7;
    ctx.strokeStyle = theme.symbolOutline;
    ctx.stroke();
    ctx.fillStyle = s.color;
    ctx.fill();
    ctx.lineWidth = 1.5;
    ctx.strokeStyle = theme.labelText;
    ctx.stroke();
    return { name: iconName(s.shape, s.color), image: ctx.getImageData(0, 0, SIZE, SIZE) };
  });
}

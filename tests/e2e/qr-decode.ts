// Reads the QR code a worksheet prints (an inline <svg class="ws-qr">) back to its text, in the
// page: the SVG is drawn on a canvas and jsQR decodes the pixels, as a phone camera would.
import type { Page } from '@playwright/test';
import jsQR from 'jsqr';

export async function decodeWorksheetQr(page: Page, nth = 0): Promise<string | null> {
  const size = 300;
  const rgba = await page.evaluate(
    async ({ nth, size }) => {
      const svg = document.querySelectorAll('.ws-qr')[nth];
      if (!svg) return null;
      const blob = new Blob([new XMLSerializer().serializeToString(svg)], {
        type: 'image/svg+xml',
      });
      const img = new Image();
      img.src = URL.createObjectURL(blob);
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = size;
      const ctx = canvas.getContext('2d');
      if (!ctx) return null;
      ctx.fillStyle = '#fff';
      ctx.fillRect(0, 0, size, size);
      ctx.drawImage(img, 0, 0, size, size);
      return Array.from(ctx.getImageData(0, 0, size, size).data);
    },
    { nth, size },
  );
  if (!rgba) return null;
  return jsQR(Uint8ClampedArray.from(rgba), size, size)?.data ?? null;
}

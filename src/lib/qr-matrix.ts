// The QR code of a step's address as dark/light modules, drawn by the worksheet as SVG rectangles
// (no canvas, no HTML string), with the error correction a creased or pencilled sheet needs.
import QRCode from 'qrcode';

export function qrMatrix(text: string): boolean[][] {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const rows: boolean[][] = [];
  for (let y = 0; y < modules.size; y++) {
    const row: boolean[] = [];
    for (let x = 0; x < modules.size; x++) row.push(modules.get(x, y) === 1);
    rows.push(row);
  }
  return rows;
}

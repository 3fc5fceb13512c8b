// A QR code as one SVG path (no canvas, no HTML string), printed at a size in millimetres: the
// tours' worksheets and the place sheet. The class names it for print styles and for the browser
// tests that read it back (tests/e2e/qr-decode.ts reads `.ws-qr`).
import { qrMatrix } from './qr-matrix';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** QR modules as one SVG path, with the 4-module quiet zone readers need. */
export function qrSvg(
  doc: Document,
  text: string,
  label: string,
  options: { readonly mm: number; readonly className: string },
): SVGSVGElement {
  const rows = qrMatrix(text);
  const n = rows.length + 8;
  const svg = doc.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n} ${n}`);
  svg.setAttribute('width', `${options.mm}mm`);
  svg.setAttribute('height', `${options.mm}mm`);
  svg.setAttribute('class', options.className);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', String(n));
  bg.setAttribute('height', String(n));
  bg.setAttribute('fill', '#fff');
  let d = '';
  rows.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x + 4} ${y + 4}h1v1h-1z`;
    }),
  );
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}

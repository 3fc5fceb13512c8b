// The app's icon, drawn from a few shapes: a map pin above two waves, white on the theme's
// accent. Pure: `iconPixels` rasterises it (for the PNGs that installs and iOS need) and
// `iconSvg` writes the same shapes as SVG (the favicon). scripts/make-icons.ts writes the files.

export interface IconOptions {
  /** Background colour, #rrggbb (the theme's accent). */
  readonly background: string;
  /** Shapes are drawn scaled by this around the centre: < 1 keeps them in a maskable safe zone. */
  readonly contentScale: number;
  /** Corner radius of the background as a share of the size; 0 fills the square (maskable). */
  readonly cornerRadius: number;
}

const PIN = { cx: 0.5, cy: 0.36, r: 0.15, hole: 0.06 };
const WAVES = [0.72, 0.84].map((y) => ({ y, amplitude: 0.025, wavelength: 0.25 }));
const WAVE_X = [0.18, 0.82] as const;
const WAVE_THICKNESS = 0.05;

function hexRgb(hex: string): [number, number, number] {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`icon colour must be #rrggbb, got ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

function waveY(x: number, w: (typeof WAVES)[number]): number {
  return w.y + w.amplitude * Math.sin(((x - WAVE_X[0]) / w.wavelength) * 2 * Math.PI);
}

/** Is (x, y) in unit coordinates (before scaling) on a white shape? */
function onShape(x: number, y: number): boolean {
  const dx = x - PIN.cx;
  const dy = y - PIN.cy;
  const d2 = dx * dx + dy * dy;
  if (d2 <= PIN.hole * PIN.hole) return false;
  if (d2 <= PIN.r * PIN.r) return true;
  // The pin's point: a triangle from the circle's sides down to the tip.
  const top = PIN.cy + PIN.r * 0.55;
  const tip = PIN.cy + PIN.r * 2.1;
  if (y >= top && y <= tip) {
    const half = PIN.r * 0.835 * ((tip - y) / (tip - top));
    if (Math.abs(dx) <= half) return true;
  }
  if (x < WAVE_X[0] || x > WAVE_X[1]) return false;
  return WAVES.some((w) => {
    const top = waveY(x, w);
    return y >= top && y <= top + WAVE_THICKNESS;
  });
}

function inBackground(x: number, y: number, corner: number): boolean {
  if (corner <= 0) return true;
  const cx = Math.min(Math.max(x, corner), 1 - corner);
  const cy = Math.min(Math.max(y, corner), 1 - corner);
  return (x - cx) ** 2 + (y - cy) ** 2 <= corner * corner;
}

/** RGBA pixels of the icon at `size`×`size`, 4×4 samples a pixel for smooth edges. */
export function iconPixels(size: number, options: IconOptions): Uint8Array {
  const [br, bg, bb] = hexRgb(options.background);
  const out = new Uint8Array(size * size * 4);
  const n = 4;
  const s = options.contentScale;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let cover = 0;
      let white = 0;
      for (let j = 0; j < n; j++) {
        for (let i = 0; i < n; i++) {
          const x = (px + (i + 0.5) / n) / size;
          const y = (py + (j + 0.5) / n) / size;
          if (!inBackground(x, y, options.cornerRadius)) continue;
          cover++;
          if (onShape(0.5 + (x - 0.5) / s, 0.5 + (y - 0.5) / s)) white++;
        }
      }
      const o = (py * size + px) * 4;
      const w = cover === 0 ? 0 : white / cover;
      out[o] = Math.round(br + (255 - br) * w);
      out[o + 1] = Math.round(bg + (255 - bg) * w);
      out[o + 2] = Math.round(bb + (255 - bb) * w);
      out[o + 3] = Math.round((255 * cover) / (n * n));
    }
  }
  return out;
}

/** The same icon as SVG text (viewBox 0 0 100 100). */
export function iconSvg(options: IconOptions): string {
  const f = (v: number): string => String(Math.round(v * 1000) / 10);
  const t = (v: number): number => 0.5 + (v - 0.5) * options.contentScale;
  const top = PIN.cy + PIN.r * 0.55;
  const tip = PIN.cy + PIN.r * 2.1;
  const half = PIN.r * 0.835;
  const waves = WAVES.map((w) => {
    const steps = 32;
    const xs = Array.from(
      { length: steps + 1 },
      (_, i) => WAVE_X[0] + ((WAVE_X[1] - WAVE_X[0]) * i) / steps,
    );
    const upper = xs.map((x) => `${f(t(x))},${f(t(waveY(x, w)))}`);
    const lower = [...xs].reverse().map((x) => `${f(t(x))},${f(t(waveY(x, w) + WAVE_THICKNESS))}`);
    return `<polygon points="${[...upper, ...lower].join(' ')}"/>`;
  });
  const corner = f(options.cornerRadius);
  const scaled = (v: number): string => f(v * options.contentScale);
  return [
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">',
    `<rect width="100" height="100" rx="${corner}" fill="${options.background}"/>`,
    '<g fill="#fff">',
    `<polygon points="${f(t(PIN.cx - half))},${f(t(top))} ${f(t(PIN.cx + half))},${f(t(top))} ${f(t(PIN.cx))},${f(t(tip))}"/>`,
    `<circle cx="${f(t(PIN.cx))}" cy="${f(t(PIN.cy))}" r="${scaled(PIN.r)}"/>`,
    ...waves,
    '</g>',
    `<circle cx="${f(t(PIN.cx))}" cy="${f(t(PIN.cy))}" r="${scaled(PIN.hole)}" fill="${options.background}"/>`,
    '</svg>',
    '',
  ].join('');
}

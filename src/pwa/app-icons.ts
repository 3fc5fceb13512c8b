// The icon files in public/ (written by scripts/make-icons.ts) and how the web manifest lists them.
import { defaultTheme } from '../theme/theme';
import type { IconOptions } from './app-icon';

export interface AppIcon {
  readonly file: string;
  /** Pixel size, or null for the SVG. */
  readonly size: number | null;
  readonly purpose: 'any' | 'maskable';
  readonly options: IconOptions;
}

const rounded: IconOptions = {
  background: defaultTheme.ui.accent,
  contentScale: 1,
  cornerRadius: 0.18,
};
// Launchers crop maskable icons to a circle or squircle of 80 % of the size: fill the square and
// keep the shapes inside.
const fullBleed: IconOptions = {
  background: defaultTheme.ui.accent,
  contentScale: 0.8,
  cornerRadius: 0,
};

export const APP_ICONS: readonly AppIcon[] = [
  { file: 'icon.svg', size: null, purpose: 'any', options: rounded },
  { file: 'icon-192.png', size: 192, purpose: 'any', options: rounded },
  { file: 'icon-512.png', size: 512, purpose: 'any', options: rounded },
  { file: 'icon-maskable-512.png', size: 512, purpose: 'maskable', options: fullBleed },
  // iOS rounds the corners itself and shows transparency as black.
  { file: 'apple-touch-icon.png', size: 180, purpose: 'any', options: fullBleed },
];

/** The manifest's `icons`: the PNGs (the SVG serves as the page's favicon). */
export function manifestIcons(): { src: string; sizes: string; type: string; purpose: string }[] {
  return APP_ICONS.filter((i) => i.size !== null && i.file !== 'apple-touch-icon.png').map((i) => ({
    src: i.file,
    sizes: `${i.size}x${i.size}`,
    type: 'image/png',
    purpose: i.purpose,
  }));
}

// Then and now: old photos and maps beside today's map (src/ui/then-now-controls.ts,
// src/map/compare-*.ts): やさしい日本語, only the texts that need rewriting; the others are shown in
// standard Japanese (texts.ja.ts).
import type { ThenNowTextKey } from './texts.ja';

export const thenNowEasy: Readonly<Partial<Record<ThenNowTextKey, string>>> = {
  'then.heading': 'むかしと 今を くらべる（インターネット）',
  'then.intro':
    '地図の 左に むかしの 写真や 地図、右に 今の 地図が 出ます。まんなかの 線を 動かして くらべよう。',
  'then.unavailable':
    'むかしの 写真や 地図が 出ません（インターネットに つながらない）。品川区の 地図は 使えます。',
};

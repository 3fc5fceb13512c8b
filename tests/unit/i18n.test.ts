import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/i18n';
import { en, ja, jaEasy } from '../../src/i18n/messages';

describe('i18n', () => {
  it('has every Japanese key in English, with the same placeholders', () => {
    for (const key of Object.keys(ja) as (keyof typeof ja)[]) {
      const placeholders = (s: string): string[] =>
        [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
      expect(placeholders(en[key]), key).toEqual(placeholders(ja[key]));
      const easy = jaEasy[key];
      if (easy !== undefined) expect(placeholders(easy), key).toEqual(placeholders(ja[key]));
    }
  });

  it('fills placeholders as text and groups digits', () => {
    expect(t('ja', 'errors.more', { n: 12345 })).toBe('ほか 12,345 件');
    expect(t('en', 'errors.fileFailed', { file: '<b>x</b>' })).toContain('"<b>x</b>"');
  });

  it('falls back from やさしい日本語 to standard Japanese', () => {
    expect(t('ja-easy', 'credits.close')).toBe(ja['credits.close']);
    expect(t('ja-easy', 'panel.heading')).toBe('えらんだ 場所');
  });
});

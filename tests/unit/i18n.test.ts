import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/i18n';
import { en, ja, jaEasy, textEntries } from './helpers/all-texts';

describe('i18n', () => {
  it('has every Japanese key in English, with the same placeholders', () => {
    const placeholders = (s: string): string[] =>
      [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
    for (const [key, text] of textEntries(ja)) {
      expect(placeholders(en[key] ?? ''), key).toEqual(placeholders(text));
      const easy = jaEasy[key];
      if (easy !== undefined) expect(placeholders(easy), key).toEqual(placeholders(text));
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

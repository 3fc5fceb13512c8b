// Furigana markup: the parser, the plain text, the checks, and the messages that carry it.
import { describe, expect, it } from 'vitest';
import { t, tRuby } from '../../src/i18n/i18n';
import { en, ja, jaEasy, textEntries } from './helpers/all-texts';
import {
  escapeRuby,
  parseRuby,
  plainText,
  rubyChoice,
  rubyDefault,
  rubyShown,
} from '../../src/i18n/ruby';

/** Whether a text has any authored reading (only these checks ask; the app parses and draws). */
const hasRuby = (text: string): boolean =>
  parseRuby(text).segments.some((s) => s.reading !== undefined);

describe('parseRuby', () => {
  it('splits plain text and readings', () => {
    expect(parseRuby('{品川区|しながわく}の {浸水|しんすい}').segments).toEqual([
      { base: '品川区', reading: 'しながわく' },
      { base: 'の ' },
      { base: '浸水', reading: 'しんすい' },
    ]);
    expect(parseRuby('{中延|なかのぶ}{六丁目|ろくちょうめ}').segments).toHaveLength(2);
  });

  it('accepts katakana and the long vowel mark, and trims spaces around the bar', () => {
    const { segments, problems } = parseRuby('{頁| ページ }');
    expect(problems).toEqual([]);
    expect(segments).toEqual([{ base: '頁', reading: 'ページ' }]);
  });

  it('keeps message placeholders as text', () => {
    const { segments, problems } = parseRuby('{place}と {記録|きろく}');
    expect(problems).toEqual([]);
    expect(segments[0]).toEqual({ base: '{place}と ' });
  });

  it('reads escapes as literal characters', () => {
    expect(parseRuby('a\\{b\\|c\\}d\\\\').segments).toEqual([{ base: 'a{b|c}d\\' }]);
    expect(parseRuby('{a\\|b|えい}').segments).toEqual([{ base: 'a|b', reading: 'えい' }]);
    // A backslash before anything else is itself.
    expect(plainText('C:\\x')).toBe('C:\\x');
  });

  it.each([
    ['{品川|しながわ', 'unclosed', '{品川|しながわ'],
    ['品川}', 'unopened', '}'],
    ['{品川}', 'noBar', '{品川}'],
    ['{品|し|な}', 'extraBar', '{品|し|な}'],
    ['{|しながわ}', 'emptyBase', '{|しながわ}'],
    ['{品川|}', 'emptyReading', '{品川|}'],
    ['{品川| }', 'emptyReading', '{品川| }'],
    ['{しながわ|品川}', 'readingNotKana', '{しながわ|品川}'],
    ['{品川|shinagawa}', 'readingNotKana', '{品川|shinagawa}'],
    ['{品川|し ながわ}', 'readingNotKana', '{品川|し ながわ}'],
  ])('%s is a problem (%s), kept as written', (text, kind, bad) => {
    const { segments, problems } = parseRuby(text);
    expect(problems).toEqual([{ kind, text: bad }]);
    expect(segments.map((s) => s.base).join('')).toBe(text);
    expect(segments.every((s) => s.reading === undefined)).toBe(true);
  });

  it('a brace opened inside braces is unclosed, and the rest still parses', () => {
    const { segments, problems } = parseRuby('{品{川|かわ}');
    expect(problems.map((p) => p.kind)).toEqual(['unclosed']);
    expect(segments.some((s) => s.reading === 'かわ')).toBe(true);
  });
});

describe('plainText', () => {
  it('strips readings and leaves everything else', () => {
    expect(plainText('{立会川|たちあいがわ}は どんな 川？')).toBe('立会川は どんな 川？');
    expect(plainText('ふつうの 文')).toBe('ふつうの 文');
    expect(plainText('{place}の {記録|きろく}')).toBe('{place}の 記録');
  });

  it('round-trips escaped values', () => {
    for (const v of ['{x}', 'a|b', '\\', '{品|しな}']) expect(plainText(escapeRuby(v))).toBe(v);
    expect(hasRuby(escapeRuby('{品|しな}'))).toBe(false);
    expect(hasRuby('{品|しな}')).toBe(true);
  });
});

describe('defaults', () => {
  it('shows readings in やさしい日本語 by default, never in English', () => {
    expect(rubyDefault('ja-easy')).toBe(true);
    expect(rubyDefault('ja')).toBe(false);
    expect(rubyShown('ja-easy', null)).toBe(true);
    expect(rubyShown('ja-easy', false)).toBe(false);
    expect(rubyShown('ja', true)).toBe(true);
    expect(rubyShown('en', true)).toBe(false);
    expect(rubyChoice('ja-easy', true)).toBeNull();
    expect(rubyChoice('ja-easy', false)).toBe(false);
    expect(rubyChoice('ja', false)).toBeNull();
  });
});

describe('messages', () => {
  const all = [
    ['ja', ja],
    ['en', en],
    ['ja-easy', jaEasy],
  ] as const;

  it('every message parses without furigana problems', () => {
    for (const [lang, messages] of all) {
      for (const [key, text] of textEntries(messages)) {
        expect(parseRuby(text).problems, `${lang} ${key}`).toEqual([]);
      }
    }
  });

  it('readings are written only in やさしい日本語', () => {
    for (const [lang, messages] of all) {
      const marked = textEntries(messages).filter(([, text]) => hasRuby(text));
      if (lang === 'ja-easy') expect(marked.length).toBeGreaterThan(0);
      else expect(marked.map(([k]) => k)).toEqual([]);
    }
  });

  it('t() is always plain; tRuby() keeps the readings and escapes values', () => {
    expect(t('ja-easy', 'source.official')).toBe('区や 都の 記録');
    expect(tRuby('ja-easy', 'source.official')).toBe('区や 都の {記録|きろく}');
    const marked = tRuby('ja-easy', 'answer.shelter', { name: '{偽|にせ}', distance: '1' });
    expect(plainText(marked)).toContain('{偽|にせ}');
    expect(hasRuby(marked)).toBe(false);
    expect(t('ja-easy', 'answer.shelter', { name: '{偽|にせ}', distance: '1' })).toContain(
      '{偽|にせ}',
    );
  });

  it('the plain text of a marked message is the message without readings', () => {
    for (const [key, text] of textEntries(jaEasy)) {
      if (!hasRuby(text)) continue;
      expect(plainText(text), key).not.toMatch(/[|]/);
      expect(t('ja-easy', key), key).toBe(plainText(text));
    }
  });
});

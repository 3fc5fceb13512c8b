import { en, ja, jaEasy, type MessageKey } from './messages';
import { escapeRuby, plainText } from './ruby';

export type Lang = 'ja' | 'en' | 'ja-easy';
export const LANGS: readonly Lang[] = ['ja', 'en', 'ja-easy'];
export type Params = Readonly<Record<string, string | number>>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

function template(lang: Lang, key: MessageKey): string {
  return lang === 'en' ? en[key] : lang === 'ja-easy' ? (jaEasy[key] ?? ja[key]) : ja[key];
}

function fill(text: string, lang: Lang, params: Params, escape: (v: string) => string): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return escape(typeof value === 'number' ? formatNumber(lang, value) : value);
  });
}

/**
 * Text for `key` in `lang`, with `{name}` placeholders filled. Numbers get locale digit grouping.
 * Always plain: furigana markup (ruby.ts) is stripped, so labels, titles and exports never hold it.
 */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const text = template(lang, key);
  const plain = text.includes('|') || text.includes('\\') ? plainText(text) : text;
  return fill(plain, lang, params, (v) => v);
}

/**
 * The same text with its furigana markup kept, for running text drawn by ui/ruby-text.ts. Values
 * are escaped: a place name from a data file is shown as written, never read as markup.
 */
export function tRuby(lang: Lang, key: MessageKey, params: Params = {}): string {
  return fill(template(lang, key), lang, params, escapeRuby);
}

// One formatter per locale: toLocaleString builds a new one on every call, which is slow when the
// timeline relabels thousands of chome.
const numberFormats = {
  en: new Intl.NumberFormat('en-GB'),
  ja: new Intl.NumberFormat('ja-JP'),
};

export function formatNumber(lang: Lang, value: number): string {
  return (lang === 'en' ? numberFormats.en : numberFormats.ja).format(value);
}

/** A list as each language writes it: 「A、B」 or "A, B". */
export function joinList(lang: Lang, items: readonly string[]): string {
  return items.join(lang === 'en' ? ', ' : '、');
}

/** BCP 47 tag for the `lang` attribute of the document. */
export function htmlLang(lang: Lang): string {
  return lang === 'en' ? 'en' : 'ja';
}

/** Pick the Japanese or English form of a bilingual value. */
export function pick(lang: Lang, text: { ja: string; en: string }): string {
  return lang === 'en' ? text.en : text.ja;
}

export type { MessageKey };

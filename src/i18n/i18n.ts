import { en, ja, jaEasy, type MessageKey } from './messages';

export type Lang = 'ja' | 'en' | 'ja-easy';
export const LANGS: readonly Lang[] = ['ja', 'en', 'ja-easy'];
export type Params = Readonly<Record<string, string | number>>;

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Text for `key` in `lang`, with `{name}` placeholders filled. Numbers get locale digit grouping. */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const template =
    lang === 'en' ? en[key] : lang === 'ja-easy' ? (jaEasy[key] ?? ja[key]) : ja[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
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

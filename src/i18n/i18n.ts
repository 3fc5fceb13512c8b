// The page's texts and number formats. Texts live with their feature in groups of three files
// (texts.ja.ts, texts.en.ts, texts.easy.ts) and are registered here before use: the first-load
// groups through loadLang, which downloads only the language shown, and the groups of lazy chunks
// by the chunk itself (addTexts). Conventions for writing texts: src/i18n/README.md.
import type { MessageKey } from './message-key';
import { escapeRuby, plainText } from './ruby';

export type Lang = 'ja' | 'en' | 'ja-easy';
export const LANGS: readonly Lang[] = ['ja', 'en', 'ja-easy'];
export type Params = Readonly<Record<string, string | number>>;

/** Each language's name in itself (endonym), for the language menu: no other language's texts. */
export const LANG_NAMES: Readonly<Record<Lang, string>> = {
  ja: '日本語',
  en: 'English',
  'ja-easy': 'やさしい日本語',
};

/** Some texts of one language, keyed by their message key. */
export type Texts = Readonly<Partial<Record<MessageKey, string>>>;

/** One feature's texts in the three dictionaries: やさしい日本語 holds only rewritten texts. */
export interface TextGroup {
  readonly ja: Texts;
  readonly en: Texts;
  readonly easy: Texts;
}

/** A dictionary: やさしい日本語 is the easy texts over the Japanese ones. */
type Dictionary = keyof TextGroup;

const registered: Record<Dictionary, Partial<Record<MessageKey, string>>> = {
  ja: {},
  en: {},
  easy: {},
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Registers a group's texts in every language (a lazy chunk calls it when it loads). */
export function addTexts(group: TextGroup): void {
  for (const d of ['ja', 'en', 'easy'] as const) Object.assign(registered[d], group[d]);
}

// Dynamic imports with literal paths, so the build writes one chunk per dictionary.
const dictionaryLoaders: Record<Dictionary, () => Promise<{ texts: Texts }>> = {
  ja: () => import('./lang/ja'),
  en: () => import('./lang/en'),
  easy: () => import('./lang/easy'),
};
const dictionaryLoads = new Map<Dictionary, Promise<void>>();
const loadedDictionaries = new Set<Dictionary>();

const dictionariesOf = (lang: Lang): readonly Dictionary[] =>
  lang === 'ja-easy' ? ['ja', 'easy'] : [lang];

function loadDictionary(d: Dictionary): Promise<void> {
  let load = dictionaryLoads.get(d);
  if (!load) {
    load = dictionaryLoaders[d]().then(
      ({ texts }) => {
        Object.assign(registered[d], texts);
        loadedDictionaries.add(d);
      },
      (e: unknown) => {
        // Offline without the pack, say: a later choice of the language tries again.
        dictionaryLoads.delete(d);
        throw e;
      },
    );
    dictionaryLoads.set(d, load);
  }
  return load;
}

const langLoads = new Map<Lang, Promise<void>>();

/**
 * Downloads and registers the first-load texts of `lang` (やさしい日本語 loads the Japanese too).
 * Once per language: a second call returns the same promise, and a failed one is tried again.
 */
export function loadLang(lang: Lang): Promise<void> {
  let load = langLoads.get(lang);
  if (!load) {
    load = Promise.all(dictionariesOf(lang).map(loadDictionary)).then(
      () => undefined,
      (e: unknown) => {
        langLoads.delete(lang);
        throw e;
      },
    );
    langLoads.set(lang, load);
  }
  return load;
}

/** Whether loadLang(lang) has finished, so `t(lang, …)` can be called at once. */
export function langLoaded(lang: Lang): boolean {
  return dictionariesOf(lang).every((d) => loadedDictionaries.has(d));
}

/** Whether `key` names a registered text: for keys read from markup (`data-i18n`). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.values(registered).some((texts) => Object.hasOwn(texts, key));
}

const warned = new Set<string>();

function template(lang: Lang, key: MessageKey): string {
  const text =
    lang === 'en'
      ? registered.en[key]
      : lang === 'ja-easy'
        ? (registered.easy[key] ?? registered.ja[key])
        : registered.ja[key];
  if (text !== undefined) return text;
  // A bug: the language was not loaded first, or a lazy chunk's texts were not registered.
  if (!warned.has(`${lang} ${key}`)) {
    warned.add(`${lang} ${key}`);
    console.warn(`${MISSING_TEXT} ${lang} "${key}" (not loaded: i18n.ts loadLang or addTexts)`);
  }
  return key;
}

/** How the warning about a text that was not registered begins (unit tests fail on it). */
export const MISSING_TEXT = 'No text for';

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
 * A key whose text is not registered yet comes back as itself, with a warning.
 */
export function t(lang: Lang, key: MessageKey, params: Params = {}): string {
  const text = template(lang, key);
  const plain = text.includes('|') || text.includes('\\') ? plainText(text) : text;
  return fill(plain, lang, params, (v) => v);
}

/**
 * The same text with its furigana markup kept, for running text drawn by lib/ruby-text.ts. Values
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

// What the search box says (pure): after Enter, what was found or why not; while typing, what Enter
// would show. Loaded with the search chunk (search-chunk.ts), not at start.
import type { PostcodeSaid } from '../data/postcodes';
import type { SearchResult } from '../data/search-places';
import { joinList, t, type Lang } from '../i18n/i18n';

/** Digits, dashes and 〒 only: a postcode being typed, not yet its 7 digits. */
const POSTCODE_TYPED = /^〒?[\d\s‐‑‒–—―−ー-]+$/u;

/** What a postcode answer says first: the code and the place, or why there is none. */
function postcodeSaid(lang: Lang, p: PostcodeSaid, result: SearchResult): string {
  const name = result.found ? result.name : '';
  const key = p.said === 'found' && p.detail !== '' ? 'foundIn' : p.said;
  return t(lang, `search.postcode.${key}`, { code: p.code, name, detail: p.detail });
}

const suggested = (lang: Lang, result: SearchResult): string[] =>
  !result.found && result.suggestions.length > 0
    ? [t(lang, 'search.suggest', { names: joinList(lang, result.suggestions) })]
    : [];

/** The message after Enter: the postcode's words, what is shown and how much of an address was used, or why nothing. */
export function answerWords(lang: Lang, text: string, result: SearchResult): string {
  const said = result.postcode ? [postcodeSaid(lang, result.postcode, result)] : [];
  if (result.found) {
    return [
      ...said,
      // A town, a station's surroundings, or a chome.
      t(lang, `search.found.${result.kind}`, { name: result.name }),
      // An address: how much of it the answer uses, so nobody takes it for their house.
      ...(result.depth ? [t(lang, `search.matched.${result.depth}`, { name: result.name })] : []),
    ].join(' ');
  }
  if (said.length > 0 || text.trim() === '') return said.join(' ');
  return [t(lang, 'search.notFound', { value: text.trim() }), ...suggested(lang, result)].join(' ');
}

/** The line under the box while typing: what Enter would show, or the names like it. */
export function previewWords(lang: Lang, text: string, result: SearchResult): string {
  const said = result.postcode ? [postcodeSaid(lang, result.postcode, result)] : [];
  if (result.found)
    return [...said, t(lang, 'search.preview.found', { name: result.name })].join(' ');
  if (said.length > 0) return said.join(' ');
  if (POSTCODE_TYPED.test(text.normalize('NFKC').trim())) return t(lang, 'search.preview.postcode');
  return suggested(lang, result).join(' ');
}

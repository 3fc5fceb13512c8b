// Search box for chome, town and station names, addresses and postcodes: a labelled form, suggestions as a
// datalist, and a message (live region) saying what was found or why not. While typing, a line under the box says
// what Enter would show (at each key, within the frame), without moving the map; screen readers hear it once
// typing pauses, not at every key.
import type { PostcodeSaid } from '../data/postcodes';
import type { SearchResult } from '../data/search-places';
import { joinList, t, type Lang } from '../i18n/i18n';
import { clear, h } from '../lib/dom';

export interface PlaceSearchProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly names: readonly string[];
  /** May wait: the address and postcode readers are loaded with the first search or key typed. */
  readonly search: (text: string) => SearchResult | Promise<SearchResult>;
  readonly onFound: (result: Extract<SearchResult, { found: true }>) => void;
}

/** How long typing must pause before the line under the box is read out. */
const PAUSE_MS = 900;

/** Digits, dashes and 〒 only: a postcode being typed, not yet its 7 digits. */
const POSTCODE_TYPED = /^〒?[\d\s‐‑‒–—―−ー-]+$/u;

/** What a postcode answer says first: the code and the place, or why there is none. */
function postcodeSaid(lang: Lang, p: PostcodeSaid, result: SearchResult): string {
  const name = result.found ? result.name : '';
  const key = p.said === 'found' && p.detail !== '' ? 'foundIn' : p.said;
  return t(lang, `search.postcode.${key}`, { code: p.code, name, detail: p.detail });
}

/** The line under the box while typing: what Enter would show, or the names like it. */
function previewOf(lang: Lang, text: string, result: SearchResult): string {
  const said = result.postcode ? `${postcodeSaid(lang, result.postcode, result)} ` : '';
  if (result.found) return said + t(lang, 'search.preview.found', { name: result.name });
  if (said !== '') return said;
  if (POSTCODE_TYPED.test(text.normalize('NFKC').trim())) return t(lang, 'search.preview.postcode');
  return result.suggestions.length > 0
    ? t(lang, 'search.suggest', { names: joinList(lang, result.suggestions) })
    : '';
}

export function renderPlaceSearch(props: PlaceSearchProps, lang: Lang): void {
  const { doc, container } = props;
  const previous =
    (doc.getElementById('place-search-input') as HTMLInputElement | null)?.value ?? '';
  clear(container);
  const datalist = h(doc, 'datalist', { id: 'place-search-names' });
  for (const name of props.names) datalist.append(h(doc, 'option', { value: name }));
  const input = h(doc, 'input', {
    id: 'place-search-input',
    type: 'search',
    list: 'place-search-names',
    autocomplete: 'off',
    placeholder: t(lang, 'search.placeholder'),
  });
  input.value = previous;
  const message = h(doc, 'p', { class: 'search-message', role: 'status', 'aria-live': 'polite' });
  // Seen at every key; heard (the live copy) only once typing pauses.
  const preview = h(doc, 'p', { class: 'search-preview', 'aria-hidden': 'true' });
  const heard = h(doc, 'p', { class: 'visually-hidden', 'aria-live': 'polite' });
  let pause: ReturnType<typeof setTimeout> | undefined;
  const form = h(
    doc,
    'form',
    { class: 'place-search', role: 'search' },
    h(doc, 'label', { for: 'place-search-input' }, t(lang, 'search.label')),
    h(
      doc,
      'div',
      { class: 'search-row' },
      input,
      h(doc, 'button', { type: 'submit' }, t(lang, 'search.submit')),
    ),
    preview,
    heard,
    message,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void answer(input.value);
  });
  input.addEventListener('input', () => {
    const text = input.value;
    void Promise.resolve(props.search(text)).then((result) => {
      // A later key already asked again.
      if (input.value !== text) return;
      preview.textContent = previewOf(lang, text, result);
      clearTimeout(pause);
      pause = setTimeout(() => (heard.textContent = preview.textContent), PAUSE_MS);
    });
  });
  const answer = async (text: string): Promise<void> => {
    const result = await props.search(text);
    clear(message);
    clear(preview);
    if (result.postcode) message.append(postcodeSaid(lang, result.postcode, result), ' ');
    if (result.found) {
      // Say what was found: a town, a station's surroundings, or a chome.
      message.append(t(lang, `search.found.${result.kind}`, { name: result.name }));
      // An address: say how much of it the answer uses, so nobody takes it for their house.
      if (result.depth) {
        message.append(' ', t(lang, `search.matched.${result.depth}`, { name: result.name }));
      }
      props.onFound(result);
      return;
    }
    if (text.trim() === '' || result.postcode) return;
    message.append(t(lang, 'search.notFound', { value: text.trim() }));
    if (result.suggestions.length > 0) {
      message.append(' ', t(lang, 'search.suggest', { names: joinList(lang, result.suggestions) }));
    }
  };
  container.append(form, datalist);
}

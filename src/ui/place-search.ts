// Search box for chome, town and station names, addresses and postcodes: a labelled form, suggestions as a
// datalist, and a message (live region) saying what was found or why not. While typing, a line under the box says
// what Enter would show (at each key, within the frame), without moving the map; screen readers hear it once
// typing pauses, not at every key.
import type { SearchResult } from '../data/search-places';
import { t, type Lang } from '../i18n/i18n';
import { clear, h } from '../lib/dom';

export interface PlaceSearchProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly names: readonly string[];
  /** May wait: the address and postcode readers are loaded with the first search or key typed. */
  readonly search: (text: string) => SearchResult | Promise<SearchResult>;
  /** The words it answers with (search-words.ts), loaded with the search. */
  readonly words: () => Promise<typeof import('./search-words') | null>;
  readonly onFound: (result: Extract<SearchResult, { found: true }>) => void;
}

/** How long typing must pause before the line under the box is read out. */
const PAUSE_MS = 900;

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
  const ask = (text: string) => Promise.all([props.search(text), props.words()]);
  input.addEventListener('input', () => {
    const text = input.value;
    void ask(text).then(([result, words]) => {
      // A later key already asked again.
      if (input.value !== text || !words) return;
      preview.textContent = words.previewWords(lang, text, result);
      clearTimeout(pause);
      pause = setTimeout(() => (heard.textContent = preview.textContent), PAUSE_MS);
    });
  });
  const answer = async (text: string): Promise<void> => {
    const [result, words] = await ask(text);
    preview.textContent = '';
    message.textContent = words?.answerWords(lang, text, result) ?? '';
    if (result.found) props.onFound(result);
  };
  container.append(form, datalist);
}

// Search box for chome, town and station names and addresses: a labelled form, suggestions as a datalist, and a
// message (live region) when nothing matches.
import type { SearchResult } from '../data/search-places';
import { joinList, t, type Lang } from '../i18n/i18n';
import { clear, h } from '../lib/dom';

export interface PlaceSearchProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly names: readonly string[];
  /** May wait: the address reader is loaded with the first search. */
  readonly search: (text: string) => SearchResult | Promise<SearchResult>;
  readonly onFound: (result: Extract<SearchResult, { found: true }>) => void;
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
    message,
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void answer(input.value);
  });
  const answer = async (text: string): Promise<void> => {
    const result = await props.search(text);
    clear(message);
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
    if (text.trim() === '') return;
    message.append(t(lang, 'search.notFound', { value: text.trim() }));
    if (result.suggestions.length > 0) {
      message.append(' ', t(lang, 'search.suggest', { names: joinList(lang, result.suggestions) }));
    }
  };
  container.append(form, datalist);
}

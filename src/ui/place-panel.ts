// The "selected place" panel: a heading, facts as a definition list, notes, and the source one
// click away. Side panel on wide screens, bottom sheet on phones (CSS).
import { t, type Lang } from '../i18n/i18n';
import type { PlaceDescription } from './describe-place';
import { clear, h } from '../lib/dom';
import { factList, panelHead } from './panel-parts';

export interface PlacePanelProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly onClose: () => void;
  readonly onShowSource: (datasetFile: string) => void;
  readonly onPickOther: (index: number) => void;
  /** 「印刷」 and 「共有」 (panel-parts.ts sheetActions), and a school's lesson, under the title. */
  readonly actions?: Node | readonly Node[];
}

export function renderPlacePanel(
  props: PlacePanelProps,
  lang: Lang,
  place: PlaceDescription | null,
  others: readonly string[],
  extra: Node | null = null,
): void {
  const { doc, container } = props;
  clear(container);
  container.classList.toggle('has-place', place !== null);
  if (!place) {
    container.append(h(doc, 'p', { class: 'hint' }, t(lang, 'panel.empty')));
    // A clicked point with no place under it still gets its hazard readings.
    if (extra) container.append(extra);
    return;
  }
  const dl = factList(doc, place.rows);
  const source = h(
    doc,
    'button',
    { type: 'button', class: 'link-button' },
    t(lang, 'panel.sourceLink'),
  );
  source.addEventListener('click', () => props.onShowSource(place.source.file));
  const heading = h(
    doc,
    'h2',
    { id: 'place-title', tabindex: '-1' },
    place.title,
    // A space between, so a screen reader says the two names apart.
    place.titleJa ? ' ' : '',
    place.titleJa ? h(doc, 'span', { class: 'title-ja', lang: 'ja' }, place.titleJa) : '',
  );
  container.append(
    panelHead(doc, lang, place.kindLabel, props.onClose),
    heading,
    ...[props.actions ?? []].flat(),
    // What happened here comes first; the census facts and the boundary source follow.
    extra ?? '',
    dl,
    ...place.notes.map((n) => h(doc, 'p', { class: 'note' }, n)),
    h(
      doc,
      'p',
      { class: 'source' },
      `${t(lang, 'panel.source')}: ${place.source.attribution.replace(/^出典[：:]\s*/, '')} `,
      h(doc, 'span', { class: 'no-print' }, source),
    ),
  );
  if (others.length > 0) {
    const list = h(doc, 'ul', { class: 'others no-print' });
    others.forEach((label, i) => {
      const b = h(doc, 'button', { type: 'button', class: 'link-button' }, label);
      b.addEventListener('click', () => props.onPickOther(i));
      list.append(h(doc, 'li', {}, b));
    });
    container.append(h(doc, 'h3', { class: 'no-print' }, t(lang, 'panel.alsoHere')), list);
  }
}

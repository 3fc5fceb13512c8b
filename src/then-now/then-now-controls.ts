// The "then and now" section of the sidebar: which old photo or land-history map to put beside
// today's map (a radio group), how to show it (side by side with a divider, or laid over the whole
// map with an opacity slider for those who cannot use the divider), what the layer is, where it
// comes from (GSI's wording, its legend, its credit) and, when the server does not answer, a note
// in words with a retry. The divider itself is on the map (src/map/compare-view.ts).
import {
  DEFAULT_THEN_OPACITY,
  THEN_CREDIT,
  thenLayers,
  type ThenId,
  type ThenLayer,
} from '../config/old-maps';
import { pick, t, type Lang } from '../i18n/i18n';
import type { ServiceStatus } from '../app/app-state';
import type { ThenView } from './then-slice';
import { append, clear, externalLink, h } from '../lib/dom';
import './then-now-controls.css';

export interface ThenNowProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  /** The note over the map, shown while the old layer cannot be loaded. */
  readonly mapNote: HTMLElement;
  readonly onChoose: (id: ThenId | null) => void;
  /** Opacity in percent to lay the layer over the whole map, or null for the divider. */
  readonly onOverlay: (opacity: number | null) => void;
  readonly onRetry: () => void;
  /** Opens the credits dialog at the old maps' entry. */
  readonly onShowSource: () => void;
}

/** The layers below the map's lowest zoom (10) need a note: they stay empty when zoomed out. */
const MAP_MIN_ZOOM = 10;

export function renderThenNowControls(
  props: ThenNowProps,
  lang: Lang,
  then: ThenView | null,
  status: ServiceStatus,
): void {
  const { doc, container } = props;
  const focusedId = doc.activeElement?.id;
  clear(container);

  const choice = h(
    doc,
    'fieldset',
    { class: 'controls-group' },
    h(doc, 'legend', {}, t(lang, 'then.choice')),
  );
  const radio = (id: ThenId | null, label: string): HTMLElement => {
    const inputId = `then-${id ?? 'off'}`;
    const input = h(doc, 'input', { type: 'radio', id: inputId, name: 'then', value: id ?? '' });
    input.checked = (then?.id ?? null) === id;
    input.addEventListener('change', () => {
      if (input.checked) props.onChoose(id);
    });
    return h(doc, 'div', { class: 'control-row' }, input, h(doc, 'label', { for: inputId }, label));
  };
  choice.append(radio(null, t(lang, 'then.off')));
  for (const layer of thenLayers) choice.append(radio(layer.id, pick(lang, layer.title)));

  const layer = then ? thenLayers.find((l) => l.id === then.id) : undefined;
  container.append(
    h(doc, 'h2', { class: 'section-heading' }, t(lang, 'then.heading')),
    h(doc, 'p', { class: 'hint' }, t(lang, 'then.intro')),
    choice,
  );
  if (then && layer) {
    append(container, [statusNote(props, lang, status), details(props, lang, then, layer)]);
  }
  // On a phone the sidebar is below the map: the map says itself why the old side is missing.
  clear(props.mapNote);
  props.mapNote.hidden = !(then && layer && status === 'unavailable');
  if (!props.mapNote.hidden) {
    const retry = h(
      doc,
      'button',
      { type: 'button', class: 'link-button' },
      t(lang, 'basemap.retry'),
    );
    retry.addEventListener('click', props.onRetry);
    props.mapNote.append(t(lang, 'then.unavailable'), ' ', retry);
  }
  if (focusedId) (doc.getElementById(focusedId) as HTMLElement | null)?.focus();
}

function statusNote(props: ThenNowProps, lang: Lang, status: ServiceStatus): HTMLElement | null {
  const { doc } = props;
  if (status === 'unavailable') {
    const retry = h(
      doc,
      'button',
      { type: 'button', class: 'link-button', id: 'then-retry' },
      t(lang, 'basemap.retry'),
    );
    retry.addEventListener('click', props.onRetry);
    return h(doc, 'p', { class: 'note', role: 'status' }, t(lang, 'then.unavailable'), ' ', retry);
  }
  if (status === 'checking' || status === 'unchecked') {
    return h(doc, 'p', { class: 'hint', role: 'status' }, t(lang, 'then.checking'));
  }
  return null;
}

function details(props: ThenNowProps, lang: Lang, then: ThenView, layer: ThenLayer): HTMLElement {
  const { doc } = props;
  const box = h(doc, 'div', { class: 'then-details' });

  const mode = h(
    doc,
    'fieldset',
    { class: 'controls-group' },
    h(doc, 'legend', {}, t(lang, 'then.display')),
  );
  const modeRadio = (overlay: boolean): HTMLElement => {
    const id = overlay ? 'then-mode-overlay' : 'then-mode-swipe';
    const input = h(doc, 'input', { type: 'radio', id, name: 'then-mode' });
    input.checked = (then.overlay !== null) === overlay;
    input.addEventListener('change', () => {
      if (input.checked) props.onOverlay(overlay ? DEFAULT_THEN_OPACITY : null);
    });
    return h(
      doc,
      'div',
      { class: 'control-row' },
      input,
      h(doc, 'label', { for: id }, t(lang, overlay ? 'then.overlay' : 'then.swipe')),
    );
  };
  mode.append(modeRadio(false), modeRadio(true));
  if (then.overlay !== null) {
    const slider = h(doc, 'input', {
      type: 'range',
      id: 'then-opacity',
      min: 10,
      max: 100,
      step: 10,
    });
    slider.value = String(then.overlay);
    slider.addEventListener('change', () => props.onOverlay(Number(slider.value)));
    mode.append(
      h(
        doc,
        'div',
        { class: 'control-row' },
        h(doc, 'label', { for: 'then-opacity' }, t(lang, 'then.opacity')),
        slider,
      ),
    );
  }

  const descriptions = layer.descriptions.map((d) =>
    h(
      doc,
      'p',
      { class: 'hint' },
      d.quoted ? `${t(lang, 'then.quoted')}: ` : '',
      // GSI's own wording stays in Japanese (it is quoted); our summaries follow the language.
      d.quoted && lang !== 'en' ? d.text.ja : pick(lang, d.text),
      lang === 'en' ? ' (' : '（',
      externalLink(doc, d.sourceUrl, t(lang, 'then.descriptionSource')),
      lang === 'en' ? ')' : '）',
    ),
  );
  const credits = h(
    doc,
    'button',
    { type: 'button', class: 'link-button', id: 'then-credits' },
    t(lang, 'then.credits'),
  );
  credits.addEventListener('click', props.onShowSource);
  append(box, [
    mode,
    ...descriptions,
    h(doc, 'p', { class: 'note then-coverage' }, pick(lang, layer.coverage)),
    layer.minzoom > MAP_MIN_ZOOM
      ? h(doc, 'p', { class: 'hint' }, t(lang, 'then.zoomNote', { zoom: layer.minzoom }))
      : null,
    layer.legendUrl
      ? h(doc, 'p', {}, externalLink(doc, layer.legendUrl, t(lang, 'then.legend')))
      : null,
    layer.datesUrl
      ? h(doc, 'p', { class: 'hint' }, externalLink(doc, layer.datesUrl, t(lang, 'then.dates')))
      : null,
    h(
      doc,
      'p',
      { class: 'hint then-credit' },
      externalLink(doc, THEN_CREDIT.url, THEN_CREDIT.text),
      ' ',
      credits,
    ),
  ]);
  return box;
}

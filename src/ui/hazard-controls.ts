// The hazard-map section: one switch per official layer, an opacity slider, the legend with plain
// readings, the scenario, the credit, and the standing note that no colour is not "safe".
import {
  DEPTH_LEGEND,
  OFFLINE_MESH_ID,
  type HazardKey,
  type HazardLayer,
} from '../config/hazard-layers';
import type { MeshMeta } from '../hazard/offline-mesh';
import { pick, t, type Lang } from '../i18n/i18n';
import { append, clear, h, swatchSvg } from '../lib/dom';

export type HazardStatus = 'checking' | 'ok' | 'unavailable';

export interface HazardControlsProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly layers: readonly HazardLayer[];
  readonly onToggle: (id: HazardKey, on: boolean) => void;
  readonly onOpacity: (id: HazardKey, opacity: number) => void;
  readonly onRetry: (id: HazardKey) => void;
}

/** The offline layer: not imported yet, imported (with its metadata), or present but unreadable. */
export type OfflineState =
  | { readonly kind: 'absent' | 'broken' | 'loading' }
  | { readonly kind: 'loaded'; readonly meta: MeshMeta };

interface LayerEntry {
  readonly id: HazardKey;
  readonly title: { ja: string; en: string };
  readonly scenario: { ja: string; en: string };
  readonly legend: HazardLayer['legend'];
  readonly note: HazardLayer['note'];
  readonly credit: string;
}

export function renderHazardControls(
  props: HazardControlsProps,
  lang: Lang,
  on: ReadonlyMap<HazardKey, number>,
  status: ReadonlyMap<HazardKey, HazardStatus>,
  offline: OfflineState,
): void {
  const { doc, container } = props;
  const focusedId = doc.activeElement?.id;
  clear(container);
  const list = h(doc, 'ul', { class: 'hazard-list' });
  const entries: LayerEntry[] = props.layers.map((l) => ({
    id: l.id,
    title: l.title,
    scenario: l.scenario,
    legend: l.legend,
    note: l.note,
    credit: t(lang, 'hazard.credit'),
  }));
  if (offline.kind === 'loaded') {
    entries.unshift({
      id: OFFLINE_MESH_ID,
      title: offline.meta.title,
      scenario: offline.meta.scenario,
      legend: DEPTH_LEGEND,
      // In the language shown (only its texts are loaded); pick() takes it whichever it is.
      note: { ja: t(lang, 'hazard.offlineNote'), en: t(lang, 'hazard.offlineNote') },
      credit: offline.meta.attribution,
    });
  } else {
    list.append(
      h(
        doc,
        'li',
        { class: 'offline-missing' },
        h(
          doc,
          'p',
          { class: 'hint' },
          t(lang, offline.kind === 'broken' ? 'hazard.offlineBroken' : 'hazard.offlineMissing'),
        ),
      ),
    );
  }
  for (const layer of entries) {
    const id = `hazard-${layer.id}`;
    const checkbox = h(doc, 'input', { type: 'checkbox', id });
    const opacity = on.get(layer.id);
    checkbox.checked = opacity !== undefined;
    checkbox.addEventListener('change', () => props.onToggle(layer.id, checkbox.checked));
    const li = h(
      doc,
      'li',
      {},
      h(
        doc,
        'div',
        { class: 'control-row' },
        checkbox,
        h(doc, 'label', { for: id }, pick(lang, layer.title)),
      ),
    );
    if (opacity !== undefined) {
      const sliderId = `${id}-opacity`;
      const slider = h(doc, 'input', { type: 'range', id: sliderId, min: 10, max: 100, step: 10 });
      slider.value = String(opacity);
      slider.addEventListener('change', () => props.onOpacity(layer.id, Number(slider.value)));
      const s = status.get(layer.id) ?? 'checking';
      let statusNote: HTMLElement | null = null;
      if (s === 'unavailable') {
        const retry = h(
          doc,
          'button',
          { type: 'button', class: 'link-button' },
          t(lang, 'basemap.retry'),
        );
        retry.addEventListener('click', () => props.onRetry(layer.id));
        statusNote = h(
          doc,
          'p',
          { class: 'note', role: 'status' },
          t(lang, 'hazard.unavailable'),
          ' ',
          retry,
        );
      } else if (s === 'checking') {
        statusNote = h(doc, 'p', { class: 'hint', role: 'status' }, t(lang, 'hazard.loading'));
      }
      const legend = layer.legend
        ? h(
            doc,
            'ul',
            {
              class: 'legend hazard-legend',
              'aria-label': t(lang, 'hazard.legend', { layer: pick(lang, layer.title) }),
            },
            ...layer.legend.map((c) =>
              h(
                doc,
                'li',
                {},
                swatchSvg(doc, `rgb(${c.rgb.join(',')})`),
                h(doc, 'span', {}, `${pick(lang, c.label)}: ${pick(lang, c.reading)}`),
              ),
            ),
          )
        : null;
      const details = h(doc, 'div', { class: 'hazard-details' });
      append(details, [
        statusNote,
        h(
          doc,
          'div',
          { class: 'control-row' },
          h(doc, 'label', { for: sliderId }, t(lang, 'hazard.opacity')),
          slider,
        ),
        legend,
        h(doc, 'p', { class: 'hint' }, pick(lang, layer.scenario)),
        layer.note ? h(doc, 'p', { class: 'hint' }, pick(lang, layer.note)) : null,
        h(doc, 'p', { class: 'hint' }, layer.credit),
      ]);
      li.append(details);
    }
    list.append(li);
  }
  container.append(
    h(doc, 'h2', { class: 'section-heading' }, t(lang, 'hazard.heading')),
    h(doc, 'p', { class: 'note standing-note' }, t(lang, 'hazard.blankNotSafe')),
    h(doc, 'p', { class: 'hint' }, t(lang, 'hazard.notLegal')),
    list,
  );
  if (focusedId) (doc.getElementById(focusedId) as HTMLElement | null)?.focus();
}

/** The "predicted here" part of the place panel. */
export function hazardSection(doc: Document, lang: Lang, lines: readonly string[]): HTMLElement {
  const section = h(doc, 'section', {
    class: 'hazard-here',
    'aria-labelledby': 'hazard-here-heading',
  });
  section.append(
    h(doc, 'h3', { id: 'hazard-here-heading' }, t(lang, 'hazard.hereHeading')),
    h(doc, 'ul', {}, ...lines.map((l) => h(doc, 'li', {}, l))),
    h(doc, 'p', { class: 'hint' }, t(lang, 'hazard.blankNotSafe')),
  );
  return section;
}

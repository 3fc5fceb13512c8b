// Layer switches and background-map choice: real form controls with labels, each with the same
// symbol the map draws, so the legend and the switches are one thing.
import { t, type Lang } from '../i18n/i18n';
import { shapeSvgPath } from '../theme/symbols';
import { TOGGLE_LAYERS, type ToggleLayerId } from '../data/places';
import type { BasemapChoice } from '../app/app-state';
import type { SymbolStyle, Theme } from '../theme/theme';
import { clear, h, svgSymbol } from '../lib/dom';

export interface LayerControlsProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly theme: Theme;
  readonly onLayer: (layer: ToggleLayerId, on: boolean) => void;
  readonly onBasemap: (basemap: BasemapChoice) => void;
}

export interface LayerControlsState {
  readonly lang: Lang;
  readonly layers: ReadonlySet<ToggleLayerId>;
  readonly basemap: BasemapChoice;
}

const BASEMAP_CHOICES: readonly BasemapChoice[] = ['pale', 'std', 'photo', 'none'];

function symbolFor(theme: Theme, layer: ToggleLayerId): SymbolStyle | 'chome' | 'records' {
  switch (layer) {
    case 'records':
      return 'records';
    case 'chome':
      return 'chome';
    case 'stations':
      return theme.station;
    case 'evacSites':
      return theme.evacSite;
    case 'shelters':
      return theme.shelter;
    case 'wideArea':
      return theme.wideArea;
    case 'assembly':
      return theme.assembly;
  }
}

export function renderLayerControls(props: LayerControlsProps, state: LayerControlsState): void {
  const { doc, container, theme } = props;
  const { lang } = state;
  // Keep keyboard focus on the same control across re-renders.
  const focusedId = doc.activeElement?.id;
  clear(container);

  const layerSet = h(
    doc,
    'fieldset',
    { class: 'controls-group' },
    h(doc, 'legend', {}, t(lang, 'layers.heading')),
  );
  for (const layer of TOGGLE_LAYERS) {
    const id = `layer-${layer}`;
    const input = h(doc, 'input', { type: 'checkbox', id, name: 'layers', value: layer });
    input.checked = state.layers.has(layer);
    input.addEventListener('change', () => props.onLayer(layer, input.checked));
    const sym = symbolFor(theme, layer);
    const icon =
      sym === 'records'
        ? svgSymbol(doc, 'M2 2 H16 V16 H2 Z', theme.damageRamp[5] ?? '#3182bd', 18, theme.chomeLine)
        : sym === 'chome'
          ? svgSymbol(doc, 'M2 2 H16 V16 H2 Z', 'none', 18, theme.chomeLine)
          : svgSymbol(
              doc,
              shapeSvgPath(sym.shape, 18),
              sym.shape === 'circle' ? '#ffffff' : sym.color,
              18,
              sym.color === '#222222' ? sym.color : '#1f2933',
            );
    layerSet.appendChild(
      h(
        doc,
        'div',
        { class: 'control-row' },
        input,
        h(doc, 'label', { for: id }, icon, t(lang, `layers.${layer}`)),
      ),
    );
  }
  layerSet.appendChild(h(doc, 'p', { class: 'hint' }, t(lang, 'layers.legendNote')));

  const baseSet = h(
    doc,
    'fieldset',
    { class: 'controls-group' },
    h(doc, 'legend', {}, t(lang, 'basemap.heading')),
  );
  for (const choice of BASEMAP_CHOICES) {
    const id = `basemap-${choice}`;
    const input = h(doc, 'input', { type: 'radio', id, name: 'basemap', value: choice });
    input.checked = state.basemap === choice;
    input.addEventListener('change', () => {
      if (input.checked) props.onBasemap(choice);
    });
    baseSet.appendChild(
      h(
        doc,
        'div',
        { class: 'control-row' },
        input,
        h(doc, 'label', { for: id }, t(lang, `basemap.${choice}`)),
      ),
    );
  }
  container.append(layerSet, baseSet);
  if (focusedId) (doc.getElementById(focusedId) as HTMLElement | null)?.focus();
}

// Hands a choropleth to MapLibre with the least work: colour levels as feature state, and only for
// the chome whose level changed; labels (a layout property, so global state, which re-tiles the
// source) only when they changed and only at zooms where the label layer is drawn.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ChoroplethState } from './choropleth';
import { LABEL_MINZOOM, LEVEL_STATE, RECORD_LABELS } from './style';

type MapLike = Pick<
  MapLibreMap,
  'setFeatureState' | 'removeFeatureState' | 'setGlobalStateProperty' | 'getZoom'
>;

export class ChoroplethApplier {
  private levels: Readonly<Record<string, number>> = {};
  private labelsShown: Readonly<Record<string, string>> | null = null;
  private labelsWanted: Readonly<Record<string, string>> = {};

  constructor(
    private readonly map: MapLike,
    private readonly source: string,
  ) {}

  apply(state: ChoroplethState): void {
    for (const code of Object.keys(this.levels)) {
      if (!(code in state.levels))
        this.map.removeFeatureState({ source: this.source, id: code }, LEVEL_STATE);
    }
    for (const [code, level] of Object.entries(state.levels)) {
      if (this.levels[code] !== level)
        this.map.setFeatureState({ source: this.source, id: code }, { [LEVEL_STATE]: level });
    }
    this.levels = state.levels;
    this.labelsWanted = state.labels;
    this.flushLabels();
  }

  /** Call after zooming: labels held back while they were not drawn are handed over now. */
  flushLabels(): void {
    if (this.map.getZoom() < LABEL_MINZOOM || this.labelsShown === this.labelsWanted) return;
    if (this.labelsShown && sameLabels(this.labelsShown, this.labelsWanted)) {
      this.labelsShown = this.labelsWanted;
      return;
    }
    this.map.setGlobalStateProperty(RECORD_LABELS, this.labelsWanted);
    this.labelsShown = this.labelsWanted;
  }
}

function sameLabels(
  a: Readonly<Record<string, string>>,
  b: Readonly<Record<string, string>>,
): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => a[k] === b[k]);
}

/** Sets a boolean feature state on a set of chome, clearing it on those no longer in the set. */
export class FlagApplier {
  private on = new Set<string>();

  constructor(
    private readonly map: Pick<MapLibreMap, 'setFeatureState'>,
    private readonly source: string,
    private readonly key: string,
  ) {}

  apply(codes: readonly string[]): void {
    const next = new Set(codes);
    for (const code of this.on) {
      if (!next.has(code))
        this.map.setFeatureState({ source: this.source, id: code }, { [this.key]: false });
    }
    for (const code of next) {
      if (!this.on.has(code))
        this.map.setFeatureState({ source: this.source, id: code }, { [this.key]: true });
    }
    this.on = next;
  }
}

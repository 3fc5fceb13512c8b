// Recorded damage per chome → colour level and label, in the form the map adapter hands to
// MapLibre (feature state for levels, one object for labels). Pure.
import { classLevel, countLevel } from '../data/damage-levels';

export interface ChoroplethState {
  readonly levels: Readonly<Record<string, number>>;
  readonly labels: Readonly<Record<string, string>>;
}

export function choroplethState(
  kind: 'counts' | 'classes',
  values: ReadonlyMap<string, { value: number; label: string }>,
): ChoroplethState {
  const levels: Record<string, number> = {};
  const labels: Record<string, string> = {};
  for (const [code, v] of values) {
    levels[code] = kind === 'classes' ? classLevel(v.value) : countLevel(v.value);
    labels[code] = v.label;
  }
  return { levels, labels };
}

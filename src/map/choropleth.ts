// Recorded damage per chome → colour level and label. Pure: the map adapter hands the result to
// MapLibre as global state, so a new selection repaints without rebuilding any source.
import type { Lang } from '../i18n/i18n';

/** Upper bounds (inclusive) of count levels 1..5; above the last is level 6. 0 has its own level. */
export const COUNT_BREAKS: readonly number[] = [24, 49, 99, 149, 199];

export function countLevel(value: number): number {
  if (value <= 0) return 0;
  const i = COUNT_BREAKS.findIndex((b) => value <= b);
  return i === -1 ? COUNT_BREAKS.length + 1 : i + 1;
}

/** Class ordinals (0 = "0件" … 6) map one to one onto the seven colour levels. */
export function classLevel(ordinal: number): number {
  return Math.max(0, Math.min(6, Math.round(ordinal)));
}

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

/** Legend rows for counts, e.g. "1–24棟", "200棟以上"; `unit` formats a number with its unit. */
export function countLegend(lang: Lang, unit: (n: number) => string): string[] {
  const rows = [unit(0)];
  let from = 1;
  for (const b of COUNT_BREAKS) {
    rows.push(`${from}–${unit(b)}`);
    from = b + 1;
  }
  rows.push(lang === 'en' ? `${unit(from)} or more` : `${unit(from)}以上`);
  return rows;
}

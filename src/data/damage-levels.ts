// Recorded damage → one of seven colour levels, and the legend rows that name them. Shared by the
// map (which colours chome by level) and the legend (which explains the levels).
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

// The chosen period in words, the same everywhere it is shown (timeline, legend, list).
import type { RangeMode, TimeRange } from '../data/time-range';
import { t, type Lang } from './i18n';

export function periodText(lang: Lang, range: TimeRange | null, mode: RangeMode): string {
  if (!range) return t(lang, 'timeline.rangeAll');
  // Years are names, not quantities: no digit grouping ("1989", never "1,989").
  if (mode === 'cumulative') return t(lang, 'timeline.rangeCumulative', { to: String(range.to) });
  return t(lang, 'timeline.rangeFromTo', { from: String(range.from), to: String(range.to) });
}

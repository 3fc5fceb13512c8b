// What the records legend says for a state (pure): period, how many chome have figures, the
// ward-wide total, the sources, and records against Tokyo's prediction in words.
import { t } from '../i18n/i18n';
import { periodText } from '../i18n/period';
import { recordInRange } from '../data/time-range';
import type { CoreState } from '../state/core-state';
import { comparisonNow, currentRange, damageNow, wardTotalNow } from '../state/derived';
import { formatCount } from '../i18n/format-count';
import type { RecordsLegendState } from './records-legend';

function comparisonText(s: CoreState): string {
  const c = comparisonNow(s);
  if (!c) return t(s.lang, 'compare.needsMesh');
  const n = c.inside.length + c.outside.length + c.unknown.length;
  const text = t(s.lang, 'compare.summary', { n, outside: c.outside.length });
  return c.unknown.length > 0
    ? `${text} ${t(s.lang, 'compare.unknown', { n: c.unknown.length })}`
    : text;
}

export function legendView(s: CoreState): RecordsLegendState {
  const range = currentRange(s);
  const ward = wardTotalNow(s);
  const inRange = (s.data?.history?.records ?? []).filter(
    (r) => recordInRange(r, range) && (r.damageClass !== null) === (s.measure === 'classes'),
  );
  return {
    lang: s.lang,
    loading: s.data === null,
    measure: s.measure,
    rangeLabel: periodText(s.lang, s.range, s.rangeMode),
    chomeCount: damageNow(s).size,
    wardTotal: ward ? formatCount(ward.value, ward.unit, s.lang) : null,
    unit: inRange[0]?.unit ?? '棟',
    sources: [...new Set(inRange.map((r) => r.sourceTitle))],
    comparison: comparisonText(s),
  };
}

// Words for flood figures, dates, causes and sources, in every language. Pure.
import type { Figure } from '../data/figure';
import type {
  CauseCategory,
  Depth,
  FactKind,
  FiguresScope,
  FloodEvent,
  Localized,
  PartialDate,
  SourceClass,
} from '../data/flood-model';
import { headlineOf } from '../data/flood-model';
import { formatJapaneseDate } from '../data/wareki';
import { formatCount } from './format-count';
import { joinList, t, type Lang } from './i18n';

export { formatCount };

const EN_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** A date exactly as precise as the source: 1742年 / 1989年8月 / 1999年8月29日（平成11年）. */
export function formatPartialDate(d: PartialDate, lang: Lang, withEra = true): string {
  const [y, m, day] = d.iso.split('-').map(Number) as [number, number?, number?];
  if (lang === 'en') {
    if (d.precision === 'year') return String(y);
    const month = EN_MONTHS[(m ?? 1) - 1] ?? '';
    return d.precision === 'month' ? `${month} ${y}` : `${day} ${month} ${y}`;
  }
  const western =
    d.precision === 'year'
      ? `${y}年`
      : d.precision === 'month'
        ? `${y}年${m}月`
        : `${y}年${m}月${day}日`;
  if (!withEra || y < 1873) return western;
  // The era of the exact date (1989-01-05 is still 昭和64年), shown as era + year only.
  const wareki = formatJapaneseDate(d.iso, d.precision);
  const eraYear = /^\D+?(?:元|\d+)年/.exec(wareki)?.[0] ?? wareki;
  return `${western}（${eraYear}）`;
}

export function formatRange(start: PartialDate, end: PartialDate | null, lang: Lang): string {
  if (!end || end.iso === start.iso) return formatPartialDate(start, lang);
  return `${formatPartialDate(start, lang, false)} – ${formatPartialDate(end, lang, false)}`;
}

/** "1,614棟" / "940戸?" / "not given". */
export function formatFigure(f: Figure, unit: string, lang: Lang): string {
  if (f.kind === 'number') return `${formatCount(f.value, unit, lang)}${f.uncertain ? '?' : ''}`;
  if (f.kind === 'notGiven') return t(lang, 'damage.notGiven');
  return t(lang, 'records.noRecord');
}

/** The damage of an event in one line, never turning an unknown into a zero. */
export function formatEventDamage(e: FloodEvent, lang: Lang): string {
  const { aboveFloor: above, belowFloor: below, total } = e;
  const uncertain =
    (above.kind === 'number' && above.uncertain) ||
    (below.kind === 'number' && below.uncertain) ||
    (total.kind === 'number' && total.uncertain);
  const parts: string[] = [];
  if (above.kind === 'number' || below.kind === 'number') {
    parts.push(
      t(lang, 'damage.aboveBelow', {
        above: formatFigure(above, e.unit, lang),
        below: formatFigure(below, e.unit, lang),
      }),
    );
  }
  if (total.kind === 'number')
    parts.push(t(lang, 'damage.total', { total: formatFigure(total, e.unit, lang) }));
  if (parts.length === 0) return t(lang, 'damage.notGiven');
  return (
    parts.join(lang === 'en' ? '; ' : '、') + (uncertain ? ` ${t(lang, 'damage.uncertain')}` : '')
  );
}

export function causeLabel(c: CauseCategory, lang: Lang): string {
  return t(lang, `cause.${c}`);
}

export function causesText(e: FloodEvent, lang: Lang): string {
  return e.causes.length > 0
    ? joinList(
        lang,
        e.causes.map((c) => causeLabel(c, lang)),
      )
    : '';
}

export function sourceClassLabel(c: SourceClass, lang: Lang): string {
  return t(lang, `source.${c}`);
}

export function eventName(e: FloodEvent, lang: Lang): string {
  return lang === 'en' ? e.name.en : e.name.ja;
}

/**
 * A data text in the user's language. やさしい日本語 shows the easy text where one was written and
 * otherwise the Japanese: never the English, which an easy-Japanese reader may not read.
 */
export function localText(text: Localized, lang: Lang): string {
  if (lang === 'en') return text.en;
  if (lang === 'ja-easy') return text.easy ?? text.ja;
  return text.ja;
}

/** The record's headline: its name, or in やさしい日本語 the one-sentence headline when written. */
export function eventHeadline(e: FloodEvent, lang: Lang): string {
  return localText(headlineOf(e), lang);
}

export function scopeLabel(scope: FiguresScope, lang: Lang): string {
  return t(lang, `scope.${scope}`);
}

export function factKindLabel(kind: FactKind, lang: Lang): string {
  return t(lang, `fact.${kind}`);
}

/** Metres as people read them: 1.8 (a converted 六尺 is 1.818…), but 0.83 for a depth under a metre. */
const metres = (m: number, lang: Lang): string =>
  new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'ja-JP', {
    maximumFractionDigits: m >= 1 ? 1 : 2,
  }).format(m);

/** A depth as words: "浸水の深さ 約 1.82 m（資料の書き方：浸水深は六尺）"; a range stays a range. */
export function formatDepth(d: Depth, lang: Lang, withAsWritten = true): string {
  const value =
    d.maxM === null
      ? t(lang, 'depth.moreThan', { m: metres(d.minM, lang) })
      : d.maxM === d.minM
        ? t(lang, 'depth.single', { m: metres(d.minM, lang) })
        : t(lang, 'depth.range', { min: metres(d.minM, lang), max: metres(d.maxM, lang) });
  const measured = t(lang, `depth.ref.${d.reference}`, { depth: value });
  return withAsWritten && d.asWritten !== ''
    ? t(lang, 'depth.asWritten', { depth: measured, asWritten: d.asWritten })
    : measured;
}

/** Accessible one-line name of an event: "1999年8月29日 平成11年8月29日 集中豪雨 床上1,614棟 床下1,137棟". */
export function eventSummary(e: FloodEvent, lang: Lang): string {
  return `${formatRange(e.start, e.end, lang)} ${eventName(e, lang)} — ${formatEventDamage(e, lang)}`;
}

// "What happened here?" for a chome, as plain sentences (pure; rendered by history-panel.ts).
import type { ChomeHistory } from '../data/flood-history';
import type { ChomeRecord, FloodEvent, PartialDate } from '../data/flood-model';
import { t, type Lang } from '../i18n/i18n';
import {
  eventSummary,
  formatFigure,
  formatPartialDate,
  localText,
  sourceClassLabel,
} from '../i18n/format-flood';

export interface RecordLine {
  readonly text: string;
  readonly source: string;
  /** Nested under the previous line ("of which …"). */
  readonly partOf: boolean;
  /** How a derived figure was computed, in words (null for transcribed figures). */
  readonly method: string | null;
}

export interface EventLine {
  readonly id: string;
  readonly text: string;
  readonly source: string;
  readonly note: string | null;
}

export interface HistoryDescription {
  readonly records: readonly RecordLine[];
  readonly noRecords: string | null;
  readonly events: readonly EventLine[];
  readonly nearby: readonly EventLine[];
  readonly related: readonly EventLine[];
}

function split(r: ChomeRecord, lang: Lang): string {
  return t(lang, 'damage.aboveBelow', {
    above: formatFigure(r.aboveFloor, r.unit, lang),
    below: formatFigure(r.belowFloor, r.unit, lang),
  });
}

/** The period of a record as the source writes it (Japanese) or as dates (English). */
export function recordPeriod(r: ChomeRecord, lang: Lang): string {
  if (lang !== 'en') return r.periodAsWritten;
  const day = (iso: string): PartialDate => ({ iso, precision: 'day' });
  if (r.start === r.end) return formatPartialDate(day(r.start), lang);
  const month = (iso: string): PartialDate => ({ iso: iso.slice(0, 7), precision: 'month' });
  return `${formatPartialDate(month(r.start), lang)} – ${formatPartialDate(month(r.end), lang)}`;
}

function recordLine(r: ChomeRecord, lang: Lang, parent: ChomeRecord | null): RecordLine {
  const source = t(lang, 'history.sourceLine', {
    source: lang === 'en' && r.sourceTitleEn ? r.sourceTitleEn : r.sourceTitle,
    kind: sourceClassLabel(r.sourceClass, lang),
  });
  const method = r.method ? t(lang, 'history.method', { method: localText(r.method, lang) }) : null;
  const period = recordPeriod(r, lang);
  if (r.damageClass) {
    const key = r.confidence === 'uncertain' ? 'history.classUncertain' : 'history.class';
    return {
      text: t(lang, key, { period, label: r.damageClass.label }),
      source,
      partOf: false,
      method,
    };
  }
  const total =
    r.total.kind === 'number' && r.total.value === 0
      ? t(lang, 'damage.recordedZero')
      : formatFigure(r.total, r.unit, lang);
  const hasSplit = r.aboveFloor.kind === 'number' && r.belowFloor.kind === 'number';
  if (parent) {
    // A single storm's part of a period total: unknown stays unknown, a sum without split stays a sum.
    const key =
      r.total.kind !== 'number'
        ? 'history.ofWhichUnknown'
        : hasSplit
          ? 'history.ofWhich'
          : 'history.ofWhichNoSplit';
    return {
      text: t(lang, key, { period, total, split: split(r, lang) }),
      source,
      partOf: true,
      method,
    };
  }
  const onlyParts =
    r.total.kind !== 'number' && (r.aboveFloor.kind === 'number' || r.belowFloor.kind === 'number');
  const key = onlyParts
    ? 'history.partial'
    : hasSplit && !(r.total.kind === 'number' && r.total.value === 0)
      ? 'history.flooded'
      : 'history.floodedNoSplit';
  return {
    text: t(lang, key, { period, total, split: split(r, lang) }),
    source,
    partOf: false,
    method,
  };
}

function eventLine(e: FloodEvent, lang: Lang, note: string | null = null): EventLine {
  return {
    id: e.id,
    text: eventSummary(e, lang),
    source: `${e.source.title}（${sourceClassLabel(e.source.sourceClass, lang)}）`,
    note,
  };
}

export function describeHistory(h: ChomeHistory, lang: Lang): HistoryDescription {
  // A single-event record inside a period total of the same chome is shown as "of which".
  const periods = h.records.filter((r) => r.eventId === null);
  const records = h.records.map((r) => {
    const parent =
      r.eventId !== null && !r.damageClass
        ? (periods.find((p) => p.start <= r.start && r.end <= p.end) ?? null)
        : null;
    return recordLine(r, lang, parent);
  });
  return {
    records,
    noRecords: h.records.length === 0 ? t(lang, 'history.noRecords') : null,
    events: h.events.map(({ event, byTown }) =>
      eventLine(event, lang, byTown ? t(lang, 'history.byTown') : null),
    ),
    nearby: h.nearby.map((e) => eventLine(e, lang)),
    related: h.related.map((e) => eventLine(e, lang)),
  };
}

// The detail view of one flood record, as labelled rows of text in the chosen language (pure;
// rendered by event-panel.ts). Data texts come from the record's per-language columns: Japanese
// mode shows no English sentence from the data, やさしい日本語 falls back to Japanese. Quotes stay as
// written; English mode adds our translation beside them. Basin figures are listed apart from the
// ward's, and depths are given as text.
import type { Depth } from '../data/flood-model';
import {
  placesOf,
  riversOf,
  type BasinRecord,
  type EventFact,
  type FloodEvent,
  type SourceRef,
} from '../data/flood-model';
import type { Location } from '../data/locate';
import { formatNumber, joinList, pick, t, type Lang, type MessageKey } from '../i18n/i18n';
import {
  causesText,
  eventHeadline,
  eventName,
  factKindLabel,
  formatDepth,
  formatEventDamage,
  formatFigure,
  formatRange,
  localText,
  scopeLabel,
  sourceClassLabel,
} from '../i18n/format-flood';

export interface SourceLine {
  /** The title as cited (a name, shown as written). */
  readonly title: string;
  /** Our English rendering of the title, in English mode only ('' otherwise). */
  readonly titleTranslation: string;
  readonly classLabel: string;
  readonly urls: readonly string[];
  /** Verbatim (Japanese). */
  readonly quote: string;
  /** Our translation of the quote, in English mode only ('' otherwise). */
  readonly quoteTranslation: string;
}

export interface FactLine {
  readonly kind: string;
  /** Whose figures, said in words ("東京都全体の数（区の数ではない）"). */
  readonly scope: string;
  readonly text: string;
  readonly where: string;
  readonly note: string;
  readonly source: SourceLine;
}

export interface DepthLine {
  /** The depth in words, with the source's own wording: the text alternative of a drawing. */
  readonly text: string;
  /** The depth itself, to draw against a person and a house. */
  readonly depth: Depth;
  readonly minM: number;
  /** null = "more than minM", no upper bound given. */
  readonly maxM: number | null;
  readonly where: string;
  readonly note: string;
  readonly source: SourceLine;
}

export interface EventDescription {
  readonly kindLabel: string;
  readonly title: string;
  /** A one-sentence headline (やさしい日本語 only; '' otherwise). */
  readonly headline: string;
  readonly rows: readonly (readonly [label: string, value: string])[];
  readonly quote: string;
  readonly quoteTranslation: string;
  readonly urls: readonly string[];
  readonly sourceTitle: string;
  readonly sourceTitleTranslation: string;
  readonly sourceClass: string;
  readonly uncertainty: string;
  readonly gazetteerNotes: readonly string[];
  readonly placed: boolean;
  /** Heading and lines for basin figures: shown beside the ward's, never summed with them. */
  readonly basinHeading: string;
  readonly basin: readonly string[];
  readonly depths: readonly DepthLine[];
  readonly facts: readonly FactLine[];
  /** Language of the data texts shown (for `lang` attributes); quotes are always Japanese. */
  readonly textLang: 'ja' | 'en';
}

/** What else the history holds about this record (factsOf / basinFor in flood-history.ts). */
export interface EventExtras {
  readonly facts?: readonly EventFact[];
  readonly basin?: readonly BasinRecord[];
}

function sourceLine(s: SourceRef, lang: Lang): SourceLine {
  return {
    title: s.title,
    titleTranslation: lang === 'en' ? s.titleEn : '',
    classLabel: sourceClassLabel(s.sourceClass, lang),
    urls: s.urls,
    quote: s.quote,
    quoteTranslation: lang === 'en' ? s.quoteEn : '',
  };
}

function basinLine(b: BasinRecord, lang: Lang): string {
  const damage = `${t(lang, 'damage.aboveBelow', {
    above: formatFigure(b.aboveFloor, b.unit, lang),
    below: formatFigure(b.belowFloor, b.unit, lang),
  })}${lang === 'en' ? '; ' : '、'}${t(lang, 'damage.total', { total: formatFigure(b.total, b.unit, lang) })}`;
  return t(lang, 'event.basinLine', {
    basin: localText(b.basin, lang),
    damage,
    name: localText(b.name, lang),
    source: lang === 'en' && b.source.titleEn ? b.source.titleEn : b.source.title,
    kind: sourceClassLabel(b.source.sourceClass, lang),
  });
}

export function describeEvent(
  e: FloodEvent,
  loc: Location | undefined,
  chomeName: (code: string) => string,
  lang: Lang,
  extras: EventExtras = {},
): EventDescription {
  const rows: [string, string][] = [];
  const add = (key: MessageKey, value: string): void => {
    if (value.trim() !== '') rows.push([t(lang, key), value]);
  };
  add('event.date', formatRange(e.start, e.end, lang));
  add('event.dateAsWritten', e.dateAsWritten);
  add('event.cause', causesText(e, lang));
  add('event.causeText', localText(e.text.cause, lang));
  add('event.rivers', localText(riversOf(e), lang));
  const rain = [
    e.rainMaxHourlyMm !== null
      ? t(lang, 'event.rainHourly', { mm: formatNumber(lang, e.rainMaxHourlyMm) })
      : '',
    e.rainTotalMm !== null
      ? t(lang, 'event.rainTotal', { mm: formatNumber(lang, e.rainTotalMm) })
      : '',
  ].filter(Boolean);
  add('event.rain', joinList(lang, rain));
  add('event.rainNotes', localText(e.text.rainNotes, lang));
  if (e.recordType === 'event' || e.recordType === 'related_event') {
    const damage =
      lang === 'ja-easy' && e.text.damageEasy !== ''
        ? e.text.damageEasy
        : formatEventDamage(e, lang);
    const hasFigures =
      e.total.kind === 'number' || e.aboveFloor.kind === 'number' || e.belowFloor.kind === 'number';
    const scope =
      hasFigures && e.figuresScope !== 'none'
        ? ` ${t(lang, 'event.figuresScope', { scope: scopeLabel(e.figuresScope, lang) })}`
        : '';
    add('event.damage', `${damage}${scope}`);
  }
  add('event.damageAsWritten', localText(e.text.countNote, lang));
  add('event.otherDamage', localText(e.text.otherDamage, lang));
  add('event.places', localText(placesOf(e), lang));
  const placed = loc ? [...loc.chome, ...loc.townChome].map(chomeName) : [];
  const onMap = [
    ...placed,
    ...(loc?.stations ?? []).map((s) => (lang === 'en' ? `${s} Sta.` : `${s}駅`)),
  ];
  add('event.onMap', onMap.length > 0 ? joinList(lang, onMap) : t(lang, 'event.notPlaced'));
  add('event.towns', joinList(lang, loc?.towns ?? []));
  if (loc && loc.unplaced.length > 0) {
    const why = new Map(loc.unplacedGazetteer.map((g) => [g.name, pick(lang, g.note)]));
    const names = loc.unplaced.map((n) => (why.has(n) ? `${n}（${why.get(n)}）` : n));
    rows.push(['', t(lang, 'event.unplaced', { names: joinList(lang, names) })]);
  }
  if (loc?.reason)
    rows.push(['', t(lang, 'event.unplacedReason', { reason: localText(loc.reason, lang) })]);
  add('event.scope', localText(e.text.scope, lang));

  const facts = extras.facts ?? [];
  return {
    kindLabel: t(lang, `type.${e.recordType}`),
    title: eventName(e, lang),
    headline: lang === 'ja-easy' && e.text.headlineEasy !== '' ? eventHeadline(e, lang) : '',
    rows,
    quote: e.source.quote,
    quoteTranslation: lang === 'en' ? e.source.quoteEn : '',
    urls: e.source.urls,
    sourceTitle: e.source.title,
    sourceTitleTranslation: lang === 'en' ? e.source.titleEn : '',
    sourceClass: sourceClassLabel(e.source.sourceClass, lang),
    uncertainty: localText(e.text.uncertainty, lang),
    gazetteerNotes: (loc?.gazetteer ?? []).map((g) =>
      t(lang, 'event.gazetteer', {
        name: g.name,
        source: `${g.sourceTitle}（${pick(lang, g.note)}）`,
      }),
    ),
    placed: onMap.length > 0,
    basinHeading:
      (extras.basin ?? []).length > 0
        ? t(lang, 'event.basinHeading', { basin: localText((extras.basin ?? [])[0]!.basin, lang) })
        : '',
    basin: (extras.basin ?? []).map((b) => basinLine(b, lang)),
    depths: facts.flatMap((f) =>
      f.depth
        ? [
            {
              text: formatDepth(f.depth, lang),
              depth: f.depth,
              minM: f.depth.minM,
              maxM: f.depth.maxM,
              where: localText(f.where, lang),
              note: localText(f.depth.note, lang),
              source: sourceLine(f.source, lang),
            },
          ]
        : [],
    ),
    facts: facts
      .filter((f) => f.depth === null)
      .map((f) => ({
        kind: factKindLabel(f.kind, lang),
        scope: scopeLabel(f.scope, lang),
        text: localText(f.text, lang),
        where: localText(f.where, lang),
        note: localText(f.note, lang),
        source: sourceLine(f.source, lang),
      })),
    textLang: lang === 'en' ? 'en' : 'ja',
  };
}

// "What happened here?" in plain words (pure): a short summary first — how many floods here and
// nearby and since when, the worst with its number and source kind, what the hazard map predicts
// here, the nearest evacuation site — then the records themselves. Unknown is said as unknown.
import type { Depth, EventFact, FloodEvent } from '../data/flood-model';
import {
  firstYear,
  WALK_M,
  worstHere,
  type AnswerDepth,
  type AnswerEvent,
  type PlaceAnswer,
} from '../data/place-answer';
import { formatNumber, joinList, t, tRuby, type Lang } from '../i18n/i18n';
import type { ChomeHistory } from '../data/flood-history';
import { describeHistory, type EventLine, type HistoryDescription } from './describe-history';
import type { PredictionDescription } from './describe-prediction';
import {
  eventHeadline,
  formatDepth,
  formatFigure,
  formatPartialDate,
  localText,
  scopeLabel,
  sourceClassLabel,
} from '../i18n/format-flood';

export interface AnswerDescription {
  readonly title: string;
  /** What the answer covers, when it is more than one chome (a town, a station's surroundings). */
  readonly area: string | null;
  /**
   * The summary, one sentence each, in reading order, with the messages' furigana markup
   * (ui/ruby-text.ts draws it; i18n/ruby.ts plainText gives the plain sentence).
   */
  readonly summary: readonly string[];
  readonly history: HistoryDescription;
  /**
   * The first depth recorded within the answer's range, to draw against a person and a house.
   * A depth recorded elsewhere is never drawn here: a reader takes the drawing as their own.
   */
  readonly depth: { readonly depth: Depth; readonly caption: string } | null;
  /** Depths of the same records not drawn, one sentence each: how far away, or that where is unknown. */
  readonly depthsElsewhere: readonly string[];
  /** The nearest evacuation site, to select it from the summary. */
  readonly shelterId: string | null;
  /** What the hazard map portal predicts at the answer's point (null: not asked, as in tests). */
  readonly prediction: PredictionDescription | null;
}

/** Distances as people say them: "約 350 m", rounded to 50 m. */
export function distanceText(m: number, lang: Lang): string {
  return t(lang, 'answer.distance', {
    m: formatNumber(lang, Math.max(50, Math.round(m / 50) * 50)),
  });
}

function placeName(a: PlaceAnswer, lang: Lang): string {
  switch (a.place.kind) {
    case 'station':
      return t(lang, 'answer.place.station', { name: a.place.name });
    case 'point':
      return a.place.name || t(lang, 'answer.place.point');
    default:
      return a.place.name;
  }
}

function areaText(a: PlaceAnswer, lang: Lang, chomeName: (code: string) => string): string | null {
  const names = joinList(lang, a.place.codes.map(chomeName));
  if (a.place.kind === 'town') {
    return t(lang, 'answer.area.town', {
      town: a.place.name,
      n: a.place.codes.length,
      chome: names,
    });
  }
  if (a.place.kind === 'station') {
    return a.place.codes.length > 0
      ? t(lang, 'answer.area.station', { station: a.place.name, chome: names })
      : t(lang, 'answer.area.stationNone', { station: a.place.name });
  }
  return null;
}

function worstText(a: PlaceAnswer, lang: Lang): string | null {
  const worst = worstHere(a);
  if (!worst) return null;
  const { event } = worst.entry;
  const date = formatPartialDate(event.start, lang);
  const name = eventHeadline(event, lang);
  if (worst.local && worst.entry.here) {
    const { figure, unit, record } = worst.entry.here;
    return tRuby(lang, 'answer.worstHere', {
      date,
      name,
      figure: formatFigure(figure, unit, lang),
      kind: sourceClassLabel(record.sourceClass, lang),
    });
  }
  return tRuby(lang, 'answer.worstScope', {
    date,
    name,
    figure: formatFigure(event.total, event.unit, lang),
    scope: scopeLabel(event.figuresScope, lang),
    kind: sourceClassLabel(event.source.sourceClass, lang),
  });
}

function depthCaption(event: FloodEvent, fact: EventFact, lang: Lang): string {
  const where = localText(fact.where, lang);
  return t(lang, 'answer.depthCaption', {
    date: formatPartialDate(event.start, lang),
    where: where || eventHeadline(event, lang),
    source: fact.source.title,
    kind: sourceClassLabel(fact.source.sourceClass, lang),
  });
}

/** A far place as people say it: "約 2.5 km", rounded to 0.1 km (always beyond WALK_M). */
export function distanceKmText(m: number, lang: Lang): string {
  return t(lang, 'answer.distanceKm', { km: formatNumber(lang, Math.round(m / 100) / 10) });
}

/** Why a depth of a record here or nearby is not drawn, in words (null: it is drawn). */
function depthElsewhere({ event, fact, depth, where }: AnswerDepth, lang: Lang): string | null {
  const params = {
    date: formatPartialDate(event.start, lang),
    depth: formatDepth(depth, lang, false),
  };
  switch (where.kind) {
    case 'inRange':
      return null;
    case 'far':
      return t(lang, 'answer.depthFar', {
        ...params,
        distance: distanceKmText(where.distanceM, lang),
        near: where.near,
      });
    case 'unlocated':
      return t(lang, 'answer.depthUnlocated', {
        ...params,
        where: localText(fact.where, lang) || eventHeadline(event, lang),
      });
  }
}

/** A place's answer as the history lines describe it: its records, events here, nearby, related. */
export function answerHistory(a: PlaceAnswer): ChomeHistory {
  return {
    code: a.place.codes[0] ?? '',
    records: a.records,
    events: a.here.map(({ event, tie }) => ({ event, byTown: tie === 'town' })),
    nearby: a.nearby.map(({ event }) => event),
    related: a.related,
  };
}

/**
 * @param hazardLines what the switched-on hazard layers other than the predicted ones show at the
 *   point, in words (empty: none such switched on).
 * @param prediction what the predicted layers show at the point (describe-prediction.ts).
 */
export function describeAnswer(
  a: PlaceAnswer,
  lang: Lang,
  chomeName: (code: string) => string,
  hazardLines: readonly string[],
  prediction: PredictionDescription | null = null,
): AnswerDescription {
  const place = placeName(a, lang);
  const n = a.here.length + a.nearby.length;
  const since = firstYear(a);
  const summary: string[] = [];
  summary.push(
    n === 0 || since === null
      ? tRuby(lang, 'answer.none', { place, m: formatNumber(lang, WALK_M) })
      : tRuby(lang, 'answer.count', {
          place,
          since: String(since),
          n,
          here: a.here.length,
          near: a.nearby.length,
          m: formatNumber(lang, WALK_M),
        }),
  );
  const worst = worstText(a, lang);
  if (worst) summary.push(worst);
  // The predicted layers are said in the prediction block; other layers the user switched on here.
  if (hazardLines.length > 0) {
    summary.push(
      tRuby(lang, 'answer.hazard', { lines: hazardLines.join(lang === 'en' ? '; ' : '。') }),
    );
  }
  const shelter = a.nearestShelter;
  if (shelter) {
    summary.push(
      tRuby(lang, shelter.forFloods ? 'answer.shelter' : 'answer.shelterAny', {
        name: shelter.name,
        distance: distanceText(shelter.distanceM, lang),
      }),
    );
  }
  const history = describeHistory(answerHistory(a), lang);
  const distances = new Map(a.nearby.map((x: AnswerEvent) => [x.event.id, x.distanceM]));
  const withDistance = (line: EventLine): EventLine => {
    const d = distances.get(line.id);
    return d === undefined || d === null
      ? line
      : {
          ...line,
          text:
            lang === 'en'
              ? `${line.text} (${distanceText(d, lang)})`
              : `${line.text}（${distanceText(d, lang)}）`,
        };
  };
  const first = a.depths.find((d) => d.where.kind === 'inRange');
  return {
    title: place,
    area: areaText(a, lang, chomeName),
    summary,
    history: {
      ...history,
      noRecords:
        history.noRecords && a.place.codes.length !== 1
          ? t(lang, 'answer.noRecords')
          : history.noRecords,
      nearby: history.nearby.map(withDistance),
    },
    depth: first
      ? { depth: first.depth, caption: depthCaption(first.event, first.fact, lang) }
      : null,
    depthsElsewhere: a.depths.flatMap((d) => depthElsewhere(d, lang) ?? []),
    shelterId: shelter?.id ?? null,
    prediction,
  };
}

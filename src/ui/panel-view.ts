// What the side panel shows for a state, as plain data (pure): an event's detail, or a place —
// a chome, a town, a station, a shelter, or any tapped point — with "what happened here?" first.
import {
  DEPTH_LEGEND,
  hazardById,
  OFFLINE_MESH_ID,
  PREDICTED_LAYERS,
} from '../config/hazard-layers';
import type { AppData } from '../data/app-data';
import { datasetById } from '../data/catalog';
import { addressEn } from '../data/english-names';
import { schoolId, wardSchoolNames } from '../data/ward-schools';
import { basinFor, factsOf } from '../data/flood-history';
import { answerFor, type PlaceAnswer } from '../data/place-answer';
import { t } from '../i18n/i18n';
import type { PickedPlace } from '../data/places';
import type { AppState } from '../app/app-state';
import { answerQuery } from './answer-query';
import { describeAnswer, type AnswerDescription } from './describe-answer';
import { describeEvent, type EventDescription } from './describe-event';
import { describeHazardReading } from './describe-hazard';
import { describePrediction } from './describe-prediction';
import { describePlace, type PlaceDescription } from './describe-place';

export type PanelView =
  | { readonly kind: 'event'; readonly event: EventDescription }
  | {
      readonly kind: 'place';
      /** null: nothing chosen (or an unknown id): the panel shows its hint. */
      readonly place: PlaceDescription | null;
      /** Other places under the same tap, as "kind: name". */
      readonly others: readonly PickedPlace[];
      readonly otherLabels: readonly string[];
      /** What the hazard layers predict where the user tapped (shown only without an answer). */
      readonly hazardLines: readonly string[];
      readonly answer: AnswerDescription | null;
      /** A school of the ward's list chosen: the id of its generated lesson (else null). */
      readonly schoolLesson: string | null;
    };

/** The offline layer described like a tile layer, for the point-query sentence. */
function offlineLayerWords(s: AppState) {
  const meta = s.mesh?.kind === 'loaded' ? s.mesh.mesh.meta : null;
  return {
    title: meta?.title ?? { ja: '東京都 浸水予想区域図', en: 'Tokyo flood prediction' },
    // In the language shown (only its texts are loaded); pick() takes it whichever it is.
    short: { ja: t(s.lang, 'hazard.offlineShort'), en: t(s.lang, 'hazard.offlineShort') },
    legend: DEPTH_LEGEND,
  };
}

/** What the switched-on layers show at the query point (`except`: layers said elsewhere). */
function hazardLines(s: AppState, except: readonly string[] = []): string[] {
  if (!s.queryPoint) return [];
  return [...s.hazardReadings].flatMap(([id, r]) => {
    if (except.includes(id)) return [];
    const layer = id === OFFLINE_MESH_ID ? offlineLayerWords(s) : hazardById(id);
    return layer ? [describeHazardReading(layer, r, s.lang)] : [];
  });
}

/** A town or a bare point has no feature of its own: a heading and the source of the chome. */
function areaPlace(s: AppState, kind: 'town' | 'point', title: string): PlaceDescription {
  return {
    kindLabel: t(s.lang, kind === 'town' ? 'answer.kind.town' : 'answer.kind.point'),
    title,
    rows: [],
    notes: kind === 'town' ? [t(s.lang, 'answer.townNote')] : [],
    source: datasetById('chome'),
  };
}

/** The English name of a chome (by code), town or station (by name), when the page is in English. */
function englishOf(s: AppState, data: AppData, kind: string, id: string): string | undefined {
  const names = s.lang === 'en' ? data.namesEn : null;
  if (!names) return undefined;
  const byKind: Partial<Record<string, ReadonlyMap<string, string>>> = {
    chome: names.chome,
    town: names.town,
    station: names.station,
  };
  return byKind[kind]?.get(id);
}

/**
 * In English, a chome's, town's or station's English name with its Japanese name beside it (a
 * resident needs both to read street signs); unchanged when we hold no English name.
 */
function withEnglishName(place: PlaceDescription, s: AppState, data: AppData): PlaceDescription {
  const sel = s.selected;
  const en = sel ? englishOf(s, data, sel.kind, sel.id) : undefined;
  if (!sel || en === undefined) return place;
  const ja = sel.kind === 'chome' ? data.places.chomeName(sel.id) : sel.id;
  return { ...place, title: en, titleJa: ja };
}

/** The answer about a place, the place named as the page's language writes it. */
function answerNamed(a: PlaceAnswer, s: AppState, data: AppData): PlaceAnswer {
  const p = a.place;
  const en = englishOf(s, data, p.kind, p.kind === 'chome' ? (p.codes[0] ?? '') : p.name);
  return en === undefined ? a : { ...a, place: { ...p, name: en } };
}

/** Chome names as the language shown writes them: English where we hold one. */
function chomeNamer(s: AppState, data: AppData): (code: string) => string {
  const names = s.lang === 'en' ? data.namesEn : null;
  return names
    ? (code) => names.chome.get(code) ?? data.places.chomeName(code)
    : data.places.chomeName;
}

export function panelView(s: AppState): PanelView {
  const sel = s.selected;
  const data = s.data;
  const history = data?.history ?? null;
  if (sel?.kind === 'event') {
    const event = history?.events.find((e) => e.id === sel.id);
    if (event && data && history) {
      return {
        kind: 'event',
        event: describeEvent(
          event,
          history.locations.get(event.id),
          data.places.chomeName,
          s.lang,
          {
            facts: factsOf(history, event.id),
            basin: basinFor(history, event.id),
          },
        ),
      };
    }
  }
  const lines = hazardLines(s);
  const query = data ? answerQuery(s, data, t(s.lang, 'answer.place.point')) : null;
  const found =
    query && data ? answerFor(query, data, (c) => data.towns.townOf(c)?.name ?? null) : null;
  const answer =
    found && data
      ? describeAnswer(
          answerNamed(found, s, data),
          s.lang,
          chomeNamer(s, data),
          hazardLines(s, PREDICTED_LAYERS),
          describePrediction(s.hazardPrediction, found.center, s.lang, offlineLayerWords(s)),
        )
      : null;
  let place: PlaceDescription | null = null;
  let schoolLesson: string | null = null;
  if (sel && sel.kind !== 'event' && sel.kind !== 'town' && data) {
    const features = data.places.featuresOf(sel.kind, sel.id);
    const school =
      sel.kind === 'wideArea' && features[0] ? wardSchoolNames(features[0].properties) : null;
    if (school) schoolLesson = schoolId(school.ja, school.en);
    if (features.length > 0) {
      const names = s.lang === 'en' ? data.namesEn : null;
      place = describePlace(
        sel.kind,
        features.map((f) => f.properties),
        s.lang,
        names ? (a) => addressEn(a, names.town) : undefined,
      );
    }
  } else if (sel?.kind === 'town' && answer) {
    place = areaPlace(s, 'town', answer.title);
  } else if (!sel && answer) {
    place = areaPlace(s, 'point', answer.title);
  }
  const others = s.picked.filter((p) => !(p.kind === sel?.kind && p.id === sel.id));
  return {
    kind: 'place',
    place: place && data ? withEnglishName(place, s, data) : place,
    others,
    otherLabels: others.map((o) => `${t(s.lang, `panel.kind.${o.kind}`)}: ${o.label}`),
    hazardLines: lines,
    answer: place ? answer : null,
    schoolLesson: place ? schoolLesson : null,
  };
}

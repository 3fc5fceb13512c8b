// The place answer: what happened here and what may happen (src/ui/answer-section.ts,
// history-section.ts, depth-figure.ts): English, key for key with answer-texts.ja.ts.
import type { AnswerTextKey } from './answer-texts.ja';

export const answerEn: Readonly<Record<AnswerTextKey, string>> = {
  'answer.heading': 'What happened here',
  'answer.count':
    '{n} floods are recorded since {since} in {place} and within a 10-minute walk ({m} m): {here} here, {near} nearby.',
  'answer.none':
    'No flood is recorded in {place} or within a 10-minute walk ({m} m). No record does not mean it never flooded.',
  'answer.worstHere': 'The largest record: “{name}” on {date}, {figure} here ({kind}).',
  'answer.worstScope':
    'The largest record: “{name}” on {date}, {figure} in {scope} ({kind}; the source gives no figure for this place alone).',
  'answer.hazard': 'What today’s hazard maps predict here: {lines}.',
  'answer.shelter':
    'Nearest designated evacuation site for floods: {name} ({distance} in a straight line).',
  'answer.shelterAny':
    'Nearest designated evacuation site: {name} ({distance} in a straight line). None designated for floods was found nearby.',
  'answer.distance': 'about {m} m',
  'answer.place.station': 'the area around {name} Station',
  'answer.place.point': 'this spot',
  'answer.area.town':
    '{town} is a town of {n} chome ({chome}). Records whose source names only the town are included.',
  'answer.area.station':
    'Records of the chome within about 500 m of {station} Station ({chome}) and records that name the station.',
  'answer.area.stationNone':
    'Records that name {station} Station (no Shinagawa chome lies within about 500 m of it).',
  'answer.depthCaption': '{date}, {where}. Source: {source} ({kind})',
  'answer.depthFar':
    'The depth of {date} ({depth}) is a record {distance} away, near {near}: not the depth here, so it is not drawn.',
  'answer.depthUnlocated':
    'The depth of {date} ({depth}; {where}) is not drawn: where it was recorded is not known precisely.',
  'answer.distanceKm': 'about {km} km',
  'answer.kind.town': 'town',
  'answer.recordsHeading': 'Chome-level records in this area',
  'answer.eventsHere': 'Floods recorded in this area',
  'answer.noRecords':
    'This app holds no chome-level records for this area. No record does not mean no flooding.',
  'answer.townNote':
    'A town is its chome taken together (chome names without the 丁目 part, from the census chome).',
  'answer.kind.point': 'spot',
  'history.heading': 'Flood damage recorded in this chome',
  'history.flooded': '{period}: {total} flooded ({split})',
  'history.floodedNoSplit': '{period}: {total} flooded',
  'history.ofWhich': 'of which the rain of {period} alone: {total} ({split})',
  'history.class': '{period}: {label} (class of counts)',
  'history.classUncertain': '{period}: {label} (class of counts; reading uncertain)',
  'history.noRecords':
    'This app holds no chome-level records for this chome. No record does not mean no flooding.',
  'history.eventsHere': 'Floods recorded in this chome',
  'history.byTown': 'the source names only the town, not the chome',
  'history.nearby': 'Recorded nearby (within about 800 m)',
  'history.related': 'Memorials and flood works nearby',
  'history.none': 'none',
  'history.wardTotal': 'Whole ward',
  'history.openEvent': 'details',
  'history.sourceLine': 'Source: {source} ({kind})',
  'depthFigure.label': 'The water depth drawn against a person and a house',
  'depthFigure.adult': 'adult 1.7 m',
  'depthFigure.floor': 'ground floor 0.5 m',
  'depthFigure.eaves1': 'ground-floor eaves 3 m',
  'depthFigure.eaves2': 'first-floor eaves 5 m',
  'depthFigure.aboveAdult': 'deeper than an adult is tall (1.7 m)',
  'depthFigure.belowAdult': 'less than an adult’s height (1.7 m)',
  'depthFigure.aroundAdult': 'about an adult’s height (1.7 m)',
  'depthFigure.orMore': 'higher',
  'depthFigure.between': '{low} to {high}',
  'depthFigure.compare': '{adult}; in a house: {house}',
  'depthFigure.heightsNote':
    'Heights of the person and the house are a guide (the hazard-map legend’s 0.5 m, 3 m, 5 m)',
  'history.ofWhichNoSplit': 'of which the rain of {period} alone: {total}',
  'history.partial': '{period}: {split}',
  'history.ofWhichUnknown': 'of which the rain of {period}: unknown (not zero)',
  'history.method': 'How it was computed: {method}',
  'answer.schoolLesson': 'Lesson: around this school',
};

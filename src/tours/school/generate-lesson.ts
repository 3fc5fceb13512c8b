// 「わたしの学校のまわり」: a lesson (the tour model of data/tours/) generated for one school from
// what the data says about its surroundings (school-facts.ts). Seven steps: the school and the
// hazard map's prediction, the records around it, the largest one, then and now (old photos and
// 明治期の低湿地), where to go in a flood, and a closing question with a task at home. Texts come
// from the templates in texts.*.ts in all three languages; every figure comes from the data, and
// each step lists the sources of what it says. Pure.
import { formatEventDamage, formatDepth, scopeLabel } from '../../i18n/format-flood';
import { joinList, tRuby, type Lang, type MessageKey, type Params } from '../../i18n/i18n';
import type { FloodEvent, SourceRef } from '../../data/flood-model';
import type { LonLat } from '../../data/chome-geometry';
import type { Tour, TourSource, TourStep, TourText } from '../tour-model';
import type { FocusRecord, SchoolFacts } from './school-facts';
import { SCHOOL_SOURCES } from './school-sources';
import type { School } from './school-list';

/** 学習指導要領コード: 小4 社会 (3) 自然災害から人々を守る活動; 中学 地理的分野 C(1) 地域調査の手法. */
export const SCHOOL_CURRICULUM = ['8220243300000000', '83212A3310000000'] as const;
/** How many records the records step names one by one (the rest are on the map and the timeline). */
const LISTED = 6;
/** Zoom of the steps around the school: the walking range fits a phone's map. */
const ZOOM = 15;

/** Which language each of a tour text's fields is written in. */
const FIELDS: Readonly<Record<keyof TourText, Lang>> = { ja: 'ja', easy: 'ja-easy', en: 'en' };

/** One template in the three languages, its parameters filled per language. */
function text3(key: MessageKey, params: (lang: Lang) => Params = () => ({})): TourText {
  const out = { ja: '', easy: '', en: '' };
  for (const field of Object.keys(FIELDS) as (keyof TourText)[]) {
    const lang = FIELDS[field];
    out[field] = tRuby(lang, key, params(lang));
  }
  return out;
}

/** Sentences joined: Japanese without a space, English with one. */
function join(parts: readonly TourText[]): TourText {
  return {
    ja: parts.map((p) => p.ja).join(''),
    easy: parts.map((p) => p.easy ?? p.ja).join(''),
    en: parts.map((p) => p.en ?? p.ja).join(' '),
  };
}

const schoolName = (s: School, lang: Lang): string =>
  lang === 'en' ? (s.name.en ?? s.name.ja) : s.name.ja;
const eventName = (e: FloodEvent, lang: Lang): string =>
  lang === 'en' ? e.name.en || e.name.ja : e.name.ja;
const year = (e: FloodEvent): string => e.start.iso.slice(0, 4);
/** Straight-line distances to the nearest 10 m: the data's points are not more precise. */
const round10 = (m: number): number => Math.round(m / 10) * 10;

/**
 * A record's source as tour sources, one per URL it cites, labelled with its class. A source cell may
 * name several titles with their URLs (" ; "-separated, paired in order); a title is never split
 * from its URL, and no title keeps the separator the lesson files use.
 */
function fromRef(ref: SourceRef): TourSource[] {
  const titles = ref.title.split(' ; ');
  return ref.urls.map((url, i) => ({
    title: titles.length === ref.urls.length ? (titles[i] ?? ref.title) : titles.join('、'),
    url,
    label: ref.sourceClass,
  }));
}

function unique(sources: readonly TourSource[]): TourSource[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const key = `${s.title}\n${s.url}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const sourceOf = (key: keyof typeof SCHOOL_SOURCES): TourSource => SCHOOL_SOURCES[key];

function step(
  id: string,
  line: number,
  at: LonLat,
  parts: Pick<TourStep, 'title' | 'text' | 'question' | 'sources'> & Partial<TourStep>,
): TourStep {
  return {
    id,
    line,
    view: { lon: at[0], lat: at[1], zoom: ZOOM },
    layers: ['records', 'chome', 'stations', 'evacSites'],
    hazards: [],
    range: null,
    rangeMode: 'range',
    measure: 'counts',
    selection: null,
    then: null,
    ...parts,
    sources: unique(parts.sources),
  };
}

function largestText(focus: FocusRecord): TourText {
  const e = focus.event;
  const p = (lang: Lang): Params => ({ name: eventName(e, lang), year: year(e) });
  const lead = focus.near
    ? text3('school.largest.near')
    : text3('school.largest.far', () => ({ d: round10(focus.distanceM ?? 0) }));
  const body = focus.depth
    ? text3('school.largest.depth', (lang) => ({
        ...p(lang),
        depth: formatDepth(focus.depth!.depth, lang),
      }))
    : e.total.kind === 'number' || e.aboveFloor.kind === 'number' || e.belowFloor.kind === 'number'
      ? text3('school.largest.damage', (lang) => ({
          ...p(lang),
          damage: formatEventDamage(e, lang),
          scope: scopeLabel(e.figuresScope, lang),
        }))
      : text3('school.largest.noFigure', p);
  return join([lead, body]);
}

/** The lesson for a school. Its id is the school's (`school-…`), so a link restores it. */
export function generateSchoolLesson(school: School, facts: SchoolFacts): Tour {
  const name = (lang: Lang): Params => ({ school: schoolName(school, lang) });
  const m = facts.walkM;
  const ward = sourceOf('ward');
  const hazard = sourceOf('hazard');
  const steps: TourStep[] = [];

  // 1. The school and the prediction there (the hazard layer is online only: the text says so).
  steps.push(
    step('school', 2, school.point, {
      title: text3('school.place.title', name),
      text: join([
        text3('school.place.text', (lang) => ({ ...name(lang), address: school.address, m })),
        ...(school.area ? [text3('school.place.area', () => ({ area: school.area ?? '' }))] : []),
      ]),
      question: text3('school.place.question'),
      hazards: [['flood_l2_depth', 70]],
      selection: { kind: 'wideArea', id: school.fid },
      sources: [ward, hazard],
    }),
  );

  // 2. The records around it, oldest first, on the timeline (or: none, and the nearest one).
  const recs = facts.records;
  const years = recs.map((r) => Number(year(r.event)));
  const focus = facts.focus;
  const recordsText: TourText =
    recs.length > 0
      ? text3('school.records.text', (lang) => ({
          m,
          n: recs.length,
          list: joinList(
            lang,
            recs
              .slice(0, LISTED)
              .map((r) =>
                tRuby(lang, 'school.records.item', {
                  year: year(r.event),
                  name: eventName(r.event, lang),
                }),
              )
              .concat(recs.length > LISTED ? ['…'] : []),
          ),
        }))
      : join([
          text3('school.records.none', () => ({ m })),
          ...(focus
            ? [
                text3('school.records.nearest', (lang) => ({
                  name: eventName(focus.event, lang),
                  year: year(focus.event),
                  d: round10(focus.distanceM ?? 0),
                })),
              ]
            : []),
        ]);
  const listed = recs.length > 0 ? recs.slice(0, LISTED) : focus ? [focus] : [];
  steps.push(
    step('records', 3, school.point, {
      title: text3('school.records.title'),
      text: recordsText,
      question: text3(recs.length > 0 ? 'school.records.question' : 'school.records.questionNone'),
      range: years.length > 0 ? { from: Math.min(...years), to: Math.max(...years) } : null,
      hazards: recs.length > 0 ? [] : [['flood_l2_depth', 70]],
      sources: [
        ...listed.flatMap((r) => fromRef(r.event.source)),
        ...(recs.length > 0 ? [] : [hazard]),
        ward,
      ],
    }),
  );

  // 3. The largest record near it (or the nearest one), with its depth or its damage and source.
  if (focus) {
    const y = Number(year(focus.event));
    steps.push(
      step('largest', 4, school.point, {
        title: text3('school.largest.title', (lang) => ({
          name: eventName(focus.event, lang),
          year: year(focus.event),
        })),
        text: largestText(focus),
        question: text3(focus.depth ? 'school.largest.question' : 'school.largest.questionNoDepth'),
        range: { from: y, to: y },
        selection: { kind: 'event', id: focus.event.id },
        sources: [
          ...(focus.depth ? fromRef(focus.depth.source) : []),
          ...fromRef(focus.event.source),
        ],
      }),
    );
  }

  // 4–5. Then and now: the old aerial photos, then the Meiji-era low wetlands (both online only).
  steps.push(
    step('photo', 5, school.point, {
      title: text3('school.photo.title'),
      text: text3('school.photo.text'),
      question: text3('school.photo.question'),
      then: 'ort_USA10',
      sources: [sourceOf('photo')],
    }),
    step('swale', 6, school.point, {
      title: text3('school.swale.title'),
      text: text3('school.swale.text'),
      question: text3('school.swale.question'),
      then: 'swale',
      sources: [sourceOf('swale')],
    }),
  );

  // 6. Where to go: the nearest designated site for floods, often the school itself.
  const site = facts.site;
  const siteName = (lang: Lang): Params => ({
    ...name(lang),
    site: (lang === 'en' ? site?.nameEn : null) ?? site?.name ?? '',
    d: round10(site?.distanceM ?? 0),
  });
  steps.push(
    step('evac', 7, site && !site.isSchool ? site.point : school.point, {
      title: text3('school.evac.title'),
      text: text3(
        !site
          ? 'school.evac.unknown'
          : site.isSchool && site.forFloods
            ? 'school.evac.self'
            : site.forFloods
              ? 'school.evac.site'
              : 'school.evac.notFlood',
        siteName,
      ),
      question: text3(
        site?.isSchool ? 'school.evac.questionSelf' : 'school.evac.question',
        siteName,
      ),
      layers: ['evacSites', 'shelters', 'records', 'chome'],
      selection: site ? { kind: 'evacSite', id: site.id } : null,
      sources: [sourceOf('evac')],
    }),
  );

  // 7. A closing question for the class and a task at home with the place sheet.
  steps.push(
    step('close', 8, school.point, {
      title: text3('school.close.title'),
      text: text3('school.close.text', () => ({ n: recs.length })),
      question: text3('school.close.question'),
      hazards: [['flood_l2_depth', 70]],
      sources: [ward, hazard, sourceOf('evac')],
    }),
  );

  return {
    id: school.id,
    file: `${school.id}.csv`,
    title: text3('school.title', name),
    summary: text3('school.summary', (lang) => ({ ...name(lang), m })),
    audience: text3('school.audience'),
    curriculum: [...SCHOOL_CURRICULUM],
    steps,
  };
}

// Every group of texts of the residents' page, each with how it loads. The page itself never
// imports this list (it would download every language): the data desk and the unit tests do,
// through register-all-texts.ts, and tests/unit/text-groups.test.ts checks it against the
// language modules (lang/*.ts) and the lazy chunks' texts.ts.
import { dataEasy } from '../data/texts.easy';
import { dataEn } from '../data/texts.en';
import { dataJa } from '../data/texts.ja';
import { hazardEasy } from '../hazard/texts.easy';
import { hazardEn } from '../hazard/texts.en';
import { hazardJa } from '../hazard/texts.ja';
import { locateMessagesEasy } from '../locate/message-texts.easy';
import { locateMessagesEn } from '../locate/message-texts.en';
import { locateMessagesJa } from '../locate/message-texts.ja';
import { locateEasy } from '../locate/texts.easy';
import { locateEn } from '../locate/texts.en';
import { locateJa } from '../locate/texts.ja';
import { mapEasy } from '../map/texts.easy';
import { mapEn } from '../map/texts.en';
import { mapJa } from '../map/texts.ja';
import { packEasy } from '../pwa/texts.easy';
import { packEn } from '../pwa/texts.en';
import { packJa } from '../pwa/texts.ja';
import { timelineEasy } from '../timeline/texts.easy';
import { timelineEn } from '../timeline/texts.en';
import { timelineJa } from '../timeline/texts.ja';
import { lessonEasy } from '../tours/editor/texts.easy';
import { lessonEn } from '../tours/editor/texts.en';
import { lessonJa } from '../tours/editor/texts.ja';
import { tourEasy } from '../tours/texts.easy';
import { tourEn } from '../tours/texts.en';
import { tourJa } from '../tours/texts.ja';
import { worksheetEasy } from '../tours/worksheet-texts.easy';
import { worksheetEn } from '../tours/worksheet-texts.en';
import { worksheetJa } from '../tours/worksheet-texts.ja';
import { answerEasy } from '../ui/answer-texts.easy';
import { answerEn } from '../ui/answer-texts.en';
import { answerJa } from '../ui/answer-texts.ja';
import { creditsEasy } from '../ui/credits-texts.easy';
import { creditsEn } from '../ui/credits-texts.en';
import { creditsJa } from '../ui/credits-texts.ja';
import { eventEasy } from '../ui/event-texts.easy';
import { eventEn } from '../ui/event-texts.en';
import { eventJa } from '../ui/event-texts.ja';
import { listEasy } from '../ui/records-list-texts.easy';
import { listEn } from '../ui/records-list-texts.en';
import { listJa } from '../ui/records-list-texts.ja';
import { searchEasy } from '../ui/search-texts.easy';
import { searchEn } from '../ui/search-texts.en';
import { searchJa } from '../ui/search-texts.ja';
import { predictionEasy } from '../ui/prediction-texts.easy';
import { predictionEn } from '../ui/prediction-texts.en';
import { predictionJa } from '../ui/prediction-texts.ja';
import { shellEasy } from '../ui/texts.easy';
import { shellEn } from '../ui/texts.en';
import { shellJa } from '../ui/texts.ja';
import { sheetEasy } from '../sheet/texts.easy';
import { sheetEn } from '../sheet/texts.en';
import { sheetJa } from '../sheet/texts.ja';
import { thenNowEasy } from '../then-now/texts.easy';
import { thenNowEn } from '../then-now/texts.en';
import { thenNowJa } from '../then-now/texts.ja';
import { schoolEasy } from '../tours/school/texts.easy';
import { schoolEn } from '../tours/school/texts.en';
import { schoolJa } from '../tours/school/texts.ja';
import type { TextGroup } from './i18n';

export interface NamedTextGroup {
  readonly name: string;
  /** `first`: in the language modules (lang/*.ts); `lazy`: registered by its chunk's texts.ts. */
  readonly load: 'first' | 'lazy';
  readonly texts: TextGroup;
}

export const TEXT_GROUPS: readonly NamedTextGroup[] = [
  { name: 'shell', load: 'first', texts: { ja: shellJa, en: shellEn, easy: shellEasy } },
  { name: 'map', load: 'first', texts: { ja: mapJa, en: mapEn, easy: mapEasy } },
  { name: 'pack', load: 'first', texts: { ja: packJa, en: packEn, easy: packEasy } },
  { name: 'data', load: 'first', texts: { ja: dataJa, en: dataEn, easy: dataEasy } },
  { name: 'hazard', load: 'first', texts: { ja: hazardJa, en: hazardEn, easy: hazardEasy } },
  {
    name: 'timeline',
    load: 'first',
    texts: { ja: timelineJa, en: timelineEn, easy: timelineEasy },
  },
  { name: 'locate', load: 'first', texts: { ja: locateJa, en: locateEn, easy: locateEasy } },
  {
    name: 'locateMessages',
    load: 'lazy',
    texts: { ja: locateMessagesJa, en: locateMessagesEn, easy: locateMessagesEasy },
  },
  { name: 'answer', load: 'lazy', texts: { ja: answerJa, en: answerEn, easy: answerEasy } },
  { name: 'event', load: 'lazy', texts: { ja: eventJa, en: eventEn, easy: eventEasy } },
  {
    name: 'prediction',
    load: 'lazy',
    texts: { ja: predictionJa, en: predictionEn, easy: predictionEasy },
  },
  { name: 'list', load: 'lazy', texts: { ja: listJa, en: listEn, easy: listEasy } },
  { name: 'credits', load: 'lazy', texts: { ja: creditsJa, en: creditsEn, easy: creditsEasy } },
  { name: 'search', load: 'lazy', texts: { ja: searchJa, en: searchEn, easy: searchEasy } },
  { name: 'thenNow', load: 'lazy', texts: { ja: thenNowJa, en: thenNowEn, easy: thenNowEasy } },
  { name: 'tour', load: 'lazy', texts: { ja: tourJa, en: tourEn, easy: tourEasy } },
  { name: 'lesson', load: 'lazy', texts: { ja: lessonJa, en: lessonEn, easy: lessonEasy } },
  {
    name: 'worksheet',
    load: 'lazy',
    texts: { ja: worksheetJa, en: worksheetEn, easy: worksheetEasy },
  },
  { name: 'sheet', load: 'lazy', texts: { ja: sheetJa, en: sheetEn, easy: sheetEasy } },
  { name: 'school', load: 'lazy', texts: { ja: schoolJa, en: schoolEn, easy: schoolEasy } },
];

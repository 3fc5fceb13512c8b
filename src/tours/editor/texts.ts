// The lesson maker's texts in every language, registered when its chunk loads: lesson-chunk.ts
// imports this module first, so they are in before any of its views is drawn. Residents who never
// open the lesson maker never download them.
// The lesson maker shows steps as the tour player does: its texts too.
import '../texts';
import { addTexts, type TextGroup } from '../../i18n/i18n';
import { lessonEasy } from './texts.easy';
import { lessonEn } from './texts.en';
import { lessonJa } from './texts.ja';

export const lessonTexts: TextGroup = { ja: lessonJa, en: lessonEn, easy: lessonEasy };
addTexts(lessonTexts);

// 「わたしの学校のまわり」's texts in every language, registered when its chunk loads (school-chunk.ts
// imports this first). The lesson is written in all three languages at once, so all are needed.
import { addTexts, type TextGroup } from '../../i18n/i18n';
import { schoolEasy } from './texts.easy';
import { schoolEn } from './texts.en';
import { schoolJa } from './texts.ja';

export const schoolTexts: TextGroup = { ja: schoolJa, en: schoolEn, easy: schoolEasy };
addTexts(schoolTexts);

// The worksheets' texts in every language, registered when a worksheet is first printed: each of
// worksheet.ts, worksheet-credits.ts and worksheet-qr.ts (loaded as separate chunks) imports this
// module first, so the texts are in whichever of them runs first.
// A worksheet shows a step as the tour player does: its texts too.
import './texts';
import { addTexts, type TextGroup } from '../i18n/i18n';
import { worksheetEasy } from './worksheet-texts.easy';
import { worksheetEn } from './worksheet-texts.en';
import { worksheetJa } from './worksheet-texts.ja';

export const worksheetTexts: TextGroup = { ja: worksheetJa, en: worksheetEn, easy: worksheetEasy };
addTexts(worksheetTexts);

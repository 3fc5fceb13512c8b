// The place sheet's texts in every language, registered by the panel's chunk (its buttons) and by
// the sheet's feature chunk (the printed page and what sharing did), whichever loads first.
import { addTexts } from '../i18n/i18n';
import { sheetEasy } from './texts.easy';
import { sheetEn } from './texts.en';
import { sheetJa } from './texts.ja';

addTexts({ ja: sheetJa, en: sheetEn, easy: sheetEasy });

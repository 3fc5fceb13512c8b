// The credits dialog's texts in every language, registered when its chunk (credits-chunk.ts)
// loads: it imports this module first.
import { addTexts } from '../i18n/i18n';
import { creditsEasy } from './credits-texts.easy';
import { creditsEn } from './credits-texts.en';
import { creditsJa } from './credits-texts.ja';

addTexts({ ja: creditsJa, en: creditsEn, easy: creditsEasy });

// The tour player's texts in every language, registered when its chunk (tour-feature.ts) loads,
// and by the lesson maker's and the worksheets' chunks, which show steps too: each imports this
// module first.
import { addTexts } from '../i18n/i18n';
import { tourEasy } from './texts.easy';
import { tourEn } from './texts.en';
import { tourJa } from './texts.ja';

addTexts({ ja: tourJa, en: tourEn, easy: tourEasy });

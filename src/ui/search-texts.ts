// The search's postcode and typing texts in every language, registered when the search chunk
// (search-chunk.ts) loads: it imports this module first.
import { addTexts } from '../i18n/i18n';
import { searchEasy } from './search-texts.easy';
import { searchEn } from './search-texts.en';
import { searchJa } from './search-texts.ja';

addTexts({ ja: searchJa, en: searchEn, easy: searchEasy });

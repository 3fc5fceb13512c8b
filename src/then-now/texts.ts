// Then and now's texts in every language, registered when its chunks load (then-feature.ts, and
// the second map's compare-state.ts): each imports this module first.
import { addTexts } from '../i18n/i18n';
import { thenNowEasy } from './texts.easy';
import { thenNowEn } from './texts.en';
import { thenNowJa } from './texts.ja';

addTexts({ ja: thenNowJa, en: thenNowEn, easy: thenNowEasy });

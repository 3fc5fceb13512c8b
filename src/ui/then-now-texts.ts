// Then and now's texts in every language, registered when its chunks load (then-feature.ts, and
// the second map's compare-state.ts): each imports this module first.
import { addTexts } from '../i18n/i18n';
import { thenNowEasy } from './then-now-texts.easy';
import { thenNowEn } from './then-now-texts.en';
import { thenNowJa } from './then-now-texts.ja';

addTexts({ ja: thenNowJa, en: thenNowEn, easy: thenNowEasy });

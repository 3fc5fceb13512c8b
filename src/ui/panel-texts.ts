// The place answer's and the event page's texts in every language, registered when the panel's
// chunk (panel-render.ts) loads: it imports this module first, so they are in before it draws.
// The sheet's buttons are drawn by the panel.
import '../sheet/texts';
import { addTexts } from '../i18n/i18n';
import { answerEasy } from './answer-texts.easy';
import { answerEn } from './answer-texts.en';
import { answerJa } from './answer-texts.ja';
import { eventEasy } from './event-texts.easy';
import { eventEn } from './event-texts.en';
import { eventJa } from './event-texts.ja';
import { predictionEasy } from './prediction-texts.easy';
import { predictionEn } from './prediction-texts.en';
import { predictionJa } from './prediction-texts.ja';

addTexts({ ja: answerJa, en: answerEn, easy: answerEasy });
addTexts({ ja: eventJa, en: eventEn, easy: eventEasy });
addTexts({ ja: predictionJa, en: predictionEn, easy: predictionEasy });

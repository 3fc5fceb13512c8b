// The records list's texts in every language (and the answer's, for the ward-wide totals),
// registered when the list's chunk (list-render.ts) loads: it imports this module first.
import { addTexts } from '../i18n/i18n';
import { answerEasy } from './answer-texts.easy';
import { answerEn } from './answer-texts.en';
import { answerJa } from './answer-texts.ja';
import { listEasy } from './records-list-texts.easy';
import { listEn } from './records-list-texts.en';
import { listJa } from './records-list-texts.ja';

addTexts({ ja: listJa, en: listEn, easy: listEasy });
addTexts({ ja: answerJa, en: answerEn, easy: answerEasy });

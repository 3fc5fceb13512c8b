// Registers the 現在地 messages, imported first by locate-feature.ts (its chunk).
import { addTexts } from '../i18n/i18n';
import { locateMessagesEasy } from './message-texts.easy';
import { locateMessagesEn } from './message-texts.en';
import { locateMessagesJa } from './message-texts.ja';

addTexts({ ja: locateMessagesJa, en: locateMessagesEn, easy: locateMessagesEasy });

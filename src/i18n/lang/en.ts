// The first-load texts in English: one chunk, downloaded when the language is
// first shown (i18n.ts loadLang). One import per group; a group that becomes a lazy chunk's leaves
// these three files and registers itself from its chunk (src/tours/editor/texts.ts), and
// tests/unit/text-groups.test.ts checks the lists agree.
import { shellEn } from '../../ui/texts.en';
import { mapEn } from '../../map/texts.en';
import { packEn } from '../../pwa/texts.en';
import { dataEn } from '../../data/texts.en';
import { hazardEn } from '../../hazard/texts.en';
import { timelineEn } from '../../timeline/texts.en';
import { answerEn } from '../../ui/answer-texts.en';
import { eventEn } from '../../ui/event-texts.en';
import { listEn } from '../../ui/records-list-texts.en';
import { creditsEn } from '../../ui/credits-texts.en';
import { thenNowEn } from '../../ui/then-now-texts.en';
import { tourEn } from '../../tours/texts.en';
import type { Texts } from '../i18n';

export const texts: Texts = {
  ...shellEn,
  ...mapEn,
  ...packEn,
  ...dataEn,
  ...hazardEn,
  ...timelineEn,
  ...answerEn,
  ...eventEn,
  ...listEn,
  ...creditsEn,
  ...thenNowEn,
  ...tourEn,
};

// The first-load texts in やさしい日本語: one chunk, downloaded with the Japanese one (texts without
// an easy version are shown in standard Japanese) when the language is first shown (i18n.ts loadLang). One import per group; a group that becomes a lazy chunk's leaves
// these three files and registers itself from its chunk (src/tours/editor/texts.ts), and
// tests/unit/text-groups.test.ts checks the lists agree.
import { shellEasy } from '../../ui/texts.easy';
import { mapEasy } from '../../map/texts.easy';
import { packEasy } from '../../pwa/texts.easy';
import { dataEasy } from '../../data/texts.easy';
import { hazardEasy } from '../../hazard/texts.easy';
import { timelineEasy } from '../../timeline/texts.easy';
import { answerEasy } from '../../ui/answer-texts.easy';
import { eventEasy } from '../../ui/event-texts.easy';
import { listEasy } from '../../ui/records-list-texts.easy';
import { creditsEasy } from '../../ui/credits-texts.easy';
import { thenNowEasy } from '../../ui/then-now-texts.easy';
import { tourEasy } from '../../tours/texts.easy';
import type { Texts } from '../i18n';

export const texts: Texts = {
  ...shellEasy,
  ...mapEasy,
  ...packEasy,
  ...dataEasy,
  ...hazardEasy,
  ...timelineEasy,
  ...answerEasy,
  ...eventEasy,
  ...listEasy,
  ...creditsEasy,
  ...thenNowEasy,
  ...tourEasy,
};

// The first-load texts in Japanese: one chunk, downloaded when the language is
// first shown (i18n.ts loadLang). One import per group; a group that becomes a lazy chunk's leaves
// these three files and registers itself from its chunk (src/tours/editor/texts.ts), and
// tests/unit/text-groups.test.ts checks the lists agree.
import { shellJa } from '../../ui/texts.ja';
import { mapJa } from '../../map/texts.ja';
import { packJa } from '../../pwa/texts.ja';
import { dataJa } from '../../data/texts.ja';
import { hazardJa } from '../../hazard/texts.ja';
import { timelineJa } from '../../timeline/texts.ja';
import { answerJa } from '../../ui/answer-texts.ja';
import { eventJa } from '../../ui/event-texts.ja';
import { listJa } from '../../ui/records-list-texts.ja';
import { creditsJa } from '../../ui/credits-texts.ja';
import { thenNowJa } from '../../ui/then-now-texts.ja';
import { tourJa } from '../../tours/texts.ja';
import type { Texts } from '../i18n';

export const texts: Texts = {
  ...shellJa,
  ...mapJa,
  ...packJa,
  ...dataJa,
  ...hazardJa,
  ...timelineJa,
  ...answerJa,
  ...eventJa,
  ...listJa,
  ...creditsJa,
  ...thenNowJa,
  ...tourJa,
};

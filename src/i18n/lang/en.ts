// The first-load texts in English, merged into one chunk that loadLang (../i18n.ts) downloads when
// English is first shown.
// One import per group. To make a group a lazy chunk's, delete its line here and in the other two
// language modules, and register it from the chunk (src/i18n/README.md);
// tests/unit/text-groups.test.ts checks that these lists and src/i18n/text-groups.ts agree.
import { shellEn } from '../../ui/texts.en';
import { mapEn } from '../../map/texts.en';
import { packEn } from '../../pwa/texts.en';
import { dataEn } from '../../data/texts.en';
import { hazardEn } from '../../hazard/texts.en';
import { timelineEn } from '../../timeline/texts.en';
import { locateEn } from '../../locate/texts.en';
import type { Texts } from '../i18n';

export const texts: Texts = {
  ...shellEn,
  ...mapEn,
  ...packEn,
  ...dataEn,
  ...hazardEn,
  ...timelineEn,
  ...locateEn,
};

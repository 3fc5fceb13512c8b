// The first-load texts in やさしい日本語, merged into one chunk that loadLang (../i18n.ts) downloads
// with the Japanese one (a text without an easy version is shown in standard Japanese).
// One import per group. To make a group a lazy chunk's, delete its line here and in the other two
// language modules, and register it from the chunk (src/i18n/README.md);
// tests/unit/text-groups.test.ts checks that these lists and src/i18n/text-groups.ts agree.
import { shellEasy } from '../../ui/texts.easy';
import { mapEasy } from '../../map/texts.easy';
import { packEasy } from '../../pwa/texts.easy';
import { dataEasy } from '../../data/texts.easy';
import { hazardEasy } from '../../hazard/texts.easy';
import { timelineEasy } from '../../timeline/texts.easy';
import { locateEasy } from '../../locate/texts.easy';
import type { Texts } from '../i18n';

export const texts: Texts = {
  ...shellEasy,
  ...mapEasy,
  ...packEasy,
  ...dataEasy,
  ...hazardEasy,
  ...timelineEasy,
  ...locateEasy,
};

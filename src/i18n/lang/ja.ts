// The first-load texts in Japanese, merged into one chunk that loadLang (../i18n.ts) downloads
// when Japanese or やさしい日本語 is first shown.
// One import per group. To make a group a lazy chunk's, delete its line here and in the other two
// language modules, and register it from the chunk (src/i18n/README.md);
// tests/unit/text-groups.test.ts checks that these lists and src/i18n/text-groups.ts agree.
import { shellJa } from '../../ui/texts.ja';
import { mapJa } from '../../map/texts.ja';
import { packJa } from '../../pwa/texts.ja';
import { dataJa } from '../../data/texts.ja';
import { hazardJa } from '../../hazard/texts.ja';
import { timelineJa } from '../../timeline/texts.ja';
import { locateJa } from '../../locate/texts.ja';
import type { Texts } from '../i18n';

export const texts: Texts = {
  ...shellJa,
  ...mapJa,
  ...packJa,
  ...dataJa,
  ...hazardJa,
  ...timelineJa,
  ...locateJa,
};

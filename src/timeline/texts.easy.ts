// The timeline (src/timeline/) and the period it selects (src/i18n/period.ts): やさしい日本語, only the
// texts that need rewriting; the others are shown in standard Japanese (texts.ja.ts).
import type { TimelineTextKey } from './texts.ja';

export const timelineEasy: Readonly<Partial<Record<TimelineTextKey, string>>> = {
  'timeline.heading': '年表（むかしの 大雨）',
  'timeline.waiting': '地図の あとに 年表が 出ます…',
  'timeline.play': '▶ 見る',
  'timeline.pause': '❚❚ 止める',
  'timeline.all': 'ぜんぶの 年',
};

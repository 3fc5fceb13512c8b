// The page of one flood record (src/ui/event-panel.ts, describe-event.ts): やさしい日本語, only the texts
// that need rewriting; the others are shown in standard Japanese (event-texts.ja.ts).
import type { EventTextKey } from './event-texts.ja';

export const eventEasy: Readonly<Partial<Record<EventTextKey, string>>> = {
  'event.heading': '大雨の 記録',
  'event.depthHeading': '水の 深さ',
  'event.factsHeading': 'あとで わかった こと',
  'event.basinHeading': '{basin}の 数（品川区だけの 数では ありません。足しません）',
  'event.unplacedReason': '地図に 出せない わけ: {reason}',
};

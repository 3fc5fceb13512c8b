// The timeline (src/timeline/) and the period it selects (src/i18n/period.ts): English, key for key
// with texts.ja.ts.
import type { TimelineTextKey } from './texts.ja';

export const timelineEn: Readonly<Record<TimelineTextKey, string>> = {
  'timeline.heading': 'Timeline',
  'timeline.waiting': 'The timeline appears once the map is drawn…',
  'timeline.chartLabel': 'Timeline of floods. Arrow keys move between records; Enter selects one.',
  'timeline.mode': 'Show',
  'timeline.modeRange': 'a period',
  'timeline.modeCumulative': 'everything up to a year',
  'timeline.from': 'from (year)',
  'timeline.to': 'to (year)',
  'timeline.all': 'All time',
  'timeline.play': '▶ Play',
  'timeline.pause': '❚❚ Pause',
  'timeline.speed': 'Speed',
  'timeline.rangeAll': 'Showing: all time',
  'timeline.rangeCumulative': 'Showing: everything up to {to}',
  'timeline.rangeFromTo': 'Showing: {from} to {to}',
  'timeline.compressed': 'before {year}: compressed',
  'timeline.legend': 'Timeline legend',
  'timeline.unknownMark': '? = number not given',
  'timeline.barNote':
    'Bar height = buildings flooded (dark = above floor, light = below floor, dashed = year only). ◇ = memorial or flood works',
};

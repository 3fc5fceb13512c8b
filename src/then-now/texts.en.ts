// Then and now: old photos and maps beside today's map (src/ui/then-now-controls.ts,
// src/map/compare-*.ts): English, key for key with texts.ja.ts.
import type { ThenNowTextKey } from './texts.ja';

export const thenNowEn: Readonly<Record<ThenNowTextKey, string>> = {
  'then.heading': 'Then and now (when online)',
  'then.intro':
    'Old aerial photos or maps on the left of the map, today’s map on the right. Drag the divider, or select it and use the arrow keys.',
  'then.choice': 'Old photo or map to compare',
  'then.off': 'Off',
  'then.display': 'Display',
  'then.swipe': 'Side by side (move the divider)',
  'then.overlay': 'Over the whole map (change the strength)',
  'then.opacity': 'Strength of the old photo or map',
  'then.checking': 'Checking the old maps’ server…',
  'then.unavailable':
    'The old photos and maps cannot be loaded now (no internet connection, or the server does not answer). The Shinagawa map and records still work.',
  'then.divider': 'Divider between then and now',
  'then.dividerValue': 'Left {percent}%: {then}; right: today’s map',
  'then.now': 'Today’s map',
  'then.zoomNote': 'Shown when zoomed in to level {zoom} or closer.',
  'then.legend': 'Legend (GSI)',
  'then.dates': 'How to find when each photo was taken (GSI)',
  'then.quoted': 'GSI’s description',
  'then.descriptionSource': 'Source of this text',
  'then.credits': 'Source and terms',
  'then.creditsHeading': 'Old aerial photos and maps (GSI)',
  'then.creditsIntro':
    'GSI tiles used by “Then and now”. They are shown only when online and are not part of this app. Where in Shinagawa they have photos or maps was not checked.',
  'then.tiles': 'Tile URL',
  'then.period': 'Period',
  'then.terms': 'Terms (GSI content terms of use)',
};

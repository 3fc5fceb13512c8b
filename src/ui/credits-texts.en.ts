// The sources and credits dialog (src/ui/credits-dialog.ts): English, key for key with
// credits-texts.ja.ts.
import type { CreditsTextKey } from './credits-texts.ja';

export const creditsEn: Readonly<Record<CreditsTextKey, string>> = {
  'credits.heading': 'Data sources and licences',
  'credits.intro':
    'This map is made from the open data below. Each entry gives its source, licence and date.',
  'credits.publisher': 'Publisher',
  'credits.licence': 'Licence',
  'credits.date': 'Data as of',
  'credits.origin': 'Obtained from',
  'credits.caveats': 'Caveats',
  'credits.basemaps': 'Background maps (online)',
  'credits.hazards': 'Hazard maps (online)',
  'credits.software': 'Software: MapLibre GL JS (BSD-3-Clause) and others',
};

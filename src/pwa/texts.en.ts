// The offline classroom pack (src/pwa/): English, key for key with texts.ja.ts.
import type { PackTextKey } from './texts.ja';

export const packEn: Readonly<Record<PackTextKey, string>> = {
  'pack.dataDate': 'Data date: {date}',
  'pack.dataRelease': 'Data date: {date} (release {id})',
  'pack.saving': 'Saving for offline use…',
  'pack.offlineReady': 'Works offline',
  'pack.unavailable': 'This browser cannot keep the map for offline use (it works while online)',
  'pack.updateReady': 'New data is available',
  'pack.reload': 'Reload',
  'pack.creditsHeading': 'Data release in this app',
};

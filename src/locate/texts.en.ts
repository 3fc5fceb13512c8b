// 現在地 (src/locate/): English, key for key with texts.ja.ts.
import type { LocateTextKey } from './texts.ja';

export const locateEn: Readonly<Record<LocateTextKey, string>> = {
  'locate.button': 'Use where I am',
  'locate.privacy':
    'Your position is used only on this screen: never saved, never sent anywhere. (Online, the hazard map images around it are fetched from GSI to show what is predicted there, as when you tap the map.)',
};

// 現在地 (src/locate/): やさしい日本語, only the texts that need rewriting.
import type { LocateTextKey } from './texts.ja';

export const locateEasy: Readonly<Partial<Record<LocateTextKey, string>>> = {
  'locate.button': 'いま いる 場所で しらべる',
  'locate.privacy':
    'いる 場所は この 画面で だけ 使います。のこしません。どこにも 送りません。（インターネットに つながって いる ときは、まわりの ハザードマップの 絵を 国土地理院から もらいます）',
};

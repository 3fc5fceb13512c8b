// What the search says about postcodes and while typing: やさしい日本語, only the texts that need
// rewriting (the rest are shown as in search-texts.ja.ts).
import type { SearchTextKey } from './search-texts.ja';

export const searchEasy: Readonly<Partial<Record<SearchTextKey, string>>> = {
  'search.postcode.found': '〒{code} は {name} です。',
  'search.postcode.foundIn': '〒{code} は {name}（{detail}）です。',
  'search.postcode.building':
    '〒{code} は 「{detail}」という ビルの 番号です。ビルの ある {name}を 見せます。',
  'search.postcode.wardWide':
    '〒{code} は 町の 番号が ない 所の 番号です。町の 名前か {住所|じゅうしょ}で さがして ください。',
  'search.postcode.notInWard':
    '〒{code} は {品川区|しながわく}の 番号では ありません（2022年11月の データ）。町の 名前か {住所|じゅうしょ}でも さがせます。',
  'search.preview.found': 'Enter を おすと 「{name}」を 見せます。',
  'search.preview.postcode': '〒の 番号は 7つの 数字です（例: 141-0031）。',
};

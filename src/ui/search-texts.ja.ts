// What the search says about postcodes and while typing (src/ui/place-search.ts), registered by the
// search chunk (search-chunk.ts) when it loads with the first search. Japanese is the reference:
// search-texts.en.ts has exactly these keys, search-texts.easy.ts the ones that need rewriting.
export const searchJa = {
  'search.postcode.found': '〒{code} は{name}です。',
  'search.postcode.foundIn': '〒{code} は{name}（{detail}）です。',
  'search.postcode.building':
    '〒{code} は建物「{detail}」の番号です。建物の所在地から{name}を表示しています。',
  'search.postcode.wardWide':
    '〒{code} は、品川区の中で町ごとの番号が決まっていない所の番号です（日本郵便）。町の名前か住所で探してください。',
  'search.postcode.notInWard':
    '〒{code} は品川区の郵便番号にありません（日本郵便のデータ、2022年11月2日現在）。町の名前か住所でも探せます。',
  'search.preview.found': 'Enter で「{name}」を表示します。',
  'search.preview.postcode': '郵便番号は7桁です（例: 141-0031）。',
};

export type SearchTextKey = keyof typeof searchJa;

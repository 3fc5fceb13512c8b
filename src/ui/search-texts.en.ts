// What the search says about postcodes and while typing: English, key for key with
// search-texts.ja.ts.
import type { SearchTextKey } from './search-texts.ja';

export const searchEn: Readonly<Record<SearchTextKey, string>> = {
  'search.postcode.found': 'Postcode {code} is {name}.',
  'search.postcode.foundIn': 'Postcode {code} is {name} ({detail}).',
  'search.postcode.building':
    'Postcode {code} is the building {detail}; showing {name}, where the building stands.',
  'search.postcode.wardWide':
    "Postcode {code} is Japan Post's code for places in Shinagawa without a town code of their own. Search by town name or address instead.",
  'search.postcode.notInWard':
    "Postcode {code} is not one of Shinagawa's (Japan Post data as of 2 November 2022). You can also search by town name or address.",
  'search.preview.found': 'Press Enter to show {name}.',
  'search.preview.postcode': 'A postcode has 7 digits (e.g. 141-0031).',
};

// What the search needs beyond names, loaded together with the first search (or the first key
// typed): the address reader, the postcode reader (which fetches the ward's postcodes then), the
// romaji reader, and the words the search answers with. Its texts first: registered before any
// answer is worded.
import './search-texts';
import type { AppData } from '../data/app-data';
import { matchAddress } from '../data/address';
import { loadPostcodes } from '../data/load-postcodes';
import { inEnglish, matchRomaji } from '../data/romaji-search';
import { searchPlaces, type SearchResult } from '../data/search-places';
import type { DatasetResult } from '../data/validate-dataset';
import type { Lang } from '../i18n/i18n';
export { answerWords, previewWords } from './search-words';

/**
 * Everything a typed text can name: a chome, town or station, a postcode, a name in romaji, an
 * address. In English a found place is named in English.
 * @param fetchPostcodes load-app-data.ts's loadPostcodeFile, passed in so that this chunk shares
 *   no module with the first load (the validator would be split out of it).
 */
export async function searchAll(
  text: string,
  data: AppData,
  lang: Lang,
  fetchPostcodes: () => Promise<DatasetResult>,
): Promise<SearchResult> {
  const chome = data.chomeIndex;
  if (!chome) return { found: false, suggestions: [] };
  const postcode = await loadPostcodes(data, fetchPostcodes);
  const names = data.namesEn;
  const result = searchPlaces(
    text,
    chome,
    data.places.stationNames,
    [...data.towns.towns.keys()],
    matchAddress,
    postcode,
    names ? (typed) => matchRomaji(typed, names, chome) : null,
  );
  return lang === 'en' && names ? inEnglish(result, names) : result;
}

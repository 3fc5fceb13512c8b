// What the search needs beyond names, loaded with the first search (or the first key typed): the
// words it answers with, the postcode texts and the postcode reader, which fetches the ward's
// postcodes then. Its texts first: registered before any answer is worded.
import './search-texts';
export { loadPostcodes } from '../data/load-postcodes';
export { answerWords, previewWords } from './search-words';

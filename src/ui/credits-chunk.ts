// Everything the credits dialog needs, loaded as one chunk the first time it opens: the dialog and
// the catalogue's documentation (residents who never open it never download either).
// Its texts first: registered before any of its views is drawn.
import './credits-texts';
export { openCredits, renderCredits } from './credits-dialog';
export { documentedCatalog } from '../data/catalog-docs';

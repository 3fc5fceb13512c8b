// The link a place sheet prints as a QR code and Share sends: the page's address with the chosen
// place (or event), the map's view and the language (furigana too when not the default), and
// everything else at its default, so the code stays small and the family opens what was shared,
// not the sender's layers or tour. Written by the app's own formatHash: the URL's one writer.
import { defaultState, formatHash, urlState, type AppState } from '../app/app-state';

export function placeHref(pageUrl: string, s: AppState): string {
  const page = pageUrl.replace(/#.*$/, '');
  const base = urlState(defaultState);
  return `${page}${formatHash({
    ...base,
    view: s.view,
    selected: s.selected,
    lang: s.lang,
    ruby: s.ruby,
  })}`;
}

// A language is downloaded only when shown (src/i18n/lang/): a change of language, from the menu or
// a link's #lang=, waits for its texts before the intent goes into the state, so nothing is ever
// drawn with a text missing.
import { langLoaded, loadLang } from '../i18n/i18n';
import type { Intent, Origin } from './app-state';

export type Dispatch = (intent: Intent, origin: Origin) => void;

/**
 * `dispatch`, holding an intent that changes the language until that language's texts are in.
 * `onFail`: they could not be downloaded (offline without the pack); the page stays as it is.
 */
export function afterLang(dispatch: Dispatch, onFail: () => void): Dispatch {
  return (intent, origin) => {
    const lang =
      intent.type === 'lang' ? intent.lang : intent.type === 'replace' ? intent.state.lang : null;
    if (lang === null || langLoaded(lang)) {
      dispatch(intent, origin);
      return;
    }
    void loadLang(lang).then(
      () => dispatch(intent, origin),
      (e: unknown) => {
        console.warn(e);
        onFail();
      },
    );
  };
}

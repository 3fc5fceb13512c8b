// What the pack's status line says: the data release in use, and whether the offline pack is
// saved or a newer one waits. Pure, so every state is unit-tested in each language.
import { t, type Lang } from '../i18n/i18n';
import type { DataRelease } from '../data/data-release';

export interface PackState {
  /**
   * 'none': not started yet (the pack registers after the map is ready); nothing is said.
   * 'unavailable': this browser cannot keep the pack (no service worker: blocked, private mode,
   * plain http other than localhost, an old browser); said, so a teacher does not count on it.
   */
  readonly worker: 'none' | 'saving' | 'saved' | 'unavailable';
  /** A newer release is installed and waits for the reload button. */
  readonly updateWaiting: boolean;
}

export interface PackLines {
  readonly dataDate: string;
  /** Null when there is nothing to say (not started yet). */
  readonly offline: string | null;
  /** The note and the button's label when a newer release waits. */
  readonly update: { readonly note: string; readonly button: string } | null;
}

export function packLines(lang: Lang, release: DataRelease, state: PackState): PackLines {
  return {
    dataDate: t(lang, 'pack.dataDate', { date: release.date }),
    offline:
      state.worker === 'saved'
        ? t(lang, 'pack.offlineReady')
        : state.worker === 'saving'
          ? t(lang, 'pack.saving')
          : state.worker === 'unavailable'
            ? t(lang, 'pack.unavailable')
            : null,
    update: state.updateWaiting
      ? { note: t(lang, 'pack.updateReady'), button: t(lang, 'pack.reload') }
      : null,
  };
}

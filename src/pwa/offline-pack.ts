/// <reference types="vite-plugin-pwa/vanillajs" />
// The offline classroom pack's adapter: registers the service worker (made by vite-plugin-pwa,
// see vite.config.ts) from this module — no inline script, so the CSP stays strict — and keeps
// the status line in the sidebar: the data date, 「オフラインでも使えます」 once the pack is
// saved, and 「新しいデータがあります」 with a reload button when a newer release waits. Where
// there is no service worker (blocked, plain http other than localhost, old browsers) the app
// works as before online, and the line says the pack cannot be kept in this browser.
import { registerSW, type RegisterSWOptions } from 'virtual:pwa-register';
import type { AppState, Intent } from '../app/app-state';
import { clear, h } from '../lib/dom';
import type { DataRelease } from '../data/data-release';
import { packLines, type PackState } from './pack-status';

/** Set on <html> (data-offline-pack="saved") and as a performance mark once the pack is saved. */
export const PACK_SAVED_MARK = 'fhm:offline-pack-saved';

export interface OfflinePackProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly release: DataRelease;
  /** What the service worker reports goes into the state, like every other session's news. */
  readonly dispatch: (intent: Intent) => void;
  /** Registration (tests of the view may pass their own). */
  readonly register?: (options: RegisterSWOptions) => (reload?: boolean) => Promise<void>;
}

/** The service worker's session: registers it and reports its progress as `pack` intents. */
export class OfflinePack {
  private update: ((reload?: boolean) => Promise<void>) | null = null;
  private started = false;

  constructor(private readonly props: OfflinePackProps) {}

  /** Registers the worker: call once the map is ready, so the pack's download comes second. */
  start(): void {
    if (this.started) return;
    this.started = true;
    const report = (change: Partial<PackState>): void =>
      this.props.dispatch({ type: 'pack', change });
    const nav = this.props.doc.defaultView?.navigator;
    if (!nav || !('serviceWorker' in nav)) {
      report({ worker: 'unavailable' });
      return;
    }
    report({ worker: 'saving' });
    const register = this.props.register ?? registerSW;
    this.update = register({
      immediate: true,
      onNeedRefresh: () => report({ updateWaiting: true }),
      onRegisteredSW: () => {
        // `ready` resolves once a worker is active, and a worker becomes active only after its
        // whole precache was stored: the pack is complete.
        void nav.serviceWorker.ready.then(() => {
          report({ worker: 'saved' });
          this.props.doc.documentElement.dataset.offlinePack = 'saved';
          performance.mark(PACK_SAVED_MARK);
        });
      },
      onRegisterError: (e: unknown) => {
        report({ worker: 'unavailable' });
        console.warn('offline pack: the service worker could not be registered', e);
      },
    });
  }

  /** The status line, drawn from the state (render part 'pack'). */
  render(s: AppState): void {
    const { doc, container, release } = this.props;
    const lines = packLines(s.lang, release, s.pack);
    clear(container);
    container.append(h(doc, 'p', { class: 'pack-date' }, lines.dataDate));
    if (lines.offline) {
      // The tick only once the pack is saved: not while saving, not where it cannot be saved.
      const saved = s.pack.worker === 'saved';
      container.append(
        h(doc, 'p', { class: saved ? 'pack-offline pack-saved' : 'pack-offline' }, lines.offline),
      );
    }
    if (lines.update) {
      const button = h(doc, 'button', { type: 'button' }, lines.update.button);
      // Activates the waiting release; the page reloads when it takes over (registerSW).
      button.addEventListener('click', () => void this.update?.(true));
      container.append(h(doc, 'p', { class: 'pack-update' }, lines.update.note, ' ', button));
    }
  }
}

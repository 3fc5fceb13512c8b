// The place sheet's view and effects, in their own chunk: what sharing did (under the panel), the
// share itself, and the printed sheet, made when the browser is about to print (its 「印刷」 button
// or Ctrl+P) from the panel as drawn and the map as drawn, and removed after. A tour step prints
// its worksheet instead (the tour player's own).
// Its texts first: registered before any of its views is drawn.
import './texts';
import type { Feature, FeatureContext } from '../app/feature';
import type { AppState } from '../app/app-state';
import { t } from '../i18n/i18n';
import { h } from '../lib/dom';
import { placeHref } from './share-link';
import { shareLink } from './share';

type SheetModule = typeof import('./print-sheet');

function noticeText(s: AppState): string {
  const n = s.shareNotice;
  if (!n) return '';
  return n.outcome === 'failed'
    ? t(s.lang, 'sheet.failed', { url: n.url })
    : t(s.lang, n.outcome === 'shared' ? 'sheet.shared' : 'sheet.copied');
}

export function mount(ctx: FeatureContext): Feature {
  const { doc } = ctx;
  const win = doc.defaultView;
  const status = h(doc, 'p', { id: 'share-status', class: 'share-status', role: 'status' });
  doc.getElementById('place-panel')?.after(status);
  // The sheet's builder (QR encoder, catalogue) loads once something is chosen, so it is in by
  // the time the browser asks (beforeprint gives no time to wait).
  let printing: SheetModule | null = null;
  let loading: Promise<void> | null = null;
  const loadSheet = (): void => {
    loading ??= import('./print-sheet').then(
      (m) => {
        printing = m;
      },
      (e: unknown) => console.error('the place sheet could not load', e),
    );
  };
  win?.addEventListener('beforeprint', () =>
    printing?.beforePrint(doc, ctx.state(), () => ctx.mapView()?.snapshotNow() ?? null),
  );
  win?.addEventListener('afterprint', () => printing?.afterPrint(doc));

  const share = (s: AppState): void => {
    const url = placeHref(doc.location.href, s);
    const title = `${doc.getElementById('place-title')?.textContent ?? ''} — ${t(s.lang, 'app.title')}`;
    void shareLink(win?.navigator ?? navigator, { title, url }).then((notice) => {
      if (notice) ctx.dispatch({ type: 'shareDone', notice }, 'effect');
    });
  };

  return {
    parts: {
      sheetNotice: (_, s) => {
        status.textContent = noticeText(s);
      },
    },
    onChange: (prev, next, origin) => {
      if (next.selected) loadSheet();
      // Shared only when asked now: a chunk arriving late does not share for an earlier press.
      if (origin !== 'init' && next.shareAsks !== prev.shareAsks) share(next);
    },
  };
}

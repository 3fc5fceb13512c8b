// Makes the place sheet when the browser is about to print, and takes it away after (a lazy chunk
// of the sheet feature, in before anything can be printed: sheet-feature.ts). Synchronous, as
// `beforeprint` must be: the map is read as drawn now (MapView.snapshotNow).
import './texts';
import { GSI_CREDIT_TEXT } from '../config/basemaps';
import { HAZARD_CREDIT_TEXT } from '../config/hazard-layers';
import type { AppState } from '../app/app-state';
import { documentedCatalog } from '../data/catalog-docs';
import { pick, t, type Lang } from '../i18n/i18n';
import { placeSheetPage, renderPlaceSheet } from './place-sheet';
import { placeHref } from './share-link';

/** What the sheet credits: the background and hazard portal when drawn, then every dataset. */
export function sheetCredits(s: Pick<AppState, 'lang' | 'basemap' | 'basemapStatus' | 'hazards'>): {
  readonly credits: readonly string[];
  readonly dataDates: readonly string[];
} {
  const lang: Lang = s.lang;
  const datasets = documentedCatalog.filter((d) => d.loadedByApp);
  const credits: string[] = [];
  if (s.basemap !== 'none' && s.basemapStatus === 'ok') {
    credits.push(GSI_CREDIT_TEXT, t(lang, 'sheet.edited'));
  }
  if (s.hazards.size > 0) credits.push(HAZARD_CREDIT_TEXT);
  for (const d of datasets) if (!credits.includes(d.attribution)) credits.push(d.attribution);
  const sep = lang === 'en' ? ': ' : '：';
  return {
    credits,
    dataDates: datasets.map((d) => `${pick(lang, d.title)}${sep}${pick(lang, d.dataDate)}`),
  };
}

export function beforePrint(
  doc: Document,
  s: AppState,
  snapshot: () => { readonly image: string } | null,
): void {
  const panel = doc.getElementById('place-panel');
  // A tour step prints its worksheet; with nothing chosen, the page prints as it is.
  if (s.tour || !s.selected || !panel?.classList.contains('has-place')) return;
  const { credits, dataDates } = sheetCredits(s);
  const image = snapshot()?.image ?? null;
  const page = placeSheetPage(doc, {
    lang: s.lang,
    kind: panel.querySelector('.place-head .kind')?.textContent ?? '',
    title: doc.getElementById('place-title')?.textContent ?? '',
    panel,
    // A map that cannot be read (no WebGL, a lost context) gives an empty or tiny data URL.
    mapImage: image && image.length > 100 ? image : null,
    link: placeHref(doc.location.href, s),
    credits,
    dataDates,
    printedOn: new Intl.DateTimeFormat(s.lang === 'en' ? 'en-GB' : 'ja-JP', {
      dateStyle: 'long',
    }).format(new Date()),
  });
  renderPlaceSheet(doc, page, s.lang);
}

export function afterPrint(doc: Document): void {
  renderPlaceSheet(doc, null);
}

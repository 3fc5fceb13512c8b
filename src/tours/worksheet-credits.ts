// What a printed worksheet must credit and date: the GSI and hazard-portal wording exactly as the
// map's credits (GSI asks for the source on every printed map, and for saying what was added),
// each bundled dataset's attribution and data date from the catalogue, and the old GSI layer
// compared on screen (named on the sheet even though only today's map is printed). Pure.

// The worksheets' texts, registered before this chunk's code runs (worksheet-texts.ts).
import './worksheet-texts';
import { GSI_CREDIT_TEXT } from '../config/basemaps';
import { HAZARD_CREDIT_TEXT } from '../config/hazard-layers';
import { THEN_CREDIT_TEXT, thenById, type ThenId } from '../config/old-maps';
import type { DocumentedDataset } from '../data/catalog-docs';
import { pick, t, type Lang } from '../i18n/i18n';

export interface WorksheetCredits {
  readonly credits: readonly string[];
  /** 「title：date」 per dataset. */
  readonly dataDates: readonly string[];
}

export function worksheetCredits(options: {
  readonly lang: Lang;
  /** A GSI background is drawn under the map. */
  readonly basemap: boolean;
  /** An online hazard layer is on. */
  readonly hazards: boolean;
  /** The datasets drawn (the catalogue's loadedByApp entries). */
  readonly datasets: readonly DocumentedDataset[];
  /** The old photo or map compared at this step (null or absent: none). */
  readonly then?: ThenId | null;
}): WorksheetCredits {
  const { lang } = options;
  const credits: string[] = [];
  if (options.basemap) credits.push(GSI_CREDIT_TEXT, t(lang, 'ws.edited'));
  if (options.hazards) credits.push(HAZARD_CREDIT_TEXT);
  const then = options.then ? thenById(options.then) : undefined;
  if (then && !credits.includes(THEN_CREDIT_TEXT)) credits.push(THEN_CREDIT_TEXT);
  for (const d of options.datasets) {
    if (!credits.includes(d.attribution)) credits.push(d.attribution);
  }
  const sep = lang === 'en' ? ': ' : '：';
  const dates = options.datasets.map(
    (d) => `${pick(lang, d.title)}${sep}${pick(lang, d.dataDate)}`,
  );
  return {
    credits,
    dataDates: then
      ? [...dates, `${pick(lang, then.title)}${sep}${pick(lang, then.period)}`]
      : dates,
  };
}

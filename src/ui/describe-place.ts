// What the side panel says about a place: pure, so it is unit-tested and screen-reader friendly
// (plain text rows, no colour).
import { catalog, type DatasetId, type DatasetMeta } from '../data/catalog';
import { joinList, t, type Lang, type MessageKey } from '../i18n/i18n';
import { PLACE_SOURCE, type PlaceKind } from '../data/places';

export interface PlaceDescription {
  readonly kindLabel: string;
  readonly title: string;
  /** Beside an English title: the place's Japanese name (street signs are in Japanese). */
  readonly titleJa?: string;
  readonly rows: readonly (readonly [label: string, value: string])[];
  readonly notes: readonly string[];
  readonly source: DatasetMeta;
}

const datasetOf: Readonly<Record<PlaceKind, DatasetId>> = PLACE_SOURCE;

const hazardFlags: readonly [string, MessageKey][] = [
  ['洪水', 'hazard.flood'],
  ['内水氾濫', 'hazard.inland'],
  ['高潮', 'hazard.hightide'],
  ['崖崩れ、土石流及び地滑り', 'hazard.slope'],
  ['地震', 'hazard.earthquake'],
  ['津波', 'hazard.tsunami'],
  ['大規模な火事', 'hazard.fire'],
  ['火山現象', 'hazard.volcano'],
];

function text(v: unknown): string {
  return v === undefined || v === null ? '' : String(v).trim();
}

/**
 * @param features every feature of the place (a station has one point per line).
 * @param addressEn an address as an English reader writes it, or null (then it is shown as written).
 */
export function describePlace(
  kind: PlaceKind,
  features: readonly Readonly<Record<string, unknown>>[],
  lang: Lang,
  addressEn: (address: string) => string | null = () => null,
): PlaceDescription {
  const meta = catalog.find((d) => d.id === datasetOf[kind]);
  if (!meta) throw new Error(`no dataset for ${kind}`);
  const p = features[0] ?? {};
  const rows: [string, string][] = [];
  const notes: string[] = [];
  const add = (key: MessageKey, value: string): void => {
    if (value !== '') rows.push([t(lang, key), value]);
  };
  let title = text(p.label);
  // The address in English with the Japanese beside it: the one to show a taxi driver.
  const address = (): string => {
    const ja = text(p['住所']);
    const en = addressEn(ja);
    return en === null ? ja : `${en} (${ja})`;
  };
  switch (kind) {
    case 'chome': {
      title = text(p.name_kanji);
      const pop = p.population_2015;
      const hh = p.households_2015;
      // Unknown census figures stay unknown: never shown as 0.
      add(
        'panel.population',
        typeof pop === 'number' ? t(lang, 'panel.persons', { n: pop }) : unknown(lang),
      );
      add(
        'panel.households',
        typeof hh === 'number' ? t(lang, 'panel.householdsN', { n: hh }) : unknown(lang),
      );
      add('panel.code', text(p.key_code));
      break;
    }
    case 'station': {
      const lines = [...new Set(features.map((f) => text(f.line)))].filter(Boolean);
      add('panel.lines', joinList(lang, lines));
      break;
    }
    case 'evacSite': {
      const flagged = hazardFlags.filter(([k]) => text(p[k]) === '1').map(([, m]) => t(lang, m));
      add(
        'panel.hazards',
        flagged.length > 0 ? joinList(lang, flagged) : t(lang, 'panel.hazardsNone'),
      );
      add('panel.address', address());
      add('panel.municipality', text(p['都道府県名及び市町村名']));
      notes.push(t(lang, 'panel.hazardsNote'));
      break;
    }
    case 'shelter':
      add('panel.address', address());
      add('panel.municipality', text(p['都道府県名及び市町村名']));
      break;
    case 'wideArea':
      add('panel.nameEn', text(p['施設名(英語)']));
      add('panel.address', address());
      add('panel.servedArea', text(p['対象地区']));
      add('panel.phone', text(p['電話番号']));
      break;
    case 'assembly':
      add(
        'panel.servedArea',
        [text(p['対象地区']), text(p['説明(日本語)'])].filter(Boolean).join(' / '),
      );
      notes.push(
        t(lang, text(p.coord_warning) !== '' ? 'panel.coordWarning' : 'panel.approxPosition'),
      );
      break;
  }
  add('panel.dataAsOf', lang === 'en' ? meta.dataDate.en : meta.dataDate.ja);
  return {
    kindLabel: t(lang, `panel.kind.${kind}`),
    title,
    rows,
    notes,
    source: meta,
  };
}

function unknown(lang: Lang): string {
  return t(lang, 'panel.unknown');
}

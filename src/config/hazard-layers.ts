// Official hazard layers (ハザードマップポータルサイト raster tiles) as people read them: names,
// scenarios, legends and notes, joined with their tiles (hazard-tiles.ts, what the map needs at
// start). Source: ../shared/data-sources/hazard-tiles/tile_sources.json. Only the common depth
// legend is known to us; layers whose legend we do not hold say so instead of guessing.
import type { Bilingual } from '../data/schema';
import { hazardTilesOf, type HazardId } from './hazard-tiles';

export {
  DEFAULT_HAZARD_OPACITY,
  HAZARD_ATTRIBUTION,
  OFFLINE_MESH_ID,
  type HazardId,
  type HazardKey,
} from './hazard-tiles';

export interface LegendClass {
  readonly id: string;
  readonly rgb: readonly [number, number, number];
  readonly label: Bilingual;
  /** What the class means for a person: e.g. "from the ground-floor floor up to the eaves". */
  readonly reading: Bilingual;
}

export interface HazardLayer {
  readonly id: HazardId;
  readonly title: Bilingual;
  readonly tiles: string;
  readonly minzoom: number;
  readonly maxzoom: number;
  /** Which scenario this is, and the rain it assumes (as far as we know it). */
  readonly scenario: Bilingual;
  /** Start of a point-query sentence: 「想定最大規模の大雨で」 … */
  readonly short: Bilingual;
  /** Official classes, or null when we do not hold this layer's legend. */
  readonly legend: readonly LegendClass[] | null;
  readonly attribution: string;
  readonly note: Bilingual | null;
}

/** Common depth legend of the national hazard maps (浸水深). Readings are the usual guide wording. */
export const DEPTH_LEGEND: readonly LegendClass[] = [
  {
    id: 'lt0.5',
    rgb: [247, 245, 169],
    label: { ja: '0.5m未満', en: 'under 0.5 m' },
    reading: {
      ja: '床下浸水（大人のひざまで）程度',
      en: 'below the floor (up to an adult’s knees)',
    },
  },
  {
    id: '0.5-3',
    rgb: [255, 216, 192],
    label: { ja: '0.5〜3m', en: '0.5–3 m' },
    reading: { ja: '1階の床上から軒下まで', en: 'from the ground-floor floor up to the eaves' },
  },
  {
    id: '3-5',
    rgb: [255, 183, 183],
    label: { ja: '3〜5m', en: '3–5 m' },
    reading: { ja: '2階の床上から軒下まで', en: 'the first floor up to its eaves' },
  },
  {
    id: '5-10',
    rgb: [255, 145, 145],
    label: { ja: '5〜10m', en: '5–10 m' },
    reading: {
      ja: '2階の軒下を超え、3〜4階まで',
      en: 'above the first-floor eaves, up to the 3rd–4th floor',
    },
  },
  {
    id: '10-20',
    rgb: [242, 133, 201],
    label: { ja: '10〜20m', en: '10–20 m' },
    reading: { ja: '4〜6階まで', en: 'up to the 4th–6th floor' },
  },
  {
    id: 'ge20',
    rgb: [220, 122, 220],
    label: { ja: '20m以上', en: '20 m or more' },
    reading: { ja: '6階以上', en: 'the 6th floor and above' },
  },
];

export const HAZARD_CREDIT_TEXT =
  '出典：ハザードマップポータルサイト（https://disaportal.gsi.go.jp/）';
/** The hazard maps' entry in the credits dialog, as a place's answer opens it. */
export const HAZARD_CREDITS_FILE = 'hazard-tiles';

const L2: Bilingual = {
  ja: '想定最大規模（L2）：想定しうる最大規模の大雨（おおむね1000年に1回程度を超える確率）。雨の量は川ごとに異なります。',
  en: 'Maximum assumed (L2): the largest rain that can be assumed (about 1 in 1,000 years or rarer); the amount differs by river.',
};
const L1: Bilingual = {
  ja: '計画規模（L1）：川の整備の目標とする大雨（おおむね100〜200年に1回程度）。雨の量は川ごとに異なります。',
  en: 'Planned scale (L1): the rain that river works are designed for (about 1 in 100–200 years); the amount differs by river.',
};

const SHORT: Partial<Record<HazardId, Bilingual>> = {
  flood_l2_depth: {
    ja: '想定最大規模の大雨（川の洪水）で',
    en: 'In the maximum assumed rain (river flood):',
  },
  flood_l1_depth: {
    ja: '計画規模の大雨（川の洪水）で',
    en: 'In the planned-scale rain (river flood):',
  },
  hightide_l2: { ja: '想定最大規模の高潮で', en: 'In the maximum assumed storm surge:' },
};

const layer = (
  id: HazardId,
  title: Bilingual,
  scenario: Bilingual,
  legend: readonly LegendClass[] | null,
  note: Bilingual | null = null,
): HazardLayer => ({
  ...hazardTilesOf(id),
  title,
  short: SHORT[id] ?? { ja: `${title.ja}：`, en: `${title.en}:` },
  scenario,
  legend,
  note,
});

const noLegend: Bilingual = {
  ja: 'この層の凡例はこのアプリに収録していません。色の意味はハザードマップポータルサイトで確認してください。',
  en: 'This app does not hold this layer’s legend; check the colours on the national hazard map portal.',
};

export const hazardLayers: readonly HazardLayer[] = [
  layer(
    'flood_l2_depth',
    { ja: '洪水 浸水深（想定最大規模 L2）', en: 'River flood depth (maximum assumed, L2)' },
    L2,
    DEPTH_LEGEND,
    {
      ja: '国や都が想定を公表した川の洪水です。品川区内にどの川の想定が表示されるかは確認していません。',
      en: 'Floods of rivers for which the state or Tokyo published zones; which rivers appear inside Shinagawa was not checked.',
    },
  ),
  layer(
    'flood_l1_depth',
    { ja: '洪水 浸水深（計画規模 L1）', en: 'River flood depth (planned scale, L1)' },
    L1,
    DEPTH_LEGEND,
  ),
  layer(
    'flood_l2_duration',
    { ja: '浸水継続時間（想定最大規模 L2）', en: 'Flood duration (L2)' },
    L2,
    null,
    noLegend,
  ),
  layer(
    'flood_l2_collapse_flow',
    { ja: '家屋倒壊等氾濫想定区域（氾濫流）', en: 'House-collapse zone (overflow)' },
    L2,
    null,
    noLegend,
  ),
  layer(
    'flood_l2_collapse_erosion',
    { ja: '家屋倒壊等氾濫想定区域（河岸侵食）', en: 'House-collapse zone (bank erosion)' },
    L2,
    null,
    noLegend,
  ),
  layer(
    'naisui',
    { ja: '内水（雨水出水）浸水想定', en: 'Inland (stormwater) flooding' },
    {
      ja: '下水道などからあふれる浸水の想定。公開に同意した市区町村だけが含まれ、品川区が含まれるかは確認していません。',
      en: 'Stormwater flooding from drains; only municipalities that agreed to publish are included — whether Shinagawa is was not checked.',
    },
    null,
    noLegend,
  ),
  layer(
    'hightide_l2',
    { ja: '高潮 浸水深（想定最大規模）', en: 'Storm-surge depth (maximum assumed)' },
    {
      ja: '想定しうる最大規模の高潮（室戸台風級の台風など）。',
      en: 'The largest storm surge that can be assumed (e.g. a Muroto-class typhoon).',
    },
    DEPTH_LEGEND,
  ),
  layer(
    'tsunami',
    { ja: '津波 浸水想定', en: 'Tsunami inundation' },
    {
      ja: '最大クラスの津波の想定。',
      en: 'The largest class of tsunami assumed.',
    },
    null,
    noLegend,
  ),
  layer(
    'dosha_steep_slope',
    { ja: '土砂災害警戒区域（急傾斜地の崩壊）', en: 'Landslide warning zone (steep slope)' },
    {
      ja: '大雨などで崖が崩れるおそれのある区域。',
      en: 'Areas where a steep slope may fail in heavy rain.',
    },
    null,
    noLegend,
  ),
  layer(
    'dosha_debris_flow',
    { ja: '土砂災害警戒区域（土石流）', en: 'Landslide warning zone (debris flow)' },
    {
      ja: '土石流のおそれのある区域。',
      en: 'Areas at risk of debris flow.',
    },
    null,
    noLegend,
  ),
  layer(
    'dosha_landslide',
    { ja: '土砂災害警戒区域（地すべり）', en: 'Landslide warning zone (landslide)' },
    {
      ja: '地すべりのおそれのある区域。',
      en: 'Areas at risk of landslide.',
    },
    null,
    noLegend,
  ),
];

/**
 * The layers every place's answer reads at its point, none of them drawn (issue 18): the river
 * flood at its largest (L2), inland flooding where published, storm surge and tsunami.
 */
export const PREDICTED_LAYERS: readonly HazardId[] = [
  'flood_l2_depth',
  'naisui',
  'hightide_l2',
  'tsunami',
];

export function hazardById(id: string): HazardLayer | undefined {
  return hazardLayers.find((l) => l.id === id);
}

/** Colours within this RGB distance of a legend colour count as that class (tiles are resampled). */
export const LEGEND_TOLERANCE = 24;

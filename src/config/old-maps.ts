// The "then" side of the then-and-now view: GSI's old aerial photographs and land-history layers
// (地理院タイル). URLs, zoom ranges, descriptions, legends and the credit live here and nowhere
// else. Source: ../shared/data-sources/hazard-tiles/OLD_MAPS_AND_RAIN.md (§1–3), which took the
// settings from GSI's own web map (github.com/gsi-cyberjapan/gsimaps, layers_txt/layers1.txt and
// layers3.txt). Whether each layer has tiles over Shinagawa was NOT checked (no network when this
// was written): the app says so next to every layer.
import type { Bilingual } from '../data/schema';
import { GSI_CREDIT_TEXT } from './basemaps';

import type { ThenId } from './then-ids';

export { DEFAULT_SWIPE, DEFAULT_THEN_OPACITY, isThenId, THEN_IDS, type ThenId } from './then-ids';

/** A layer's own words, and where they come from. */
export interface ThenDescription {
  readonly text: Bilingual;
  /** true: the Japanese is GSI's wording, verbatim; false: our own summary of the source. */
  readonly quoted: boolean;
  readonly sourceUrl: string;
}

export interface ThenLayer {
  readonly id: ThenId;
  /** Photos hide today's map under them; land-history layers are drawn over it (transparent). */
  readonly kind: 'photo' | 'land';
  /** As GSI names the layer, with its period. */
  readonly title: Bilingual;
  /** Short label on the map's "then" side. */
  readonly short: Bilingual;
  /** The years the layer shows (the data date in the credits). */
  readonly period: Bilingual;
  readonly tiles: string;
  readonly tileSize: number;
  /** Lowest zoom the tiles are requested at (below it the side stays empty). */
  readonly minzoom: number;
  /** Native maximum zoom: deeper zooms enlarge these tiles. */
  readonly maxzoom: number;
  readonly descriptions: readonly ThenDescription[];
  /** GSI's legend for a land-history layer (null for photos). */
  readonly legendUrl: string | null;
  /** Where the exact date of each photo can be read (null for land-history layers). */
  readonly datesUrl: string | null;
  /** What we know about this layer over Shinagawa (always "not checked" at least). */
  readonly coverage: Bilingual;
}

/** GSI's list of its tiles: the link of the credit, as GSI's own map gives it. */
export const GSI_TILE_LIST_URL = 'https://maps.gsi.go.jp/development/ichiran.html';
/** 国土地理院コンテンツ利用規約. */
export const GSI_TERMS_URL = 'https://www.gsi.go.jp/kikakuchousei/kikakuchousei40182.html';
/** The credit the app gives every GSI tile layer (same wording as basemaps.ts GSI_CREDIT_TEXT). */
export const THEN_CREDIT = { text: '出典：国土地理院（地理院タイル）', url: GSI_TILE_LIST_URL };
export const THEN_CREDIT_TEXT = GSI_CREDIT_TEXT;

const LAYERS3 = 'https://github.com/gsi-cyberjapan/gsimaps/blob/gh-pages/layers_txt/layers3.txt';
const PHOTO_DATES = 'https://github.com/gsi-cyberjapan/gsimaps/issues/68';
const RIKU_RELEASE = 'http://www.gsi.go.jp/MAP/HISTORY/johoservice20170428.html';
const host = 'https://cyberjapandata.gsi.go.jp/xyz';

const photoCoverage: Bilingual = {
  ja: '品川区にこの時期の写真があるかは確かめていません。写真がない場所は灰色の空白になります。',
  en: 'Whether Shinagawa has photos from this period was not checked. Where there is no photo, the side stays plain grey.',
};

export const thenLayers: readonly ThenLayer[] = [
  {
    id: 'ort_riku10',
    kind: 'photo',
    title: { ja: '空中写真 1936〜1942年頃', en: 'Aerial photos, c. 1936–1942' },
    short: { ja: '1936〜1942年頃', en: 'c. 1936–1942' },
    period: { ja: '1936〜1942年頃', en: 'c. 1936–1942' },
    tiles: `${host}/ort_riku10/{z}/{x}/{y}.png`,
    tileSize: 256,
    minzoom: 13,
    maxzoom: 18,
    descriptions: [
      {
        text: {
          ja: '戦前の空中写真を、今の地図と位置が合うようにつなぎ合わせたものです（東京23区、世田谷区の一部を除く）。',
          en: 'Pre-war aerial photos joined to line up with today’s map (Tokyo’s 23 wards except part of Setagaya).',
        },
        quoted: false,
        sourceUrl: RIKU_RELEASE,
      },
      {
        text: {
          ja: '「一部について空中写真が白や黒で塗られ、状況がわからない部分がありますが、これは戦前に撮影された元の空中写真に由来するものです」',
          en: 'Some parts are painted white or black in the original pre-war photos, so nothing can be seen there (GSI).',
        },
        quoted: true,
        sourceUrl: RIKU_RELEASE,
      },
    ],
    legendUrl: null,
    datesUrl: PHOTO_DATES,
    coverage: {
      ja: 'GSI の発表では東京23区（世田谷区の一部を除く）が対象です。写真がない場所は灰色の空白になります。',
      en: 'GSI announced these for Tokyo’s 23 wards (except part of Setagaya). Where there is no photo, the side stays plain grey.',
    },
  },
  {
    id: 'ort_USA10',
    kind: 'photo',
    title: { ja: '空中写真 1945〜1950年', en: 'Aerial photos, 1945–1950' },
    short: { ja: '1945〜1950年', en: '1945–1950' },
    period: { ja: '1945〜1950年', en: '1945–1950' },
    tiles: `${host}/ort_USA10/{z}/{x}/{y}.png`,
    tileSize: 256,
    minzoom: 10,
    maxzoom: 17,
    descriptions: [
      {
        text: {
          ja: '1945〜1950年に米軍が撮影した空中写真です。',
          en: 'Aerial photos taken by the US Army in 1945–1950.',
        },
        quoted: false,
        sourceUrl: PHOTO_DATES,
      },
    ],
    legendUrl: null,
    datesUrl: PHOTO_DATES,
    coverage: photoCoverage,
  },
  {
    id: 'ort_old10',
    kind: 'photo',
    title: { ja: '空中写真 1961〜1969年', en: 'Aerial photos, 1961–1969' },
    short: { ja: '1961〜1969年', en: '1961–1969' },
    period: { ja: '1961〜1969年', en: '1961–1969' },
    tiles: `${host}/ort_old10/{z}/{x}/{y}.png`,
    tileSize: 256,
    minzoom: 10,
    maxzoom: 17,
    descriptions: [
      {
        text: {
          ja: '1961〜1969年に撮影された空中写真です。',
          en: 'Aerial photos taken in 1961–1969.',
        },
        quoted: false,
        sourceUrl: PHOTO_DATES,
      },
    ],
    legendUrl: null,
    datesUrl: PHOTO_DATES,
    coverage: photoCoverage,
  },
  {
    id: 'gazo1',
    kind: 'photo',
    title: { ja: '空中写真 1974〜1978年', en: 'Aerial photos, 1974–1978' },
    short: { ja: '1974〜1978年', en: '1974–1978' },
    period: { ja: '1974〜1978年', en: '1974–1978' },
    tiles: `${host}/gazo1/{z}/{x}/{y}.jpg`,
    tileSize: 256,
    minzoom: 10,
    maxzoom: 17,
    descriptions: [
      {
        text: {
          ja: '1974〜1978年に撮影された空中写真（国土画像情報）です。',
          en: 'Aerial photos taken in 1974–1978 (国土画像情報, national land imagery).',
        },
        quoted: false,
        sourceUrl: PHOTO_DATES,
      },
    ],
    legendUrl: null,
    datesUrl: PHOTO_DATES,
    coverage: photoCoverage,
  },
  {
    id: 'swale',
    kind: 'land',
    title: { ja: '明治期の低湿地', en: 'Meiji-era low wetlands' },
    short: { ja: '明治期の低湿地', en: 'Meiji-era wetlands' },
    period: { ja: '明治13〜19年（1880〜1886年）の地図から', en: 'from maps of 1880–1886' },
    tiles: `${host}/swale/{z}/{x}/{y}.png`,
    tileSize: 256,
    minzoom: 5,
    maxzoom: 16,
    descriptions: [
      {
        text: {
          ja: '明治期の地図から、当時の低湿地の分布を示した地図です。土地の液状化と関連が深いと考えられる区域を確認できます。',
          en: 'A map of the low wetlands of the Meiji era, drawn from maps of that time. It shows areas thought to be closely linked to soil liquefaction.',
        },
        quoted: true,
        sourceUrl: LAYERS3,
      },
      {
        text: {
          ja: '関東は「第一軍管地方2万分1迅速測図原図（明治13年〜19年）」から作られています。位置は最大100 m ほどずれることがあります。',
          en: 'For Kantō it was made from the 1:20,000 rapid survey maps of 1880–1886. Positions can be off by up to about 100 m.',
        },
        quoted: false,
        sourceUrl: 'http://www.gsi.go.jp/bousaichiri/lc_meiji.html',
      },
    ],
    legendUrl: 'https://maps.gsi.go.jp/legend/lw_legend.pdf',
    datesUrl: null,
    coverage: {
      ja: '品川区が含まれるかは確かめていません（となりの大田区は含まれています）。色のない場所は、低湿地ではなかったか、地図がない場所です。',
      en: 'Whether Shinagawa is covered was not checked (neighbouring Ōta is). Uncoloured means no wetland there, or no map.',
    },
  },
  {
    id: 'lcmfc2',
    kind: 'land',
    title: { ja: '治水地形分類図', en: 'Landform classification for flood control' },
    short: { ja: '治水地形分類図', en: 'Flood-control landforms' },
    period: {
      ja: '初版（1976〜1978年）とその後の更新版',
      en: 'first edition (1976–1978) and later updates',
    },
    tiles: `${host}/lcmfc2/{z}/{x}/{y}.png`,
    tileSize: 256,
    minzoom: 5,
    maxzoom: 16,
    descriptions: [
      {
        text: {
          ja: '一級河川を対象として、地形分類（扇状地、自然堤防、旧河道、後背湿地など）や堤防などを示した地図です。',
          en: 'A map of landforms (alluvial fans, natural levees, old river channels, back marshes and so on) and embankments along class-A rivers.',
        },
        quoted: true,
        sourceUrl: LAYERS3,
      },
    ],
    legendUrl: 'https://maps.gsi.go.jp/legend/lcmfc2_legend.jpg',
    datesUrl: null,
    coverage: {
      ja: '目黒川・立会川は一級河川ではないため、その谷は描かれていないかもしれません（確かめていません）。色のない場所は、分類がない場所です。',
      en: 'The Meguro and Tachiai are not class-A rivers, so their valleys may not be mapped (not checked). Uncoloured means not classified.',
    },
  },
];

export function thenById(id: string): ThenLayer | undefined {
  return thenLayers.find((l) => l.id === id);
}

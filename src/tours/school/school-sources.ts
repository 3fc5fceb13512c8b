// The sources the generated school lesson cites besides the records' own: the ward's list of
// schools (its shelters), the hazard map portal, GSI's old photos, 明治期の低湿地 and evacuation
// sites. Titles are citations, written as the publishers name them (like source_title in
// data/tours/), shown as written in every language.
import type { TourSource } from '../tour-model';

export const SCHOOL_SOURCES: Readonly<
  Record<'ward' | 'hazard' | 'photo' | 'swale' | 'evac', TourSource>
> = {
  ward: {
    title:
      '品川区「災害時等の避難所・広域避難場所」（東京都オープンデータカタログ、2022年12月の写し）',
    url: 'https://catalog.data.metro.tokyo.lg.jp/dataset/t131091d0000000138',
    label: 'official',
  },
  hazard: {
    title: 'ハザードマップポータルサイト（国土交通省・国土地理院）',
    url: 'https://disaportal.gsi.go.jp/',
    label: 'official',
  },
  photo: {
    title: '国土地理院 地理院タイル（空中写真 1945〜1950年）',
    url: 'https://maps.gsi.go.jp/development/ichiran.html',
    label: 'official',
  },
  swale: {
    title: '国土地理院「明治期の低湿地」',
    url: 'http://www.gsi.go.jp/bousaichiri/lc_meiji.html',
    label: 'official',
  },
  evac: {
    title: '国土地理院「指定緊急避難場所データ」（2025年10月27日取得）',
    url: 'https://www.gsi.go.jp/bousaichiri/hinanbasho.html',
    label: 'official',
  },
};

// 学習指導要領コード a lesson can be tagged with: the units EDUCATION_NOTES.md §1.1 names for past
// floods, hazard maps and the school's surroundings (MEXT codes as published in jp-cos).
export interface CurriculumUnit {
  readonly code: string;
  readonly ja: string;
  readonly en: string;
}

export const CURRICULUM_UNITS: readonly CurriculumUnit[] = [
  {
    code: '8220243300000000',
    ja: '小4 社会 (3) 自然災害から人々を守る活動',
    en: 'Grade 4 social studies (3): protecting people from natural disasters',
  },
  {
    code: '8220253500000000',
    ja: '小5 社会 (5) 我が国の国土の自然環境と国民生活との関連',
    en: "Grade 5 social studies (5): Japan's natural environment and people's lives",
  },
  {
    code: '83212A3310000000',
    ja: '中学 地理的分野 C(1) 地域調査の手法',
    en: 'Lower-secondary geography C(1): methods of local surveys',
  },
  {
    code: '83212A3320000000',
    ja: '中学 地理的分野 C(2) 日本の地域的特色と地域区分',
    en: "Lower-secondary geography C(2): Japan's regional characteristics",
  },
  {
    code: '8431503111200000',
    ja: '高校 地理総合 A(1)ア(イ) 地図や地理情報システムの役割や有用性',
    en: 'Geography (地理総合) A(1) a(ii): the role and use of maps and GIS',
  },
  {
    code: '8431503310000000',
    ja: '高校 地理総合 C(1) 自然環境と防災',
    en: 'Geography (地理総合) C(1): the natural environment and disaster prevention',
  },
  {
    code: '8431503311200000',
    ja: '高校 地理総合 C(1)ア(イ) ハザードマップや新旧地形図の読み取り',
    en: 'Geography (地理総合) C(1) a(ii): reading hazard maps and old and new maps',
  },
];

/** Grades as teachers write them (the audience field), offered as suggestions. */
export const AUDIENCE_SUGGESTIONS: readonly string[] = [
  '小4 社会',
  '小5 社会',
  '小6 市民科',
  '中学 地理的分野',
  '中学 市民科',
  '高校 地理総合',
];

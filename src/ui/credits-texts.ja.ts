// The sources and credits dialog (src/ui/credits-dialog.ts). Japanese is the reference:
// credits-texts.en.ts has exactly these keys, credits-texts.easy.ts the ones that need rewriting
// (src/i18n/README.md).
export const creditsJa = {
  'credits.heading': 'データの出典とライセンス',
  'credits.intro':
    'この地図は次のオープンデータから作られています。それぞれの出典・ライセンス・時点を示します。',
  'credits.publisher': '提供',
  'credits.licence': 'ライセンス',
  'credits.date': 'データの時点',
  'credits.origin': '入手元',
  'credits.caveats': '注意',
  'credits.basemaps': '背景地図（オンライン）',
  'credits.hazards': 'ハザードマップ（オンライン）',
  'credits.software': 'ソフトウェア：MapLibre GL JS（BSD-3-Clause）ほか',
};

export type CreditsTextKey = keyof typeof creditsJa;

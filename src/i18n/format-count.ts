// A count with its unit, in every language: what the map's labels and the records legend need at
// start (the rest of format-flood.ts loads with the answers, the event page and the list).
import { formatNumber, type Lang } from './i18n';

const EN_UNITS: Readonly<Record<string, [string, string]>> = {
  棟: ['building', 'buildings'],
  戸: ['household', 'households'],
  件: ['case', 'cases'],
  カ所: ['place', 'places'],
};

/** "1,614棟" in Japanese, "1,614 buildings" in English. */
export function formatCount(n: number, unit: string, lang: Lang): string {
  if (lang !== 'en') return `${formatNumber(lang, n)}${unit}`;
  const en = EN_UNITS[unit];
  return en
    ? `${formatNumber(lang, n)} ${n === 1 ? en[0] : en[1]}`
    : `${formatNumber(lang, n)} ${unit}`.trim();
}

// What the lessons menu lists: one entry per tour in the chosen language. Pure.
import type { Lang } from '../i18n/i18n';
import type { Tour } from './tour-model';
import { tourText, tourTextLang } from './tour-state';

export interface TourListItem {
  readonly id: string;
  readonly title: string;
  /** Language the title is written in (a missing English title falls back to Japanese). */
  readonly titleLang: 'ja' | 'en';
  readonly summary: string;
  readonly audience: string;
  readonly steps: number;
  readonly curriculum: readonly string[];
}

export function tourList(tours: readonly Tour[], lang: Lang): TourListItem[] {
  return tours.map((tour) => ({
    id: tour.id,
    title: tourText(tour.title, lang),
    titleLang: tourTextLang(tour.title, lang),
    summary: tourText(tour.summary, lang),
    audience: tourText(tour.audience, lang),
    steps: tour.steps.length,
    curriculum: tour.curriculum,
  }));
}

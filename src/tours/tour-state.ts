// What a tour step does to the app: the URL state it sets (the map, timeline and panel follow it
// like any shared link), the tour's own URL parameters, and the step's text in a language. Pure.
import type { Lang } from '../i18n/i18n';
import { plainText } from '../i18n/ruby';
import { DEFAULT_SWIPE } from '../config/then-ids';
import type { UrlState } from '../app/app-state';
import { DEFAULT_LAYERS } from '../state/core-state';
import { formatHash } from '../app/app-state';
import type { Tour, TourStep, TourText } from './tour-model';

/** The URL state a step sets over `base` (language, background and anything else are kept). */
export function stepUrlState(step: TourStep, base: UrlState): UrlState {
  return {
    ...base,
    view: { ...step.view },
    layers: new Set(step.layers ?? DEFAULT_LAYERS),
    hazards: new Map(step.hazards),
    range: step.range,
    rangeMode: step.rangeMode,
    measure: step.measure,
    selected: step.selection ? { kind: step.selection.kind, id: step.selection.id } : null,
    // A step with an old layer opens then-and-now with the divider in the middle; others close it.
    then: step.then ? { id: step.then, swipe: DEFAULT_SWIPE, overlay: null } : null,
  };
}

/** `tour=<id>&step=<n>`, n counted from 1 as teachers count steps. */
export function tourParams(tourId: string, index: number): string {
  return `tour=${encodeURIComponent(tourId)}&step=${index + 1}`;
}

/** The address that reopens this step (for the QR code on its worksheet). */
export function stepHref(pageUrl: string, tour: Tour, index: number, base: UrlState): string {
  const step = tour.steps[index];
  if (!step) throw new RangeError(`tour ${tour.id} has no step ${index + 1}`);
  const page = pageUrl.replace(/#.*$/, '');
  return `${page}${formatHash(stepUrlState(step, base))}&${tourParams(tour.id, index)}`;
}

/**
 * A tour text in the chosen language, plain (furigana markup stripped: for titles, labels and
 * menus); a missing やさしい日本語 or English text falls back to Japanese.
 */
export function tourText(text: TourText, lang: Lang): string {
  return plainText(tourRubyText(text, lang));
}

/** The same text with its furigana markup (`{漢字|かんじ}`), for ui/ruby-text.ts to draw. */
export function tourRubyText(text: TourText, lang: Lang): string {
  if (lang === 'en') return text.en ?? text.ja;
  if (lang === 'ja-easy') return text.easy ?? text.ja;
  return text.ja;
}

/** The language a tour text is shown in (for the `lang` attribute when it fell back). */
export function tourTextLang(text: TourText, lang: Lang): 'ja' | 'en' {
  return lang === 'en' && text.en !== null ? 'en' : 'ja';
}

// What a step (or "add this view") shows, in one line a teacher can check: zoom, period, hazard
// layers and what is selected. Pure.
import { t, type Lang } from '../../i18n/i18n';
import { periodText } from '../../i18n/period';
import type { TourStep } from '../tour-model';

export function describeView(
  step: Pick<TourStep, 'view' | 'range' | 'rangeMode' | 'hazards' | 'selection'>,
  lang: Lang,
): string {
  const parts = [
    t(lang, 'lesson.viewZoom', { zoom: step.view.zoom.toFixed(1) }),
    periodText(lang, step.range, step.rangeMode),
  ];
  if (step.hazards.length > 0) {
    parts.push(t(lang, 'lesson.viewHazards', { n: step.hazards.length }));
  }
  if (step.selection) {
    parts.push(
      t(lang, 'lesson.viewSelection', { id: `${step.selection.kind}:${step.selection.id}` }),
    );
  }
  return parts.join(lang === 'en' ? ' · ' : '・');
}

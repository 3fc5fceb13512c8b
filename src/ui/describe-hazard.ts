// What the hazard layers predict at a point, in words (pure). No colour means "no data here",
// never "safe".
import type { HazardLayer } from '../config/hazard-layers';
import type { HazardReading } from '../hazard/read-hazards';
import { pick, t, type Lang } from '../i18n/i18n';

export function describeHazardReading(
  layer: Pick<HazardLayer, 'title' | 'short' | 'legend'>,
  r: HazardReading,
  lang: Lang,
): string {
  const title = pick(lang, layer.title);
  switch (r.kind) {
    case 'loading':
      return `${title}: ${t(lang, 'hazard.loading')}`;
    case 'unavailable':
      return `${title}: ${t(lang, 'hazard.unavailableHere')}`;
    case 'read': {
      const reading = r.reading;
      if (reading.kind === 'noData') return `${title}: ${t(lang, 'hazard.noColour')}`;
      if (reading.kind === 'unknownColor') {
        return `${title}: ${t(lang, layer.legend ? 'hazard.colourNotInLegend' : 'hazard.colourNoLegend')}`;
      }
      return t(lang, 'hazard.depthSentence', {
        scenario: pick(lang, layer.short),
        label: pick(lang, reading.cls.label),
        reading: pick(lang, reading.cls.reading),
      });
    }
  }
}

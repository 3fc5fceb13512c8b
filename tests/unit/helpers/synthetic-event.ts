// A synthetic flood record (the 1999 downpour's shape); tests override what they are about.
import { num } from '../../../src/data/figure';
import { EMPTY_EVENT_TEXT, type FloodEvent, type PartialDate } from '../../../src/data/flood-model';

const day = (iso: string): PartialDate => ({ iso, precision: 'day' });

/** A synthetic event; tests override what they are about. */
export function makeEvent(over: Partial<FloodEvent> = {}): FloodEvent {
  return {
    id: 'SH-1999-08-29',
    recordType: 'event',
    start: day('1999-08-29'),
    end: null,
    dateAsWritten: '平成11年8月29日',
    name: { ja: '平成11年8月29日 集中豪雨', en: 'Localized downpour, 29 Aug 1999' },
    causes: ['heavyRain'],
    causeText: '',
    rivers: '',
    placesAsWritten: '',
    placeRefs: [],
    aboveFloor: num(1614),
    belowFloor: num(1137),
    total: num(2751),
    unit: '棟',
    damageAsWritten: '',
    otherDamage: '',
    rainMaxHourlyMm: null,
    rainTotalMm: null,
    rainfallNotes: '',
    scope: '',
    figuresScope: 'ward',
    source: {
      title: 't',
      titleEn: '',
      urls: [],
      kindAsWritten: '',
      kind: { ja: '', en: '' },
      sourceClass: 'official',
      quote: '',
      quoteEn: '',
    },
    uncertainty: '',
    text: EMPTY_EVENT_TEXT,
    line: 2,
    ...over,
  };
}

// The detail view of one flood record, as labelled rows of text (pure; rendered by event-panel.ts).
import type { FloodEvent } from '../data/flood-model';
import type { Location } from '../data/locate';
import { formatNumber, joinList, pick, t, type Lang } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import {
  causesText,
  eventName,
  formatEventDamage,
  formatRange,
  sourceClassLabel,
} from './format-flood';

export interface EventDescription {
  readonly kindLabel: string;
  readonly title: string;
  readonly rows: readonly (readonly [label: string, value: string])[];
  readonly quote: string;
  readonly urls: readonly string[];
  readonly sourceTitle: string;
  readonly sourceClass: string;
  readonly uncertainty: string;
  readonly gazetteerNotes: readonly string[];
  readonly placed: boolean;
}

export function describeEvent(
  e: FloodEvent,
  loc: Location | undefined,
  chomeName: (code: string) => string,
  lang: Lang,
): EventDescription {
  const rows: [string, string][] = [];
  const add = (key: MessageKey, value: string): void => {
    if (value.trim() !== '') rows.push([t(lang, key), value]);
  };
  add('event.date', formatRange(e.start, e.end, lang));
  add('event.dateAsWritten', e.dateAsWritten);
  add('event.cause', causesText(e, lang));
  add('event.causeText', e.causeText);
  add('event.rivers', e.rivers);
  const rain = [
    e.rainMaxHourlyMm !== null
      ? t(lang, 'event.rainHourly', { mm: formatNumber(lang, e.rainMaxHourlyMm) })
      : '',
    e.rainTotalMm !== null
      ? t(lang, 'event.rainTotal', { mm: formatNumber(lang, e.rainTotalMm) })
      : '',
  ].filter(Boolean);
  add('event.rain', joinList(lang, rain));
  if (e.recordType === 'event' || e.recordType === 'related_event') {
    add('event.damage', formatEventDamage(e, lang));
  }
  add('event.damageAsWritten', e.damageAsWritten);
  add('event.otherDamage', e.otherDamage);
  add('event.places', e.placesAsWritten);
  const placed = loc ? [...loc.chome, ...loc.townChome].map(chomeName) : [];
  const onMap = [
    ...placed,
    ...(loc?.stations ?? []).map((s) => (lang === 'en' ? `${s} Sta.` : `${s}駅`)),
  ];
  add('event.onMap', onMap.length > 0 ? joinList(lang, onMap) : t(lang, 'event.notPlaced'));
  if (loc && loc.unplaced.length > 0) {
    rows.push(['', t(lang, 'event.unplaced', { names: joinList(lang, loc.unplaced) })]);
  }
  add('event.scope', e.scope);
  return {
    kindLabel: t(lang, `type.${e.recordType}` as MessageKey),
    title: eventName(e, lang),
    rows,
    quote: e.source.quote,
    urls: e.source.urls,
    sourceTitle: e.source.title,
    sourceClass: sourceClassLabel(e.source.sourceClass, lang),
    uncertainty: e.uncertainty,
    gazetteerNotes: (loc?.gazetteer ?? []).map((g) =>
      t(lang, 'event.gazetteer', {
        name: g.name,
        source: `${g.sourceTitle}（${pick(lang, g.note)}）`,
      }),
    ),
    placed: onMap.length > 0,
  };
}

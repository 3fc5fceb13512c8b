// Sources a step may cite, offered while the teacher writes it: the record the map has selected,
// then the records in the period it shows, each with the source the record itself cites. Pure.
import type { FloodHistory } from '../../data/flood-history';
import { eventInRange, type TimeRange } from '../../data/time-range';
import type { Selection } from '../../app/app-state';
import { SOURCE_LABELS, type SourceLabel, type TourSource } from '../tour-model';

export interface SourceSuggestion {
  /** The flood record (flood_events.csv id) the source backs. */
  readonly recordId: string;
  readonly source: TourSource;
}

/** How many records are offered at most (a whole century of them would be a wall of buttons). */
const MAX_SUGGESTIONS = 8;

export function sourceSuggestions(
  history: FloodHistory | null | undefined,
  selected: Selection | null,
  range: TimeRange | null,
): SourceSuggestion[] {
  if (!history) return [];
  const chosen = selected?.kind === 'event' ? selected.id : null;
  const events = [
    ...history.events.filter((e) => e.id === chosen),
    ...(range ? history.events.filter((e) => e.id !== chosen && eventInRange(e, range)) : []),
  ];
  const out: SourceSuggestion[] = [];
  for (const e of events) {
    const url = e.source.urls.find((u) => /^https?:\/\//.test(u));
    const label = e.source.sourceClass as string;
    if (!url || !(SOURCE_LABELS as readonly string[]).includes(label)) continue;
    out.push({
      recordId: e.id,
      // As addSource writes it (" ; " separates sources in a tour file).
      source: {
        title: e.source.title.replace(/\s+;\s+/g, '; ').trim(),
        url,
        label: label as SourceLabel,
      },
    });
    if (out.length >= MAX_SUGGESTIONS) break;
  }
  return out;
}

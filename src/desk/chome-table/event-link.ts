// Which flood of the history each date column of the ward's table belongs to. A column joins an
// event of the same date; failing that, an event whose dates contain it (1947-09-13 to 15) or a
// flood known only to the month (平成元年8月 holds 平成元年8月1日), but only when no other column
// claims the same event. Anything else becomes a new event known only from the table.
import type { ParsedDate } from '../../data/wareki';
import type { TableEvent } from './model';

export type LinkKind = 'sameDate' | 'withinDates' | 'sameMonth' | 'new';

export interface EventLink {
  readonly event: TableEvent;
  readonly date: ParsedDate;
  readonly eventId: string;
  readonly kind: LinkKind;
}

/** What linking needs of a row of flood_events.csv. */
export interface HistoryEvent {
  readonly id: string;
  readonly recordType: string;
  readonly dateStart: string;
  readonly dateEnd: string;
}

// Memorials, countermeasures and recollections are not floods a table column could be.
const FLOODS = new Set(['event', 'related_event']);

function containing(date: ParsedDate, e: HistoryEvent): LinkKind | null {
  if (date.precision !== 'day' || e.recordType !== 'event') return null;
  const isDay = /^\d{4}-\d{2}-\d{2}$/u;
  if (isDay.test(e.dateStart) && isDay.test(e.dateEnd)) {
    return e.dateStart <= date.iso && date.iso <= e.dateEnd ? 'withinDates' : null;
  }
  return /^\d{4}-\d{2}$/u.test(e.dateStart) &&
    e.dateEnd === '' &&
    date.iso.startsWith(`${e.dateStart}-`)
    ? 'sameMonth'
    : null;
}

/** SH-1999-08-29 (or SH-2020-03), with -2, -3 … when the id is taken by another record. */
function newId(iso: string, taken: Set<string>): string {
  const base = `SH-${iso}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** Links for the events whose date could be read (the others carry errors and are not imported). */
export function linkEvents(
  events: readonly TableEvent[],
  history: readonly HistoryEvent[],
): EventLink[] {
  const dated = events.flatMap((event) => (event.date ? [{ event, date: event.date }] : []));
  const exact = dated.map(({ date }) =>
    history.find((h) => FLOODS.has(h.recordType) && h.dateStart === date.iso),
  );
  const loose = dated.map(({ date }, i) => {
    if (exact[i]) return [];
    return history.flatMap((h) => {
      const kind = containing(date, h);
      return kind ? [{ id: h.id, kind }] : [];
    });
  });
  const claims = new Map<string, number>();
  for (const candidates of loose) {
    for (const c of candidates) claims.set(c.id, (claims.get(c.id) ?? 0) + 1);
  }
  const taken = new Set(history.map((h) => h.id));
  return dated.map(({ event, date }, i) => {
    const same = exact[i];
    if (same) return { event, date, eventId: same.id, kind: 'sameDate' };
    const candidates = loose[i] ?? [];
    const only = candidates.length === 1 ? candidates[0] : undefined;
    if (only && claims.get(only.id) === 1)
      return { event, date, eventId: only.id, kind: only.kind };
    return { event, date, eventId: newId(date.iso, taken), kind: 'new' };
  });
}

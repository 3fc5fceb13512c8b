// What importing the ward's table would change: the new texts of flood_events.csv and
// chome_flood_records.csv, and the differences staff see before anything is saved. Pure; the CLI
// writes the texts, the desk previews them.
//
// The table is the authority for its own rows: every official row already taken from it is
// replaced. A count row from another source for a chome and event the table now gives is replaced
// too, since two count rows for the same chome and day would be added together on the map; the
// summary names each such row's source.
import { normaliseChomeName } from '../../data/chome-name';
import { hasErrors } from '../../data/problems';
import type { ChomeTable } from './model';
import {
  newEventRow,
  recordRows,
  requiredColumns,
  toFileRow,
  WARD_TABLE,
  type CsvRecord,
  type ImportSource,
} from './write';
import { formatCsvTable, parseCsvTable } from './csv-table';
import { linkEvents, type EventLink } from './event-link';
import { isWardRowName } from './columns';

export const FILES = { events: 'flood_events.csv', records: 'chome_flood_records.csv' } as const;

export interface ValueChange {
  readonly chome: string;
  readonly eventId: string;
  readonly period: string;
  readonly field: 'below_floor' | 'above_floor';
  /** '' when there was no value before (added) or is none after (removed). */
  readonly before: string;
  readonly after: string;
}

export interface ReplacedRow {
  readonly chome: string;
  readonly eventId: string;
  readonly sourceTitle: string;
  readonly sourceClass: string;
}

export interface ImportSummary {
  /** Chome (without the ward row) and events that have at least one figure. */
  readonly chome: number;
  readonly events: number;
  readonly recordRows: number;
  readonly added: number;
  readonly changed: number;
  readonly removed: number;
  readonly unchanged: number;
  readonly newEvents: number;
  readonly joinedEvents: number;
}

export interface ImportPlan {
  readonly links: readonly EventLink[];
  readonly newEvents: readonly CsvRecord[];
  readonly changes: readonly ValueChange[];
  /** Rows of other sources that the table's figures replace. */
  readonly replaced: readonly ReplacedRow[];
  readonly summary: ImportSummary;
  readonly texts: { readonly [K in keyof typeof FILES]: string };
}

function chomeKey(r: Readonly<Record<string, string>>): string {
  const asWritten = r.chome_as_written ?? '';
  if (isWardRowName(asWritten) && (r.chome_normalized ?? '') === '') return WARD_TABLE.wardName;
  return normaliseChomeName((r.chome_normalized ?? '') || asWritten);
}

const rowKey = (r: Readonly<Record<string, string>>): string =>
  `${chomeKey(r)}|${r.event_id ?? ''}|${r.period_start ?? ''}|${r.period_end ?? ''}`;

const isCountRow = (r: Readonly<Record<string, string>>): boolean =>
  (r.damage_class ?? '') === '' &&
  ['below_floor', 'above_floor', 'total'].some((f) => (r[f] ?? '') !== '');

function compare(
  before: readonly Readonly<Record<string, string>>[],
  after: readonly Readonly<Record<string, string>>[],
): { changes: ValueChange[]; unchanged: number } {
  const old = new Map(before.map((r) => [rowKey(r), r]));
  const now = new Map(after.map((r) => [rowKey(r), r]));
  const changes: ValueChange[] = [];
  let unchanged = 0;
  for (const key of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(key);
    const b = now.get(key);
    const any = (b ?? a)!;
    for (const field of ['below_floor', 'above_floor'] as const) {
      const was = a?.[field] ?? '';
      const is = b?.[field] ?? '';
      if (was === is) {
        if (was !== '') unchanged++;
        continue;
      }
      changes.push({
        chome: chomeKey(any),
        eventId: any.event_id ?? '',
        period: `${any.period_start ?? ''}/${any.period_end ?? ''}`,
        field,
        before: was,
        after: is,
      });
    }
  }
  return { changes, unchanged };
}

/**
 * The import of a table without errors into the current texts of the two files. Throws when the
 * table was refused or has errors: those must be fixed in the table first.
 */
export function planImport(
  table: ChomeTable,
  current: { readonly events: string; readonly records: string },
  source: ImportSource,
): ImportPlan {
  if (table.refused || hasErrors(table.problems)) {
    throw new Error(`planImport: ${table.file} has errors; nothing can be imported from it`);
  }
  const events = parseCsvTable(current.events);
  const records = parseCsvTable(current.records);
  const links = linkEvents(
    table.events,
    events.rows.map((r) => ({
      id: r.id ?? '',
      recordType: r.record_type ?? '',
      dateStart: r.date_start ?? '',
      dateEnd: r.date_end ?? '',
    })),
  );
  const fresh = recordRows(table, links, source).map((r) =>
    toFileRow(r, records.header, requiredColumns('chomeRecords'), FILES.records),
  );
  const given = new Set(fresh.map((r) => `${chomeKey(r)}|${r.event_id}`));
  const isOwn = (r: Readonly<Record<string, string>>): boolean =>
    r.source_title === WARD_TABLE.title && r.source_class === 'official';
  const supersedes = (r: Readonly<Record<string, string>>): boolean =>
    (r.event_id ?? '') !== '' && isCountRow(r) && given.has(`${chomeKey(r)}|${r.event_id}`);
  const dropped = records.rows.filter((r) => isOwn(r) || supersedes(r));
  const replaced = dropped
    .filter((r) => !isOwn(r))
    .map((r) => ({
      chome: chomeKey(r),
      eventId: r.event_id ?? '',
      sourceTitle: r.source_title ?? '',
      sourceClass: r.source_class ?? '',
    }));
  // The new rows go where the table's old rows were, so the file keeps its grouping.
  const firstDropped = records.rows.findIndex((r) => dropped.includes(r));
  const kept = records.rows.filter((r) => !dropped.includes(r));
  const at =
    firstDropped < 0
      ? kept.length
      : records.rows.slice(0, firstDropped).filter((r) => !dropped.includes(r)).length;
  const newRecords = [...kept.slice(0, at), ...fresh, ...kept.slice(at)];

  const newEvents = links
    .filter((l) => l.kind === 'new')
    .map((l) =>
      toFileRow(newEventRow(table, l), events.header, requiredColumns('floodEvents'), FILES.events),
    );
  const { changes, unchanged } = compare(dropped, fresh);
  const withFigures = (rows: typeof table.rows): number =>
    rows.filter((r) =>
      r.figures.some((p) => p.below.kind === 'number' || p.above.kind === 'number'),
    ).length;
  const eventsWithFigures = new Set(fresh.filter((r) => r.event_id !== '').map((r) => r.event_id))
    .size;
  return {
    links,
    newEvents,
    changes,
    replaced,
    summary: {
      chome: withFigures(table.rows),
      events: eventsWithFigures,
      recordRows: fresh.length,
      added: changes.filter((c) => c.before === '').length,
      changed: changes.filter((c) => c.before !== '' && c.after !== '').length,
      removed: changes.filter((c) => c.after === '').length,
      unchanged,
      newEvents: newEvents.length,
      joinedEvents: links.length - newEvents.length,
    },
    texts: {
      events: formatCsvTable({ ...events, rows: [...events.rows, ...newEvents] }),
      records: formatCsvTable({ ...records, rows: newRecords }),
    },
  };
}

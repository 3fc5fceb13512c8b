// The text-only view of every record: two sortable tables a screen reader can walk, links to each
// record's detail, and downloads. This is also the keyboard user's way through the data.
import type { FloodHistory } from '../data/flood-history';
import { dateKey, type ChomeRecord, type FloodEvent } from '../data/flood-model';
import { t, type Lang, type MessageKey } from '../i18n/i18n';
import { append, clear, h } from '../lib/dom';
import {
  causesText,
  eventName,
  formatEventDamage,
  formatFigure,
  formatRange,
  sourceClassLabel,
} from '../i18n/format-flood';
import './records-list.css';

export interface RecordsListProps {
  readonly doc: Document;
  readonly dialog: HTMLDialogElement;
  readonly chomeName: (code: string) => string;
  readonly onOpenEvent: (id: string) => void;
  readonly onDownload: (kind: 'eventsCsv' | 'recordsCsv' | 'recordsGeojson') => void;
  readonly onShowAll: () => void;
}

/** The time selection the list follows (null: everything). */
export interface ListFilter {
  readonly label: string;
  readonly events: (e: FloodEvent) => boolean;
  readonly records: (r: ChomeRecord) => boolean;
}

interface Column<T> {
  readonly key: MessageKey;
  readonly value: (row: T) => string;
  readonly sort: (row: T) => string | number;
  readonly cell?: (row: T) => Node | string;
}

type SortState = { col: number; dir: 1 | -1 };
const sorts: Record<'events' | 'records', SortState> = {
  events: { col: 0, dir: 1 },
  records: { col: 0, dir: 1 },
};

function figureSort(f: { kind: string; value?: number }): number {
  return f.kind === 'number' ? (f.value ?? 0) : -1;
}

function table<T>(
  doc: Document,
  lang: Lang,
  id: 'events' | 'records',
  caption: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  rerender: () => void,
): HTMLTableElement {
  const sort = sorts[id];
  const col = columns[sort.col];
  const sorted = col
    ? [...rows].sort((a, b) => {
        const x = col.sort(a);
        const y = col.sort(b);
        return (x < y ? -1 : x > y ? 1 : 0) * sort.dir;
      })
    : [...rows];
  const headRow = h(doc, 'tr', {});
  columns.forEach((c, i) => {
    const label = t(lang, c.key);
    const button = h(
      doc,
      'button',
      {
        type: 'button',
        class: 'sort-button',
        'aria-label': t(lang, 'list.sortBy', { col: label }),
      },
      label,
    );
    button.addEventListener('click', () => {
      sorts[id] = { col: i, dir: sort.col === i ? (-sort.dir as 1 | -1) : 1 };
      rerender();
      (
        doc.querySelector(`#list-${id} th:nth-child(${i + 1}) button`) as HTMLElement | null
      )?.focus();
    });
    headRow.append(
      h(
        doc,
        'th',
        {
          scope: 'col',
          'aria-sort': sort.col === i ? (sort.dir === 1 ? 'ascending' : 'descending') : 'none',
        },
        button,
      ),
    );
  });
  const body = h(doc, 'tbody', {});
  for (const row of sorted) {
    const tr = h(doc, 'tr', {});
    columns.forEach((c, i) => {
      const content = c.cell ? c.cell(row) : c.value(row);
      tr.append(i === 0 ? h(doc, 'th', { scope: 'row' }, content) : h(doc, 'td', {}, content));
    });
    body.append(tr);
  }
  return h(
    doc,
    'table',
    { id: `list-${id}`, class: 'records-table' },
    h(doc, 'caption', {}, caption),
    h(doc, 'thead', {}, headRow),
    body,
  );
}

export function renderRecordsList(
  props: RecordsListProps,
  lang: Lang,
  history: FloodHistory,
  filter: ListFilter | null = null,
): void {
  const { doc, dialog } = props;
  const scroll = dialog.querySelector('.list-body')?.scrollTop ?? 0;
  clear(dialog);
  const rerender = (): void => renderRecordsList(props, lang, history, filter);
  const events = filter ? history.events.filter(filter.events) : history.events;
  const records = filter ? history.records.filter(filter.records) : history.records;
  const eventColumns: Column<FloodEvent>[] = [
    {
      key: 'list.col.date',
      value: (e) => formatRange(e.start, e.end, lang),
      sort: (e) => dateKey(e.start),
    },
    {
      key: 'list.col.name',
      value: (e) => eventName(e, lang),
      sort: (e) => eventName(e, lang),
      cell: (e) => {
        const b = h(doc, 'button', { type: 'button', class: 'link-button' }, eventName(e, lang));
        b.addEventListener('click', () => {
          dialog.close();
          props.onOpenEvent(e.id);
        });
        return b;
      },
    },
    {
      key: 'list.col.type',
      value: (e) => t(lang, `type.${e.recordType}`),
      sort: (e) => e.recordType,
    },
    { key: 'list.col.cause', value: (e) => causesText(e, lang), sort: (e) => e.causes.join() },
    {
      key: 'list.col.damage',
      value: (e) =>
        e.recordType === 'memorial' || e.recordType === 'countermeasure'
          ? '—'
          : formatEventDamage(e, lang),
      sort: (e) => figureSort(e.total),
    },
    {
      key: 'list.col.place',
      value: (e) => placeText(e),
      sort: (e) => placeText(e),
    },
    {
      key: 'list.col.source',
      value: (e) => sourceClassLabel(e.source.sourceClass, lang),
      sort: (e) => e.source.sourceClass,
    },
  ];
  function placeText(e: FloodEvent): string {
    const loc = history.locations.get(e.id);
    const names = loc ? [...loc.chome, ...loc.townChome].map(props.chomeName) : [];
    const stations = (loc?.stations ?? []).map((s) => (lang === 'en' ? `${s} Sta.` : `${s}駅`));
    const all = [...names, ...stations];
    if (all.length === 0) return t(lang, 'list.unplaced');
    return all.length > 3
      ? t(lang, 'list.placesMore', {
          first: all.slice(0, 3).join(lang === 'en' ? ', ' : '、'),
          n: all.length - 3,
        })
      : all.join(lang === 'en' ? ', ' : '、');
  }
  const recordColumns: Column<ChomeRecord>[] = [
    {
      key: 'list.col.chome',
      value: (r) =>
        r.chomeCode === 'ward' ? t(lang, 'history.wardTotal') : props.chomeName(r.chomeCode),
      sort: (r) => r.chomeCode,
    },
    { key: 'list.col.period', value: (r) => r.periodAsWritten, sort: (r) => r.start },
    {
      key: 'list.col.below',
      value: (r) => formatFigure(r.belowFloor, r.unit, lang),
      sort: (r) => figureSort(r.belowFloor),
    },
    {
      key: 'list.col.above',
      value: (r) => formatFigure(r.aboveFloor, r.unit, lang),
      sort: (r) => figureSort(r.aboveFloor),
    },
    {
      key: 'list.col.total',
      value: (r) => formatFigure(r.total, r.unit, lang),
      sort: (r) => figureSort(r.total),
    },
    {
      key: 'list.col.class',
      value: (r) => r.damageClass?.label ?? '—',
      sort: (r) => r.damageClass?.ordinal ?? -1,
    },
    { key: 'list.col.sourceTitle', value: (r) => r.sourceTitle, sort: (r) => r.sourceTitle },
  ];
  const close = h(doc, 'button', { type: 'button' }, t(lang, 'list.close'));
  close.addEventListener('click', () => dialog.close());
  const downloads = h(doc, 'div', {
    class: 'downloads',
    role: 'group',
    'aria-label': t(lang, 'list.download'),
  });
  for (const kind of ['eventsCsv', 'recordsCsv', 'recordsGeojson'] as const) {
    const key: MessageKey =
      kind === 'eventsCsv'
        ? 'list.downloadEventsCsv'
        : kind === 'recordsCsv'
          ? 'list.downloadRecordsCsv'
          : 'list.downloadRecordsGeojson';
    const b = h(doc, 'button', { type: 'button' }, t(lang, key));
    b.addEventListener('click', () => props.onDownload(kind));
    downloads.append(b);
  }
  const body = h(doc, 'div', { class: 'list-body' });
  let filterNote: HTMLElement | null = null;
  if (filter) {
    const showAll = h(
      doc,
      'button',
      { type: 'button', class: 'link-button' },
      t(lang, 'list.showAll'),
    );
    showAll.addEventListener('click', props.onShowAll);
    filterNote = h(
      doc,
      'p',
      { class: 'note' },
      t(lang, 'list.filtered', {
        range: filter.label,
        n: events.length,
        total: history.events.length,
      }),
      ' ',
      showAll,
    );
  }
  append(body, [
    h(doc, 'p', {}, t(lang, 'list.intro')),
    filterNote,
    h(doc, 'h3', {}, t(lang, 'list.download')),
    downloads,
    table(
      doc,
      lang,
      'events',
      t(lang, 'list.events', { n: events.length }),
      eventColumns,
      events,
      rerender,
    ),
    table(
      doc,
      lang,
      'records',
      t(lang, 'list.records', { n: records.length }),
      recordColumns,
      records,
      rerender,
    ),
  ]);
  dialog.append(
    h(
      doc,
      'div',
      { class: 'dialog-head' },
      h(doc, 'h2', { id: 'list-title' }, t(lang, 'list.heading')),
      close,
    ),
    body,
  );
  body.scrollTop = scroll;
}

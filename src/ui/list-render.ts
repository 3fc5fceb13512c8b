// The records list with its downloads, in its own chunk: loaded when a resident opens the list.
// Its texts first: registered before any of its views is drawn.
import './list-texts';
import type { AppState, Intent } from '../app/app-state';
import { eventInRange, recordInRange } from '../data/time-range';
import { periodText } from '../i18n/period';
import { currentRange } from '../state/derived';
import { downloadRecords } from './downloads';
import { renderRecordsList } from './records-list';

export interface ListDeps {
  readonly doc: Document;
  readonly dialog: HTMLDialogElement;
  readonly dispatch: (intent: Intent) => void;
}

export function renderList(deps: ListDeps, s: AppState): void {
  const { doc, dialog, dispatch } = deps;
  const data = s.data;
  const history = data?.history;
  if (!history) return;
  const range = currentRange(s);
  renderRecordsList(
    {
      doc,
      dialog,
      chomeName: (code) => data.places.chomeName(code) ?? code,
      onOpenEvent: (id) => dispatch({ type: 'select', selection: { kind: 'event', id } }),
      onDownload: (kind) =>
        downloadRecords(
          doc,
          kind,
          history,
          data.features.get('chome') ?? { type: 'FeatureCollection', features: [] },
        ),
      onShowAll: () => dispatch({ type: 'range', range: null, mode: 'range' }),
    },
    s.lang,
    history,
    range
      ? {
          label: periodText(s.lang, s.range, s.rangeMode),
          events: (e) => eventInRange(e, range),
          records: (r) => recordInRange(r, range),
        }
      : null,
  );
  if (!dialog.open) dialog.showModal();
}

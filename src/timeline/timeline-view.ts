// What the timeline shows for a state (pure): period, mode, the open record, the records that
// touched the chosen chome, and playback.
import { chomeHistory } from '../data/flood-history';
import type { AppState } from '../state/app-state';
import type { TimelineView } from './timeline-chart';

function touchedEvents(s: AppState): Set<string> {
  const history = s.data?.history;
  if (!history || s.selected?.kind !== 'chome') return new Set();
  const h = chomeHistory(history, s.selected.id, new Set(), new Set());
  return new Set(h.events.map((e) => e.event.id));
}

export function timelineView(s: AppState): TimelineView {
  return {
    lang: s.lang,
    range: s.range,
    mode: s.rangeMode,
    selectedId: s.selected?.kind === 'event' ? s.selected.id : null,
    touched: touchedEvents(s),
    playing: s.playing,
    speed: s.speed,
  };
}

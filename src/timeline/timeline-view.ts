// What the timeline shows for a state (pure): period, mode, the open record, the records of the
// chosen place (a chome, a town or a station's surroundings), and playback.
import { answerFor, type AnswerQuery } from '../data/place-answer';
import { townOfSelection } from '../data/towns';
import type { CoreState } from '../state/core-state';
import type { TimelineView } from './timeline-chart';

function touchedEvents(s: CoreState): Set<string> {
  const data = s.data;
  const sel = s.selected;
  if (!data || !sel) return new Set();
  const town = sel.kind === 'town' ? townOfSelection(data.towns, sel.id) : null;
  const query: AnswerQuery | null =
    sel.kind === 'chome'
      ? { kind: 'chome', code: sel.id }
      : town
        ? { kind: 'town', town }
        : sel.kind === 'station'
          ? { kind: 'station', name: sel.id }
          : null;
  const answer = query ? answerFor(query, data, (c) => data.towns.townOf(c)?.name ?? null) : null;
  return new Set(answer?.here.map((x) => x.event.id) ?? []);
}

export function timelineView(s: CoreState): TimelineView {
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

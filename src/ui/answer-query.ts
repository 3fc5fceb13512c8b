// Which place the answer is about, from the state (pure): shared by the panel, which describes it,
// and the hazard feature, which reads the predicted layers at its point before the panel asks.
import type { AppData } from '../data/app-data';
import type { LonLat } from '../data/chome-geometry';
import { answerCenter, type AnswerQuery } from '../data/place-answer';
import { townOfSelection } from '../data/towns';
import type { CoreState } from '../state/core-state';

/**
 * @param pointName what a bare point is called in the answer (only the panel shows it).
 */
export function answerQuery(
  s: Pick<CoreState, 'selected' | 'queryPoint'>,
  data: AppData,
  pointName: string,
): AnswerQuery | null {
  const sel = s.selected;
  if (!sel) {
    return s.queryPoint ? { kind: 'point', point: s.queryPoint, name: pointName } : null;
  }
  switch (sel.kind) {
    case 'event':
      return null;
    case 'chome':
      return { kind: 'chome', code: sel.id, point: s.queryPoint };
    case 'town': {
      const town = townOfSelection(data.towns, sel.id);
      return town ? { kind: 'town', town } : null;
    }
    case 'station':
      return { kind: 'station', name: sel.id };
    default: {
      const point = data.places.pointOf(sel.kind, sel.id);
      const label = data.places.featuresOf(sel.kind, sel.id)[0]?.properties.label;
      return point ? { kind: 'point', point, name: String(label ?? '') } : null;
    }
  }
}

/** The point the answer shown for this state is measured from (null: no answer). */
export function answerPoint(s: Pick<CoreState, 'selected' | 'queryPoint' | 'data'>): LonLat | null {
  const data = s.data;
  const query = data ? answerQuery(s, data, '') : null;
  return query && data ? answerCenter(query, data) : null;
}

/** The same answer point (computed the same way each time, so equal when it is the same place). */
export function samePoint(a: LonLat, b: LonLat): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

// Records against Tokyo's prediction: which chome with recorded damage in the period lie inside
// the predicted flooding, outside it, or where the mesh says nothing. Pure; the mesh itself is read
// by src/hazard/.
import type { Predictions } from '../hazard/offline-mesh';

export interface RecordsVsPrediction {
  /** Chome with recorded damage that lie (at least partly) in the predicted area. */
  readonly inside: readonly string[];
  /** Chome with recorded damage where the prediction has no flooding at all. */
  readonly outside: readonly string[];
  /** Chome with records but no prediction data (no mesh points). */
  readonly unknown: readonly string[];
}

/** Which chome with records lie inside or outside the predicted area. A zero record is not damage. */
export function compareWithPrediction(
  recorded: ReadonlyMap<string, { readonly value: number }>,
  predictions: Predictions,
): RecordsVsPrediction {
  const inside: string[] = [];
  const outside: string[] = [];
  const unknown: string[] = [];
  for (const [code, r] of recorded) {
    if (r.value <= 0) continue;
    const share = predictions.get(code);
    if (share === undefined || share === null) unknown.push(code);
    else if (share > 0) inside.push(code);
    else outside.push(code);
  }
  return { inside, outside, unknown };
}

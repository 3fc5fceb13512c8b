// Values several views derive from the same state: the period in effect, the damage per chome in
// it and the records-vs-prediction comparison. Each is computed once per change of its inputs, so
// the map and the legend never work it out twice.
import type { ChomeDamage } from '../data/range-index';
import { effectiveRange, FIRST_YEAR, type TimeRange } from '../data/time-range';
import { compareWithPrediction, type RecordsVsPrediction } from '../data/records-vs-prediction';
import type { CoreState } from './core-state';

/** The time selection in force (cumulative mode counts from the first year), or null: all time. */
export function currentRange(s: CoreState): TimeRange | null {
  return effectiveRange(s.range, s.rangeMode, FIRST_YEAR);
}

/** Remembers the last answer while the inputs are the same objects. */
function memo<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | null = null;
  return (...args: A): R => {
    if (last && last.args.length === args.length && last.args.every((a, i) => a === args[i])) {
      return last.result;
    }
    const result = fn(...args);
    last = { args, result };
    return result;
  };
}

const damageFor = memo(
  (
    indexes: NonNullable<CoreState['data']>['indexes'],
    measure: CoreState['measure'],
    from: number | null,
    to: number | null,
  ): ReadonlyMap<string, ChomeDamage> =>
    indexes
      ? indexes[measure].query(from === null || to === null ? null : { from, to })
      : new Map(),
);

/** Damage per chome for the chosen measure and period. */
export function damageNow(s: CoreState): ReadonlyMap<string, ChomeDamage> {
  const r = currentRange(s);
  return damageFor(s.data?.indexes ?? null, s.measure, r?.from ?? null, r?.to ?? null);
}

/** The ward-wide total for the period (counts only), or undefined when the sources give none. */
export function wardTotalNow(s: CoreState): ChomeDamage | undefined {
  if (s.measure !== 'counts') return undefined;
  return s.data?.indexes?.ward.query(currentRange(s)).get('ward');
}

const compare = memo(
  (
    damage: ReadonlyMap<string, ChomeDamage>,
    mesh: CoreState['mesh'],
  ): RecordsVsPrediction | null =>
    mesh?.kind === 'loaded' && mesh.mesh.predictions.size > 0
      ? compareWithPrediction(damage, mesh.mesh.predictions)
      : null,
);

/** Chome with records for the period inside / outside Tokyo's prediction (null: no mesh). */
export function comparisonNow(s: CoreState): RecordsVsPrediction | null {
  return compare(damageNow(s), s.mesh);
}

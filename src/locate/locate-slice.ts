// 現在地 (where I stand): the one position the browser gave when asked, or why it gave none. Pure;
// the asking is locate-session.ts and the drawing locate-feature.ts (its own chunk). No URL part:
// the position is never written into the link, storage or anything sent (the answer's chome is
// selected as a tap would, see locate-session.ts).
import type { CoreState } from '../state/core-state';
import { defineSlice } from '../state/slice';
import { judgePosition, type LocateFailure, type Position } from './position-rules';

/** `n` counts the requests, so that a late answer to an older one is dropped. */
export type LocateStatus =
  | { readonly kind: 'idle'; readonly n: number }
  | { readonly kind: 'asking'; readonly n: number }
  | { readonly kind: 'found'; readonly n: number; readonly position: Position }
  | {
      readonly kind: 'failed';
      readonly n: number;
      readonly reason: LocateFailure;
      /** The accuracy that was too coarse (metres), for `inaccurate`. */
      readonly accuracyM: number | null;
    };

export interface LocateState {
  readonly locate: LocateStatus;
}

export type LocateIntent =
  /** The 現在地 button or the map's control: ask the browser once. */
  | { readonly type: 'locateAsk' }
  /** The browser's answer to request `n`. */
  | {
      readonly type: 'locateResult';
      readonly n: number;
      readonly result: Position | { readonly failure: LocateFailure };
    };

function update(own: LocateState, intent: LocateIntent): LocateState {
  const now = own.locate;
  if (intent.type === 'locateAsk') {
    // A second press while the browser is still answering asks nothing more.
    return now.kind === 'asking' ? own : { locate: { kind: 'asking', n: now.n + 1 } };
  }
  if (intent.type !== 'locateResult' || now.kind !== 'asking' || intent.n !== now.n) return own;
  const { result } = intent;
  if ('failure' in result) {
    return { locate: { kind: 'failed', n: now.n, reason: result.failure, accuracyM: null } };
  }
  const judged = judgePosition(result);
  return {
    locate:
      judged === 'inaccurate'
        ? { kind: 'failed', n: now.n, reason: 'inaccurate', accuracyM: result.accuracyM }
        : { kind: 'found', n: now.n, position: judged },
  };
}

export const locateSlice = defineSlice<
  LocateState,
  LocateIntent,
  CoreState,
  'mapLocate' | 'locate'
>({
  name: 'locate',
  initial: { locate: { kind: 'idle', n: 0 } },
  update,
  parts: [
    // The position and its accuracy circle on the map (the feature's own layer).
    // Its label is in words, so it follows the language.
    { name: 'mapLocate', stage: 'map', when: (_p, _n, _o, changed) => changed('locate', 'lang') },
    // The button's state and the message under it (inside or outside needs the ward's boundary).
    {
      name: 'locate',
      stage: 'page',
      when: (_p, _n, _o, changed) => changed('locate', 'lang', 'ruby', 'data'),
    },
  ],
});

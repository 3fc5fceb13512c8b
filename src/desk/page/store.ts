// Holds the desk's state and runs intents through `update`, one at a time, as the app's store does
// (src/state/store.ts): an intent dispatched while listeners are still reacting to the previous
// one waits its turn, so every listener sees each change once, in order.
import { update, type DeskIntent, type DeskState } from './state';

export type DeskListener = (prev: DeskState, next: DeskState) => void;

export interface DeskStore {
  readonly state: DeskState;
  dispatch(intent: DeskIntent): void;
  /** Listeners run in the order they were added. */
  subscribe(listener: DeskListener): void;
}

export function createDeskStore(initial: DeskState): DeskStore {
  let state = initial;
  const listeners: DeskListener[] = [];
  const queue: DeskIntent[] = [];
  let busy = false;
  return {
    get state() {
      return state;
    },
    dispatch(intent) {
      queue.push(intent);
      if (busy) return;
      busy = true;
      try {
        for (let item = queue.shift(); item; item = queue.shift()) {
          const prev = state;
          const next = update(prev, item);
          if (next === prev) continue;
          state = next;
          for (const l of listeners) l(prev, next);
        }
      } finally {
        busy = false;
      }
    },
    subscribe(listener) {
      listeners.push(listener);
    },
  };
}

// Holds the state and runs intents through `update`, one at a time: an intent dispatched while
// listeners are still reacting to the previous one waits its turn, so every listener sees each
// change once, in order.
import type { Origin } from './core-state';

export type Listener<S> = (prev: S, next: S, origin: Origin) => void;

export interface Store<S, I> {
  readonly state: S;
  /** `origin` tags the change for the listeners (pages with one source of change leave it out). */
  dispatch(intent: I, origin?: Origin): void;
  /** Listeners run in the order they were added. */
  subscribe(listener: Listener<S>): void;
}

export function createStore<S, I>(initial: S, update: (state: S, intent: I) => S): Store<S, I> {
  let state = initial;
  const listeners: Listener<S>[] = [];
  const queue: [I, Origin][] = [];
  let busy = false;
  return {
    get state() {
      return state;
    },
    dispatch(intent, origin = 'effect') {
      queue.push([intent, origin]);
      if (busy) return;
      busy = true;
      try {
        for (let item = queue.shift(); item; item = queue.shift()) {
          const prev = state;
          const next = update(prev, item[0]);
          if (next === prev) continue;
          state = next;
          for (const l of listeners) l(prev, next, item[1]);
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

// The desk's store: the app's (src/state/store.ts), running the desk's own pure update.
import { createStore, type Store } from '../../state/store';
import { update, type DeskIntent, type DeskState } from './state';

export type DeskStore = Store<DeskState, DeskIntent>;

export function createDeskStore(initial: DeskState): DeskStore {
  return createStore(initial, update);
}

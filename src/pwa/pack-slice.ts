// The offline pack's slice: whether the service worker saved the pack, and a release waiting.
// Pure; the effect and its view are offline-pack.ts.
import type { CoreState } from '../state/core-state';
import { defineSlice } from '../state/slice';
import type { PackState } from './pack-status';

export interface PackSliceState {
  readonly pack: PackState;
}

/** What the service worker reports about the offline pack. */
export type PackIntent = { readonly type: 'pack'; readonly change: Partial<PackState> };

const initial: PackSliceState = { pack: { worker: 'none', updateWaiting: false } };

export const packSlice = defineSlice<PackSliceState, PackIntent, CoreState, 'pack'>({
  name: 'offlinePack',
  initial,
  update: (own, intent) => {
    if (intent.type !== 'pack') return own;
    const pack = { ...own.pack, ...intent.change };
    return pack.worker === own.pack.worker && pack.updateWaiting === own.pack.updateWaiting
      ? own
      : { pack };
  },
  parts: [
    // The data date and the offline pack's state, at the foot of the sidebar.
    { name: 'pack', stage: 'page', when: (_p, _n, _o, changed) => changed('lang', 'pack') },
  ],
});

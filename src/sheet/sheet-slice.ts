// The place sheet's slice: the resident asked to share the place shown (the feature's effect
// answers), and what sharing did, said beside the panel until another place is chosen. Printing
// needs no state: the browser's print (its button or Ctrl+P) asks the feature for the sheet.
import type { CoreState } from '../state/core-state';
import { defineSlice } from '../state/slice';

/** What sharing did: handed to the browser's share sheet, copied, or neither (the link is shown). */
export interface ShareNotice {
  readonly outcome: 'shared' | 'copied' | 'failed';
  readonly url: string;
}

export interface SheetState {
  /** How many times Share was pressed (the effect shares once for each). */
  readonly shareAsks: number;
  readonly shareNotice: ShareNotice | null;
}

export type SheetIntent =
  { readonly type: 'shareAsk' } | { readonly type: 'shareDone'; readonly notice: ShareNotice };

const initial: SheetState = { shareAsks: 0, shareNotice: null };

export const sheetSlice = defineSlice<SheetState, SheetIntent, CoreState, 'sheetNotice'>({
  name: 'sheet',
  initial,
  update: (own, intent, app, prev) => {
    if (intent.type === 'shareAsk') return { shareAsks: own.shareAsks + 1, shareNotice: null };
    if (intent.type === 'shareDone') return { ...own, shareNotice: intent.notice };
    // A notice speaks of the place it was given for.
    return own.shareNotice && app.selected !== prev.selected ? { ...own, shareNotice: null } : own;
  },
  parts: [
    {
      name: 'sheetNotice',
      stage: 'page',
      when: (_p, _n, _o, changed) => changed('lang', 'shareNotice'),
    },
  ],
});

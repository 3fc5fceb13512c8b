// The offline pack's news in the one state flow: the service worker's reports are intents, the
// plan redraws the status line when they (or the language) change, and only then.
import { describe, expect, it } from 'vitest';
import { defaultState, update } from '../../src/app/app-state';
import { planRender } from '../../src/app/app-state';

describe('pack intent', () => {
  it('merges what the service worker reports, and repeats change nothing', () => {
    const saving = update(defaultState, { type: 'pack', change: { worker: 'saving' } });
    expect(saving.pack).toEqual({ worker: 'saving', updateWaiting: false });
    expect(update(saving, { type: 'pack', change: { worker: 'saving' } })).toBe(saving);
    const waiting = update(saving, { type: 'pack', change: { updateWaiting: true } });
    expect(waiting.pack).toEqual({ worker: 'saving', updateWaiting: true });
  });

  it('redraws the status line only, and never touches the URL', () => {
    const saved = update(defaultState, { type: 'pack', change: { worker: 'saved' } });
    expect(planRender(defaultState, saved, 'effect')).toEqual(['pack']);
    const en = update(defaultState, { type: 'lang', lang: 'en' });
    expect(planRender(defaultState, en, 'ui')).toContain('pack');
  });
});

// The place sheet in the one state flow: Share is an intent the sheet's effect answers, what it
// did is said until another place is chosen, and only the notice redraws (never the URL).
import { describe, expect, it } from 'vitest';
import { defaultState, planRender, update } from '../../src/app/app-state';

const place = update(defaultState, {
  type: 'select',
  selection: { kind: 'chome', id: '13109010006' },
});

describe('sheet intents', () => {
  it('each Share press is counted, and clears an earlier notice', () => {
    const asked = update(place, { type: 'shareAsk' });
    expect(asked.shareAsks).toBe(1);
    const done = update(asked, {
      type: 'shareDone',
      notice: { outcome: 'copied', url: 'https://example.org/#sel=chome:13109010006' },
    });
    expect(done.shareNotice?.outcome).toBe('copied');
    const again = update(done, { type: 'shareAsk' });
    expect(again.shareAsks).toBe(2);
    expect(again.shareNotice).toBeNull();
  });

  it('a notice goes when another place or event is chosen, and stays for anything else', () => {
    const done = update(place, {
      type: 'shareDone',
      notice: { outcome: 'shared', url: 'https://example.org/' },
    });
    expect(update(done, { type: 'lang', lang: 'en' }).shareNotice).not.toBeNull();
    const other = update(done, {
      type: 'select',
      selection: { kind: 'event', id: 'SH-1999-08-29' },
    });
    expect(other.shareNotice).toBeNull();
    // Nothing to clear: the state is the same object (no listener runs).
    expect(update(other, { type: 'select', selection: null }).shareNotice).toBeNull();
  });

  it('redraws the notice only, and never touches the URL', () => {
    const done = update(place, {
      type: 'shareDone',
      notice: { outcome: 'failed', url: 'https://example.org/' },
    });
    expect(planRender(place, done, 'effect')).toEqual(['sheetNotice']);
    const asked = update(place, { type: 'shareAsk' });
    expect(planRender(place, asked, 'ui')).toEqual([]);
  });
});

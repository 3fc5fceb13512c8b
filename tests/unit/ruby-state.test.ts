// The furigana switch in the one state flow: the intent keeps the language's default as null, the
// URL carries `ruby=0|1` only when it differs from that default, and the plan redraws the text.
import { describe, expect, it } from 'vitest';
import { defaultState, sameState, update, urlState, type AppState } from '../../src/app/app-state';
import { rubyShown } from '../../src/i18n/ruby';
import { formatHash, parseHash } from '../../src/app/app-state';
import { planRender } from '../../src/app/app-state';

const easy: AppState = { ...defaultState, lang: 'ja-easy' };

describe('ruby intent', () => {
  it('hiding readings in やさしい日本語 is a choice; showing them again is the default', () => {
    const off = update(easy, { type: 'ruby', show: false });
    expect(off.ruby).toBe(false);
    const on = update(off, { type: 'ruby', show: true });
    expect(on.ruby).toBeNull();
    expect(update(on, { type: 'ruby', show: true })).toBe(on);
  });

  it('in Japanese, showing readings is the choice', () => {
    const ja: AppState = { ...defaultState, lang: 'ja' };
    expect(update(ja, { type: 'ruby', show: true }).ruby).toBe(true);
    expect(update(ja, { type: 'ruby', show: false })).toBe(ja);
  });

  it('a choice is kept across a language change: off in やさしい日本語 stays off on coming back', () => {
    const off = update(easy, { type: 'ruby', show: false });
    const back = update(update(off, { type: 'lang', lang: 'ja' }), {
      type: 'lang',
      lang: 'ja-easy',
    });
    expect(back.ruby).toBe(false);
    expect(rubyShown(back.lang, back.ruby)).toBe(false);
    const viaEn = update(update(off, { type: 'lang', lang: 'en' }), {
      type: 'lang',
      lang: 'ja-easy',
    });
    expect(viaEn.ruby).toBe(false);
  });

  it('is part of the URL state', () => {
    const off = update(easy, { type: 'ruby', show: false });
    expect(urlState(off).ruby).toBe(false);
    expect(sameState(off, easy)).toBe(false);
  });
});

describe('ruby in the URL', () => {
  it('is written only when it differs from the default, and round-trips', () => {
    expect(formatHash(easy)).not.toContain('ruby');
    const off = update(easy, { type: 'ruby', show: false });
    const hash = formatHash(off);
    expect(hash).toContain('lang=ja-easy');
    expect(hash).toContain('ruby=0');
    const back = parseHash(hash);
    expect(back.ruby).toBe(false);
    expect(sameState(back, off)).toBe(true);
    const jaOn = update({ ...defaultState, lang: 'ja' }, { type: 'ruby', show: true });
    expect(formatHash(jaOn)).toContain('ruby=1');
    expect(parseHash(formatHash(jaOn)).ruby).toBe(true);
  });

  it('a default or a bad value in a link reads as the default', () => {
    expect(parseHash('#lang=ja-easy&ruby=1').ruby).toBeNull();
    expect(parseHash('#lang=ja&ruby=0').ruby).toBeNull();
    expect(parseHash('#lang=ja-easy&ruby=yes').ruby).toBeNull();
    expect(parseHash('#lang=ja-easy').ruby).toBeNull();
  });
});

describe('ruby in the render plan', () => {
  it('redraws the text that carries readings, the switch and the URL, not the map', () => {
    const off = update(easy, { type: 'ruby', show: false });
    const parts = planRender(easy, off, 'ui');
    expect(parts).toEqual(expect.arrayContaining(['texts', 'panel', 'tour', 'hash']));
    expect(parts.filter((p) => p.startsWith('map'))).toEqual([]);
    expect(parts).not.toContain('timeline');
  });
});

// Share: the browser's share sheet where there is one, else the clipboard, else the link said in
// words; a share sheet the resident closed says nothing. With fake navigators.
import { describe, expect, it, vi } from 'vitest';
import { shareLink, type ShareNavigator } from '../../src/sheet/share';

const data = {
  title: '中延六丁目 — 品川区 浸水の記録マップ',
  url: 'https://example.org/#sel=chome:1',
};

function fakeNav(
  share: ShareNavigator['share'] | undefined,
  writeText: (text: string) => Promise<void> = () => Promise.resolve(),
): ShareNavigator & { written: string[] } {
  const written: string[] = [];
  return {
    written,
    share,
    clipboard: {
      writeText: (text: string) => writeText(text).then(() => void written.push(text)),
    } as unknown as Clipboard,
  };
}

describe('shareLink', () => {
  it('uses the Web Share API where there is one', async () => {
    const share = vi.fn(() => Promise.resolve());
    const nav = fakeNav(share);
    expect(await shareLink(nav, data)).toEqual({ outcome: 'shared', url: data.url });
    expect(share).toHaveBeenCalledWith({ title: data.title, url: data.url });
    expect(nav.written).toEqual([]);
  });

  it('copies the link where there is no Web Share API', async () => {
    const nav = fakeNav(undefined);
    expect(await shareLink(nav, data)).toEqual({ outcome: 'copied', url: data.url });
    expect(nav.written).toEqual([data.url]);
  });

  it('says nothing when the resident closed the share sheet', async () => {
    const nav = fakeNav(() => Promise.reject(new DOMException('closed', 'AbortError')));
    expect(await shareLink(nav, data)).toBeNull();
    expect(nav.written).toEqual([]);
  });

  it('copies when sharing is refused for another reason', async () => {
    const nav = fakeNav(() => Promise.reject(new DOMException('no gesture', 'NotAllowedError')));
    expect(await shareLink(nav, data)).toEqual({ outcome: 'copied', url: data.url });
  });

  it('gives the link in words when the clipboard refuses too', async () => {
    const nav = fakeNav(undefined, () => Promise.reject(new Error('denied')));
    expect(await shareLink(nav, data)).toEqual({ outcome: 'failed', url: data.url });
  });
});

// Share a link: the browser's share sheet where there is one (phones), else the clipboard. The
// navigator is passed in, so tests give a fake one.
import type { ShareNotice } from './sheet-slice';

export type ShareNavigator = Pick<Navigator, 'clipboard'> & {
  readonly share?: Navigator['share'];
};

/** What sharing did; null when the resident closed the share sheet (nothing to say). */
export async function shareLink(
  nav: ShareNavigator,
  data: { readonly title: string; readonly url: string },
): Promise<ShareNotice | null> {
  const { url } = data;
  if (typeof nav.share === 'function') {
    try {
      await nav.share({ title: data.title, url });
      return { outcome: 'shared', url };
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return null;
      // Refused (no user gesture left, a policy): the clipboard still serves.
    }
  }
  try {
    await nav.clipboard.writeText(url);
    return { outcome: 'copied', url };
  } catch {
    return { outcome: 'failed', url };
  }
}

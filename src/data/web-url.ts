// Which text may become a link. Data files are edited by hand and may be hostile, so a link is made
// only from an absolute http(s) address; anything else (javascript:, data:, relative paths) stays text.

/** Separator between several addresses in one cell, as flood-parse splits `source_url`. */
export const URL_LIST_SEPARATOR = /\s;\s|\s*;\s+/;

// Controls, spaces and bidi marks: the URL parser would silently drop or keep them, and a link
// whose text reads differently from where it goes is what they are for.
function isDeceptive(code: number): boolean {
  return (
    code <= 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x200e ||
    code === 0x200f ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The address as the browser will follow it, or null when it is not an absolute http(s) URL. */
export function webUrl(text: string): string | null {
  for (let i = 0; i < text.length; i++) if (isDeceptive(text.charCodeAt(i))) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
}

/** True when every `;`-separated part of the cell is an absolute http(s) URL. */
export function isWebUrlList(text: string): boolean {
  return text.split(URL_LIST_SEPARATOR).every((part) => webUrl(part) !== null);
}

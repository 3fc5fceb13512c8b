// A short fingerprint of a file's text: the version the desk (or the CLI) started from, sent with
// a save so the server can tell that the file on disk changed in between. Not a security hash:
// it only has to differ when the text differs. Pure and synchronous, the same in the browser and
// in Node (a browser's crypto.subtle exists only on secure origins, and is asynchronous).

/** 53-bit cyrb53 of the text (a leading BOM ignored: the browser's decoder drops it), as hex. */
export function textVersion(text: string): string {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${n.toString(16).padStart(14, '0')}-${body.length.toString(16)}`;
}

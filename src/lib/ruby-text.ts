// Running text with furigana: `<ruby>品川<rt aria-hidden="true">しながわ</rt></ruby>`, built with
// createElement and textContent (never innerHTML: tour texts come from files).
//
// Screen readers read ruby twice (base and reading, EDUCATION_NOTES §4.3), so the reading is
// hidden from the accessibility tree and the element's name is the plain text (Chromium 156
// would otherwise give each Ruby node its reading as a description, read after the kanji). No <rp>
// brackets: every browser we support lays out ruby, and brackets would be read aloud.
// With readings off there is no <rt> at all (not a hidden one): the text is the plain base text.
import { parseRuby, plainText } from '../i18n/ruby';

/** `text` (with `{base|reading}` markup) as nodes: ruby elements when `show`, else plain text. */
export function rubyFragment(doc: Document, text: string, show: boolean): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  if (!show) {
    fragment.append(doc.createTextNode(plainText(text)));
    return fragment;
  }
  for (const segment of parseRuby(text).segments) {
    if (segment.reading === undefined) {
      fragment.append(doc.createTextNode(segment.base));
      continue;
    }
    const ruby = doc.createElement('ruby');
    const rt = doc.createElement('rt');
    rt.setAttribute('aria-hidden', 'true');
    rt.textContent = segment.reading;
    ruby.append(doc.createTextNode(segment.base), rt);
    fragment.append(ruby);
  }
  return fragment;
}

// The furigana switch in the header: one toggle button (aria-pressed) whose name stays 「ふりがな」
// while its state changes, as the ARIA button pattern asks (a name that flips between "hide" and
// "show" next to a pressed state contradicts itself). The state is also written out (あり / なし),
// outside the name, so it does not rely on the button's colour. Shown only where texts carry
// readings (やさしい日本語); it reports through a callback and keeps no state.
import { t, type Lang } from '../i18n/i18n';
import { h } from '../lib/dom';

/** The button, built once; `renderRubyToggle` draws its label and state. */
export function createRubyToggle(doc: Document, onToggle: (show: boolean) => void): HTMLElement {
  const button = h(doc, 'button', {
    type: 'button',
    id: 'ruby-toggle',
    class: 'ruby-toggle',
    'aria-pressed': 'false',
  });
  button.addEventListener('click', () => onToggle(button.getAttribute('aria-pressed') !== 'true'));
  return button;
}

/** Label and state; hidden where no readings can show (English, or 日本語 with readings off). */
export function renderRubyToggle(button: HTMLElement, lang: Lang, shown: boolean): void {
  const doc = button.ownerDocument;
  // Also shown in 日本語 while readings show there (a link with ruby=1), so they can be hidden.
  button.hidden = lang === 'en' || (lang !== 'ja-easy' && !shown);
  button.setAttribute('aria-pressed', String(shown));
  button.replaceChildren(
    h(doc, 'span', { class: 'ruby-toggle-label' }, t(lang, 'ruby.toggle')),
    h(
      doc,
      'span',
      { class: 'ruby-toggle-state', 'aria-hidden': 'true' },
      t(lang, shown ? 'ruby.on' : 'ruby.off'),
    ),
  );
}

// Form parts the lesson maker is built from: a labelled text field that reports each keystroke and
// can be brought up to date from the state without being rebuilt (so typing never loses focus),
// and a small button. Every control has a visible label or an accessible name. Text is text.
import { h } from '../../lib/dom';
import { tRuby, type Lang, type MessageKey, type Params } from '../../i18n/i18n';
import { rubyFragment } from '../../lib/ruby-text';

/** Brings a field up to date with the state (skipped while the user is typing in it). */
export type Sync = () => void;

export interface FieldOptions {
  /** Stable key: focus and open sections are restored by it after a rebuild. */
  readonly key: string;
  /** Visible label: text, or nodes with furigana (rubyLabel). */
  readonly label: string | Node;
  readonly value: () => string;
  readonly onInput: (value: string) => void;
  readonly multiline?: boolean;
  readonly required?: boolean;
  /** Language of what is typed (ja / en): screen readers and spell checkers follow it. */
  readonly lang?: string;
  readonly list?: string;
  readonly hint?: string | Node;
}

export function textField(doc: Document, o: FieldOptions, syncs: Sync[]): HTMLElement {
  const id = `lesson-f-${o.key.replace(/[^a-z0-9-]/gi, '-')}`;
  const input = o.multiline
    ? h(doc, 'textarea', { id, rows: 3 })
    : h(doc, 'input', { id, type: 'text', list: o.list });
  input.dataset.key = o.key;
  if (o.required) {
    input.required = true;
    input.setAttribute('aria-required', 'true');
  }
  if (o.lang) input.lang = o.lang;
  input.value = o.value();
  input.addEventListener('input', () => o.onInput(input.value));
  syncs.push(() => {
    if (doc.activeElement !== input && input.value !== o.value()) input.value = o.value();
  });
  const hintId = o.hint ? `${id}-hint` : undefined;
  if (hintId) input.setAttribute('aria-describedby', hintId);
  return h(
    doc,
    'div',
    { class: `lesson-field${o.required ? ' lesson-required' : ''}` },
    h(doc, 'label', { for: id }, o.label),
    input,
    o.hint ? h(doc, 'p', { id: hintId, class: 'lesson-hint' }, o.hint) : null,
  );
}

export function button(
  doc: Document,
  key: string,
  cls: string,
  label: string | Node,
  onClick: () => void,
  opts: { readonly disabled?: boolean; readonly ariaLabel?: string } = {},
): HTMLButtonElement {
  const b = h(
    doc,
    'button',
    { type: 'button', class: cls, disabled: opts.disabled, 'aria-label': opts.ariaLabel },
    label,
  );
  b.dataset.key = key;
  b.addEventListener('click', onClick);
  return b;
}

/** A visible label with the readings written in texts.easy.ts when furigana are on. */
export function rubyLabel(
  doc: Document,
  lang: Lang,
  ruby: boolean,
): (key: MessageKey, p?: Params) => DocumentFragment {
  return (key, p = {}) => rubyFragment(doc, tRuby(lang, key, p), ruby);
}

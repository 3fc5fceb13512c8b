// The record form on the desk: one labelled input per field, a "not given" choice beside each
// count, and each problem written under its own field (aria-describedby, aria-invalid). Reports
// the typed values through `onSubmit`; it never checks or saves anything itself.
import { isMessageKey, t, type Lang } from '../../i18n/i18n';
import { h } from '../../lib/dom';
import {
  SOURCE_KINDS,
  type EventFormInput,
  type FormField,
  type SourceKind,
} from './event-form-row';
import { isDeskTextKey, td, type DeskTextKey } from './texts';

/** The fields in the order an officer reads a report: when, what, where, how many, from where. */
const FIELDS: readonly { field: FormField; type?: string; long?: boolean }[] = [
  { field: 'date' },
  { field: 'nameJa' },
  { field: 'nameEn' },
  { field: 'cause' },
  { field: 'rivers' },
  { field: 'places' },
  { field: 'above' },
  { field: 'below' },
  { field: 'total' },
  { field: 'rainfall' },
  { field: 'sourceTitle' },
  { field: 'publisher' },
  { field: 'url', type: 'url' },
  { field: 'kind' },
  { field: 'quote', long: true },
];
const COUNTS = ['above', 'below', 'total'] as const;
const isCount = (f: FormField): f is (typeof COUNTS)[number] =>
  (COUNTS as readonly string[]).includes(f);

const label = (f: FormField): DeskTextKey => `desk.form.${f}` as DeskTextKey;

export class EventFormView {
  private readonly form: HTMLFormElement;
  private readonly inputs = new Map<
    FormField,
    HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement
  >();
  private readonly notGiven = new Map<FormField, HTMLInputElement>();
  private readonly messages = new Map<FormField, HTMLElement>();
  private readonly status: HTMLElement;

  constructor(
    private readonly doc: Document,
    container: HTMLElement,
    lang: Lang,
    onSubmit: (input: EventFormInput) => void,
  ) {
    this.form = h(doc, 'form', { class: 'event-form', novalidate: true });
    const intro = h(doc, 'p', { class: 'hint', 'data-key': 'desk.form.intro' });
    this.form.append(intro);
    for (const { field, type, long } of FIELDS) {
      const id = `ev-${field}`;
      if (isCount(field)) {
        const input = h(doc, 'input', { id, name: field, type: 'text', inputmode: 'numeric' });
        const none = h(doc, 'input', { id: `${id}-none`, type: 'checkbox', checked: true });
        none.addEventListener('change', () => (input.disabled = none.checked));
        input.disabled = true;
        this.notGiven.set(field, none);
        const noneLabel = h(doc, 'label', { for: none.id, 'data-key': 'desk.form.notGiven' });
        const extra = h(doc, 'span', { class: 'not-given' }, none, noneLabel);
        this.form.append(this.row(field, input, extra));
      } else if (field === 'kind') {
        const kind = h(doc, 'select', { id, name: field });
        for (const k of SOURCE_KINDS)
          kind.append(h(doc, 'option', { value: k, 'data-key': `source.${k}` }));
        this.form.append(this.row(field, kind));
      } else {
        const input = long
          ? h(doc, 'textarea', { id, name: field, rows: 3 })
          : h(doc, 'input', { id, name: field, type: type ?? 'text', autocomplete: 'off' });
        this.form.append(this.row(field, input));
      }
    }
    this.form.append(h(doc, 'button', { type: 'submit', 'data-key': 'desk.form.submit' }));
    this.status = h(doc, 'p', { class: 'form-status', role: 'status', 'aria-live': 'polite' });
    this.form.append(this.status);
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      onSubmit(this.value());
    });
    container.replaceChildren(this.form);
    this.setLang(lang);
  }

  private row(field: FormField, input: HTMLElement, extra?: HTMLElement): HTMLElement {
    const id = `ev-${field}`;
    this.inputs.set(field, input as HTMLInputElement);
    const message = h(this.doc, 'p', { id: `${id}-msg`, class: 'field-message', hidden: true });
    this.messages.set(field, message);
    input.setAttribute('aria-describedby', message.id);
    return h(
      this.doc,
      'div',
      { class: 'form-row' },
      h(this.doc, 'label', { for: id, 'data-key': label(field) }),
      input,
      extra,
      message,
    );
  }

  private text(field: FormField): string {
    return this.inputs.get(field)?.value ?? '';
  }

  value(): EventFormInput {
    const count = (f: (typeof COUNTS)[number]): string | null =>
      this.notGiven.get(f)?.checked ? null : this.text(f);
    return {
      date: this.text('date'),
      nameJa: this.text('nameJa'),
      nameEn: this.text('nameEn'),
      cause: this.text('cause'),
      rivers: this.text('rivers'),
      places: this.text('places'),
      above: count('above'),
      below: count('below'),
      total: count('total'),
      rainfall: this.text('rainfall'),
      sourceTitle: this.text('sourceTitle'),
      publisher: this.text('publisher'),
      url: this.text('url'),
      kind: this.text('kind') as SourceKind,
      quote: this.text('quote'),
    };
  }

  /** Adds a chome clicked on the map to the places, once. */
  addPlace(name: string): void {
    const input = this.inputs.get('places');
    if (!input) return;
    const have = input.value.split(/[、,;；\s]+/u).filter((s) => s !== '');
    if (!have.includes(name)) input.value = [...have, name].join('、');
  }

  /** Each problem under its field (texts already in the page language); none clears them. */
  showProblems(problems: readonly { field: FormField; text: string }[], summary: string): void {
    for (const [field, el] of this.messages) {
      const mine = problems.filter((p) => p.field === field).map((p) => p.text);
      el.textContent = mine.join(' / ');
      el.hidden = mine.length === 0;
      this.inputs.get(field)?.setAttribute('aria-invalid', String(mine.length > 0));
    }
    this.status.textContent = summary;
    const first = problems[0];
    if (first) this.inputs.get(first.field)?.focus();
  }

  setLang(lang: Lang): void {
    for (const el of this.form.querySelectorAll<HTMLElement>('[data-key]')) {
      const key = el.dataset.key ?? '';
      el.textContent = isDeskTextKey(key) ? td(lang, key) : isMessageKey(key) ? t(lang, key) : key;
    }
  }
}

// 「わたしの学校のまわり」 in the lessons menu: the ward's schools, filtered as the teacher types a
// name in Japanese or English, each with a button that starts its lesson. The filter is only what
// the list shows (no app state); the choice is reported through `onOpen`.
import { h } from '../../lib/dom';
import { t, type Lang } from '../../i18n/i18n';
import { searchSchools, type School } from './school-list';
import './school-menu.css';

export function schoolChooser(
  doc: Document,
  props: { readonly lang: Lang; readonly schools: readonly School[] | null },
  onOpen: (schoolId: string) => void,
): HTMLElement {
  const { lang } = props;
  const headingId = 'school-menu-heading';
  const section = h(
    doc,
    'section',
    { class: 'school-menu', 'aria-labelledby': headingId },
    h(doc, 'h3', { id: headingId }, t(lang, 'school.menuHeading')),
    h(doc, 'p', {}, t(lang, 'school.menuHint')),
  );
  if (!props.schools) {
    section.append(h(doc, 'p', { class: 'hint', role: 'status' }, t(lang, 'tour.loading')));
    return section;
  }
  const schools = props.schools;
  const input = h(doc, 'input', { id: 'school-search', type: 'search', autocomplete: 'off' });
  const status = h(doc, 'p', { class: 'school-menu-count', role: 'status' });
  const list = h(doc, 'ul', { class: 'school-menu-list', 'aria-labelledby': headingId });
  const name = (s: School): string => (lang === 'en' ? (s.name.en ?? s.name.ja) : s.name.ja);
  const show = (): void => {
    const found = searchSchools(schools, input.value);
    status.textContent =
      found.length === 0
        ? t(lang, 'school.none', { query: input.value.trim() })
        : t(lang, 'school.count', { n: found.length });
    list.replaceChildren(
      ...found.map((s) => {
        const b = h(
          doc,
          'button',
          { type: 'button', class: 'school-menu-start', 'data-school': s.id },
          name(s),
          lang === 'en' || !s.name.en ? null : h(doc, 'span', { lang: 'en' }, s.name.en),
        );
        b.addEventListener('click', () => onOpen(s.id));
        return h(doc, 'li', {}, b);
      }),
    );
  };
  input.addEventListener('input', show);
  show();
  section.append(
    h(doc, 'label', { for: 'school-search' }, t(lang, 'school.search')),
    input,
    status,
    list,
  );
  return section;
}

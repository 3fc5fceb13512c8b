// @vitest-environment jsdom
// 「わたしの学校のまわり」 in the lessons menu: the list filters as a name is typed in Japanese or
// English, says how many match (or that none does), and reports the chosen school's id.
import { describe, expect, it } from 'vitest';
import '../../src/tours/school/texts';
import { schoolChooser } from '../../src/tours/school/school-menu';
import type { School } from '../../src/tours/school/school-list';

const school = (id: string, ja: string, en: string | null): School => ({
  id,
  name: { ja, en },
  address: '',
  point: [139.73, 35.62],
  area: null,
  fid: `避難所:${ja}`,
});
const schools = [
  school('school-synthetic-a-e-sch', '合成甲小学校', 'Synthetic-a E. Sch.'),
  school('school-synthetic-b-jr-h-sch', '合成乙中学校', 'Synthetic-b Jr. H. Sch.'),
  school('school-n0000beef', '合成学園', null),
];

function draw(lang: 'ja' | 'en') {
  const chosen: string[] = [];
  const el = schoolChooser(document, { lang, schools }, (id) => chosen.push(id));
  document.body.replaceChildren(el);
  const input = el.querySelector<HTMLInputElement>('#school-search')!;
  const type = (q: string) => {
    input.value = q;
    input.dispatchEvent(new Event('input'));
  };
  const buttons = () => [...el.querySelectorAll<HTMLButtonElement>('button')];
  return {
    el,
    chosen,
    type,
    buttons,
    status: () => el.querySelector('[role=status]')?.textContent,
  };
}

describe('schoolChooser', () => {
  it('lists every school with a labelled search field', () => {
    const { el, buttons, status } = draw('ja');
    expect(el.querySelector('label[for=school-search]')?.textContent).toBe(
      '学校の名前でさがす（日本語・英語）',
    );
    expect(buttons().map((b) => b.textContent)).toEqual([
      '合成甲小学校Synthetic-a E. Sch.',
      '合成乙中学校Synthetic-b Jr. H. Sch.',
      '合成学園',
    ]);
    expect(status()).toBe('3 校');
  });

  it('filters by a Japanese or an English name and says when none matches', () => {
    const { type, buttons, status } = draw('ja');
    type('乙');
    expect(buttons().map((b) => b.dataset.school)).toEqual(['school-synthetic-b-jr-h-sch']);
    type('synthetic-a');
    expect(buttons().map((b) => b.dataset.school)).toEqual(['school-synthetic-a-e-sch']);
    type('存在しない');
    expect(buttons()).toEqual([]);
    expect(status()).toContain('「存在しない」という名前の学校は');
  });

  it('reports the chosen school, in English with the English name (Japanese where none)', () => {
    const { buttons, chosen } = draw('en');
    expect(buttons().map((b) => b.textContent)).toEqual([
      'Synthetic-a E. Sch.',
      'Synthetic-b Jr. H. Sch.',
      '合成学園',
    ]);
    buttons()[2]!.click();
    expect(chosen).toEqual(['school-n0000beef']);
  });
});

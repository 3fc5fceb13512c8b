// @vitest-environment jsdom
// The teacher's sheet (issue 21 item 3): every step's heading, question and sources with their
// kind and address, and the lesson's curriculum codes, as text.
import { describe, expect, it } from 'vitest';
import '../../src/tours/worksheet-texts';
import { teacherSheet } from '../../src/tours/teacher-sheet';
import { generateSchoolLesson } from '../../src/tours/school/generate-lesson';
import '../../src/tours/school/texts';
import { schoolsFrom } from '../../src/tours/school/school-list';
import { schoolLesson } from '../../src/tours/school/school-chunk';
import { withIds } from '../../src/data/place-ids';
import { bundledAppData, geojson } from './helpers/bundled-data';

describe('teacherSheet', () => {
  const data = bundledAppData(['evacSites', 'wardShelters']);
  const school = schoolsFrom(withIds('wardShelters', geojson('wardShelters')))[1]!;
  const tour = schoolLesson(data, school.id)!;

  it('lists every step with its question and sources, and the curriculum codes', () => {
    const el = teacherSheet(document, tour, 'ja');
    expect(el.querySelector('h1')?.textContent).toBe(`先生用シート：${school.name.ja}のまわり`);
    expect(el.textContent).toContain('8220243300000000, 83212A3310000000');
    const steps = el.querySelectorAll('.ws-teacher-steps > li');
    expect(steps).toHaveLength(tour.steps.length);
    tour.steps.forEach((s, i) => {
      expect(steps[i]?.textContent).toContain(`問い：${s.question.ja}`);
      for (const src of s.sources) expect(steps[i]?.textContent).toContain(src.url);
    });
    expect(el.textContent).toContain('（公的な記録）');
    expect(el.innerHTML).not.toContain('{');
  });

  it('is written in English for an English page', () => {
    const el = teacherSheet(
      document,
      generateSchoolLesson(school, { walkM: 800, records: [], focus: null, site: null }),
      'en',
    );
    expect(el.querySelector('h1')?.textContent).toBe('Teacher’s sheet: Around Gotenyama E. Sch.');
    expect(el.textContent).toContain('Question: ');
  });
});

// The schools of 「わたしの学校のまわり」 from the ward's own shelter list, and the lesson for each of
// them from the bundled data (a data-contract test: a data update may change the figures, not the
// rules): every school found, names in the three languages, search in any of them, and a lesson
// that reads back without problems for every school.
import { describe, expect, it } from 'vitest';
import '../../src/tours/school/texts';
import { withIds } from '../../src/data/place-ids';
import { tourIndexCsv, tourStepsCsv } from '../../src/tours/editor/tour-csv';
import { parseTours } from '../../src/tours/parse-tour';
import { generateSchoolLesson } from '../../src/tours/school/generate-lesson';
import { schoolFacts } from '../../src/tours/school/school-facts';
import { schoolLesson } from '../../src/tours/school/school-chunk';
import { schoolsFrom, searchSchools } from '../../src/tours/school/school-list';
import { bundledAppData, geojson } from './helpers/bundled-data';

const ward = withIds('wardShelters', geojson('wardShelters'));
const schools = schoolsFrom(ward);

describe('the school list from the ward’s shelter file', () => {
  it('finds every 小学校, 中学校 and 学園, and no former school', () => {
    const names = ward.features.map((f) => String(f.properties['施設名']));
    const expected = names.filter((n) => /(小学校|中学校|学園)$/.test(n) && !/^旧/.test(n));
    expect(schools.map((s) => s.name.ja)).toEqual(expected);
    expect(schools.length).toBe(47);
    expect(schools.map((s) => s.name.ja)).toContain('御殿山小学校');
    expect(schools.map((s) => s.name.ja)).not.toContain('旧荏原第四中学校');
    expect(schools.map((s) => s.name.ja)).not.toContain('スクエア荏原（平塚小学校跡地）');
  });

  it('gives each school a unique id, its address, the ward’s English name where it has one', () => {
    expect(new Set(schools.map((s) => s.id)).size).toBe(schools.length);
    const gotenyama = schools.find((s) => s.name.ja === '御殿山小学校')!;
    expect(gotenyama).toMatchObject({
      id: 'school-gotenyama-e-sch',
      name: { en: 'Gotenyama E. Sch.' },
      address: '品川区北品川5-2-6',
      fid: '避難所:御殿山小学校',
    });
    expect(schools.find((s) => s.name.ja === '豊葉の杜学園')).toMatchObject({ name: { en: null } });
    for (const s of schools) expect(s.id).toMatch(/^school-[a-z0-9-]+$/);
  });

  it('finds a school by its name in Japanese or English, however it is typed', () => {
    const names = (q: string) => searchSchools(schools, q).map((s) => s.name.ja);
    expect(names('御殿山')).toEqual(['御殿山小学校']);
    expect(names('gotenyama')).toEqual(['御殿山小学校']);
    expect(names('ＧＯＴＥＮＹＡＭＡ e. sch')).toEqual(['御殿山小学校']);
    expect(names('鈴ヶ森')).toEqual(['鈴ケ森小学校', '鈴ケ森中学校']);
    expect(names('')).toHaveLength(47);
    expect(names('存在しない')).toEqual([]);
  });
});

describe('the lesson for every school from the bundled data', () => {
  const data = bundledAppData(['evacSites', 'wardShelters']);

  it('is a lesson that reads back without problems, with a source in every step', () => {
    for (const school of schools) {
      const tour = generateSchoolLesson(school, schoolFacts(data, school));
      const { problems } = parseTours(
        tourIndexCsv(tour),
        new Map([[tour.file, tourStepsCsv(tour)]]),
      );
      expect(problems, school.name.ja).toEqual([]);
      for (const s of tour.steps) expect(s.sources.length).toBeGreaterThan(0);
    }
  });

  it('names a site that is one of the ward’s schools in English with the ward’s English name', () => {
    const yashio = schools.find((s) => s.name.ja === '八潮学園')!;
    const tour = schoolLesson(data, yashio.id)!;
    const evac = tour.steps.find((s) => s.id === 'evac')!;
    expect(evac.text.ja).toContain('立会小学校');
    expect(evac.text.en).toContain('Tachiai E. Sch.');
  });

  it('says the school itself is the site for floods where GSI lists it at the same address', () => {
    const gotenyama = schools.find((s) => s.name.ja === '第三日野小学校')!;
    const facts = schoolFacts(data, gotenyama);
    expect(facts.site).toMatchObject({ name: '第三日野小学校', forFloods: true, isSchool: true });
  });
});

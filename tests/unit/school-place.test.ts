// A school chosen on the map offers its lesson (issue 21): the place answer knows a school of the
// ward's shelter list by the same rule and id as the lessons' school list, and its button's intent
// opens that lesson at its first step (the player then sets the step's map, as for a link).
import { describe, expect, it } from 'vitest';
import { defaultState, formatHash, update } from '../../src/app/app-state';
import { withIds } from '../../src/data/place-ids';
import { schoolsFrom } from '../../src/tours/school/school-list';
import { panelView } from '../../src/ui/panel-view';
import { bundledAppData, geojson } from './helpers/bundled-data';

const data = bundledAppData(['wardShelters']);
const ward = withIds('wardShelters', geojson('wardShelters'));

function viewOf(id: string) {
  const s = { ...defaultState, data, selected: { kind: 'wideArea' as const, id } };
  const view = panelView(s);
  if (view.kind !== 'place') throw new Error('not a place view');
  return view;
}

describe('a school chosen on the map', () => {
  it('offers the lesson of every school in the list, with the list’s id', () => {
    const schools = schoolsFrom(ward);
    expect(schools.length).toBe(47);
    for (const school of schools) expect(viewOf(school.fid).schoolLesson).toBe(school.id);
    expect(viewOf('避難所:御殿山小学校').schoolLesson).toBe('school-gotenyama-e-sch');
  });

  it('offers none for a place that is not one of its schools', () => {
    expect(viewOf('広域避難場所:戸越公園一帯').place).not.toBeNull();
    expect(viewOf('広域避難場所:戸越公園一帯').schoolLesson).toBeNull();
    const former = ward.features.find((f) => f.properties['施設名'] === '旧荏原第四中学校');
    expect(former).toBeDefined();
    expect(viewOf(String(former?.properties.fid)).schoolLesson).toBeNull();
  });

  it('tourOpen opens the lesson at its first step, in the URL', () => {
    const playing = { ...defaultState, tour: { id: 'meguro-gotanda', step: 3 } };
    const next = update(playing, { type: 'tourOpen', id: 'school-gotenyama-e-sch' });
    expect(next.tour).toEqual({ id: 'school-gotenyama-e-sch', step: 0 });
    expect(formatHash(next)).toContain('tour=school-gotenyama-e-sch&step=1');
  });
});

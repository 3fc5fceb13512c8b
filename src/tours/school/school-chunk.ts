// The generator's chunk, loaded when a school is chosen or a link names a school's lesson: the
// lesson for a school id, made from the data already loaded (the ward's list of schools, the
// records, GSI's evacuation sites). Its texts first, so the lesson is written in all languages.
import './texts';
import type { AppData } from '../../data/app-data';
import { LANGS, loadLang } from '../../i18n/i18n';
import type { Tour } from '../tour-model';
import { generateSchoolLesson } from './generate-lesson';
import { schoolFacts } from './school-facts';
import { schoolsFrom } from './school-list';

/** The lesson for the school with this id (null: no such school, or its data is not loaded). */
export function schoolLesson(data: AppData, id: string): Tour | null {
  const ward = data.features.get('wardShelters');
  const schools = ward ? schoolsFrom(ward) : [];
  const school = schools.find((s) => s.id === id);
  const nameEn = (ja: string): string | null =>
    schools.find((s) => s.name.ja === ja)?.name.en ?? null;
  return school && data.history
    ? generateSchoolLesson(school, schoolFacts(data, school, nameEn))
    : null;
}

/**
 * The lesson is written in every language at once, with the records' words (depths, damage) from
 * each language's first-load texts: those of the languages not chosen yet are loaded first. If one
 * cannot be (offline without the pack), the lesson is still made; that language falls back.
 */
export async function textsReady(): Promise<void> {
  await Promise.allSettled(LANGS.map((lang) => loadLang(lang)));
}

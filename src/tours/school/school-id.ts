// The id of a lesson generated for a school (`tour=school-<slug>&step=<n>`): the school's own id
// (src/data/ward-schools.ts), kept apart and tiny, so the tour player knows such a lesson before the
// generator's chunk is loaded. The prefix is reserved: a link with it always plays the lesson
// generated from the data, never a file.
import { SCHOOL_ID_PREFIX } from '../../data/ward-schools';

export const SCHOOL_TOUR_PREFIX = SCHOOL_ID_PREFIX;

export function isSchoolTourId(id: string): boolean {
  return id.startsWith(SCHOOL_TOUR_PREFIX);
}

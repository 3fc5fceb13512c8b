// Which places of the ward's own shelter list (the `wardShelters` dataset) are its schools, and each
// school's stable id: every 避難所 named as a 小学校, 中学校 or 学園 that is not a former school
// (旧…, …跡地). Shared by the lessons' school list (src/tours/school/) and the place answer, which
// offers a school's lesson (its tour id is the school's id). Pure.

/** The ids' prefix, reserved in the lessons' URL (`tour=school-<slug>`). */
export const SCHOOL_ID_PREFIX = 'school-';

const SCHOOL_NAME = /(小学校|中学校|学園)$/;
const FORMER = /^旧|跡地/;

const text = (v: unknown): string | null => {
  const s = typeof v === 'string' ? v.trim() : '';
  return s === '' ? null : s;
};

/** FNV-1a, 32 bits: a short stable id for a school the ward gives no English name for. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (const c of s) {
    h ^= c.codePointAt(0) ?? 0;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** `school-gotenyama-e-sch` from "Gotenyama E. Sch."; `school-n<hash>` without an English name. */
export function schoolId(ja: string, en: string | null): string {
  const slug = (en ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${SCHOOL_ID_PREFIX}${slug === '' ? `n${hash(ja)}` : slug}`;
}

/** A school's names, if this feature of the ward's shelter list is one of its schools (else null). */
export function wardSchoolNames(
  p: Readonly<Record<string, unknown>>,
): { readonly ja: string; readonly en: string | null } | null {
  const ja = text(p['施設名']);
  if (p['カテゴリ'] !== '避難所' || !ja || !SCHOOL_NAME.test(ja) || FORMER.test(ja)) return null;
  return { ja, en: text(p['施設名(英語)']) };
}

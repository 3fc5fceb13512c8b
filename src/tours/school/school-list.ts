// The ward's schools, from its own list of shelters (data/shinagawa_shelters_and_wide_area_evacuation
// _sites_2022.geojson, the `wardShelters` dataset): every 避難所 named as a 小学校, 中学校 or 学園
// that is not a former school (旧…, …跡地). Names in Japanese and, where the ward gives it, its own
// English; やさしい日本語 shows the Japanese name (no reading is written in the data, and the app
// never guesses one). Pure.
import type { LonLat } from '../../data/chome-geometry';
import type { FeatureCollection } from '../../data/validate-geojson';
import { schoolId, wardSchoolNames } from '../../data/ward-schools';

export interface School {
  /** Stable id in the lesson's URL: `school-<slug of the ward's English name>`, see schoolId. */
  readonly id: string;
  readonly name: { readonly ja: string; readonly en: string | null };
  readonly address: string;
  readonly point: LonLat;
  /** The ward's 対象地区 of this school as a shelter (not its 通学区域), as written. */
  readonly area: string | null;
  /** The feature's `fid` in the wardShelters data: what the map selects (`wideArea:<fid>`). */
  readonly fid: string;
}

const text = (v: unknown): string | null => {
  const s = typeof v === 'string' ? v.trim() : '';
  return s === '' ? null : s;
};

/** The schools in the ward's shelter list, in the file's order. */
export function schoolsFrom(fc: FeatureCollection): School[] {
  const out: School[] = [];
  for (const f of fc.features) {
    const p = f.properties;
    const names = wardSchoolNames(p);
    if (f.geometry.type !== 'Point' || !names) continue;
    const { ja, en } = names;
    const [lon, lat] = f.geometry.coordinates as readonly number[];
    if (typeof lon !== 'number' || typeof lat !== 'number') continue;
    out.push({
      id: schoolId(ja, en),
      name: { ja, en },
      address: text(p['住所']) ?? '',
      point: [lon, lat],
      area: text(p['対象地区']),
      fid: text(p.fid) ?? `避難所:${ja}`,
    });
  }
  return out;
}

/** Folded for search: full-width to half-width, lower case, no spaces, dots or hyphens. */
export function foldName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s.・\-ー]/g, '')
    .replace(/ケ/g, 'ヶ');
}

/** Schools whose Japanese or English name contains the query (all of them for an empty query). */
export function searchSchools(schools: readonly School[], query: string): School[] {
  const q = foldName(query);
  if (q === '') return [...schools];
  return schools.filter(
    (s) =>
      foldName(s.name.ja).includes(q) || (s.name.en !== null && foldName(s.name.en).includes(q)),
  );
}

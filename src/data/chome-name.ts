/** One 町丁目 of the ward, as listed in the reference data. */
export interface ChomeMatch {
  code: string;
  name: string;
}

export interface ChomeIndex {
  /** The entry whose name equals the input once both are normalised, or null. */
  lookup(input: string): ChomeMatch | null;
  /** The closest names, best first, for "did you mean" messages. Never throws. */
  suggest(input: string, limit?: number): ChomeMatch[];
}

const KANJI_DIGITS = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const KANJI_DIGIT_VALUE: ReadonlyMap<string, number> = new Map(
  KANJI_DIGITS.map((digit, value) => [digit, value]),
);

// Every character that can appear in a kanji chome number, used to find where the number starts.
const KANJI_NUMERAL_RUN = /[〇一二三四五六七八九十]+$/u;

// Town names are letters only (kanji, kana, 々, ヶ); anything else before the number means it is
// an address such as 中延1-2, not a chome.
const TOWN = /^[\p{L}\p{M}]+$/u;

/** 1..99 as written in chome names: 一, 十, 十一, 二十, 二十三. */
export function toKanjiNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) {
    throw new RangeError(`toKanjiNumber: ${n} is not a whole number from 1 to 99`);
  }
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${KANJI_DIGITS[tens]}十`;
  const onesPart = ones === 0 ? '' : (KANJI_DIGITS[ones] ?? '');
  return tensPart + onesPart;
}

/**
 * Kanji numerals up to 九十九, either with 十 (十一, 二十, 二十一) or digit by digit (二〇, 二一).
 * A lone 〇 reads as 0 because it is a number, even though no chome is numbered 0.
 */
export function parseKanjiNumber(s: string): number | null {
  const chars = Array.from(s);
  if (chars.length === 0) return null;
  const tenAt = chars.indexOf('十');
  if (tenAt === -1) {
    if (chars.length > 2) return null;
    const digits = chars.map((c) => KANJI_DIGIT_VALUE.get(c));
    if (digits.some((d) => d === undefined)) return null;
    // A leading 〇 (〇五) is not how anyone writes a number, so it is more likely noise.
    if (chars.length === 2 && digits[0] === 0) return null;
    return digits.reduce<number>((total, d) => total * 10 + (d ?? 0), 0);
  }
  if (chars.lastIndexOf('十') !== tenAt || tenAt > 1 || chars.length - tenAt > 2) return null;
  const before = tenAt === 1 ? KANJI_DIGIT_VALUE.get(chars[0] ?? '') : 1;
  const afterChar = chars[tenAt + 1];
  if (afterChar === undefined) return before === undefined || before === 0 ? null : before * 10;
  const after = KANJI_DIGIT_VALUE.get(afterChar);
  if (before === undefined || before === 0 || after === undefined || after === 0) return null;
  return before * 10 + after;
}

/** NFKC, no whitespace anywhere, and no 東京都 / 品川区 prefix, since every name is in the ward. */
function cleanName(input: string): string {
  const compact = input.normalize('NFKC').replace(/\s+/gu, '');
  const local = compact.replace(/^(?:東京都)?(?:品川区)?/u, '');
  // A bare 品川区 is still worth echoing back in an error message.
  return local === '' ? compact : local;
}

/**
 * Split a cleaned name into town and chome number. Kanji numbers need 丁目 / 丁 after them,
 * because town names such as 二葉 and 五反田 contain numerals themselves; Arabic digits never
 * belong to a town name, so they count with or without 丁目.
 */
function splitChome(cleaned: string): { town: string; chome: number } | null {
  const arabic = /^(.+?)(\d+)(?:丁目|丁)?$/u.exec(cleaned);
  if (arabic) {
    const town = arabic[1] ?? '';
    const chome = Number(arabic[2]);
    return TOWN.test(town) && chome >= 1 && chome <= 99 ? { town, chome } : null;
  }
  const suffix = /(?:丁目|丁)$/u.exec(cleaned);
  if (!suffix) return null;
  const body = cleaned.slice(0, suffix.index);
  const run = KANJI_NUMERAL_RUN.exec(body);
  if (!run) return null;
  // The longest readable tail wins, so 二十一丁目 is 21, while any numeral left over stays
  // with the town.
  const runChars = Array.from(run[0]);
  for (let skip = 0; skip < runChars.length; skip += 1) {
    const town = body.slice(0, run.index) + runChars.slice(0, skip).join('');
    const chome = parseKanjiNumber(runChars.slice(skip).join(''));
    if (TOWN.test(town) && chome !== null && chome >= 1 && chome <= 99) return { town, chome };
  }
  return null;
}

/**
 * The canonical form of a chome name, kanji numerals + 丁目 (中延１丁目, 品川区中延 1 → 中延一丁目).
 * Names without a recognisable chome number come back cleaned but otherwise as given.
 */
export function normaliseChomeName(input: string): string {
  const cleaned = cleanName(input);
  const parts = splitChome(cleaned);
  return parts ? `${parts.town}${toKanjiNumber(parts.chome)}丁目` : cleaned;
}

function editDistance(a: string, b: string): number {
  const left = Array.from(a);
  const right = Array.from(b);
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= right.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      const deletion = (previous[j] ?? 0) + 1;
      const insertion = (current[j - 1] ?? 0) + 1;
      current.push(Math.min(substitution, deletion, insertion));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

interface IndexedEntry {
  match: ChomeMatch;
  key: string;
  town: string;
  chome: number | null;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Town first, then chome number, so 中延二丁目 sorts before 中延十丁目 whatever the code points. */
function compareByName(a: IndexedEntry, b: IndexedEntry): number {
  return (
    compareText(a.town, b.town) ||
    (a.chome ?? 0) - (b.chome ?? 0) ||
    compareText(a.key, b.key) ||
    compareText(a.match.code, b.match.code)
  );
}

/**
 * 0 for the same town, 1 when one town name contains the other (五反田 → 東五反田, 西五反田),
 * 2 otherwise. Plain edit distance would rank short unrelated names such as 東八潮 first.
 */
function townKinship(inputTown: string, entryTown: string): number {
  if (inputTown === entryTown) return 0;
  if (inputTown !== '' && (entryTown.includes(inputTown) || inputTown.includes(entryTown))) {
    return 1;
  }
  return 2;
}

/**
 * An index over the ward's chome list. Throws if two entries normalise to the same name,
 * since lookups would then silently depend on list order.
 */
export function createChomeIndex(
  entries: readonly { code: string; name: string }[],
): ChomeIndex {
  const byKey = new Map<string, IndexedEntry>();
  for (const entry of entries) {
    const key = normaliseChomeName(entry.name);
    const existing = byKey.get(key);
    if (existing) {
      throw new Error(
        `createChomeIndex: "${entry.name}" (${entry.code}) and "${existing.match.name}" ` +
          `(${existing.match.code}) are the same name once normalised`,
      );
    }
    const parts = splitChome(key);
    byKey.set(key, {
      match: { code: entry.code, name: entry.name },
      key,
      town: parts?.town ?? key,
      chome: parts?.chome ?? null,
    });
  }
  const indexed = [...byKey.values()];

  return {
    lookup(input) {
      const found = byKey.get(normaliseChomeName(input));
      return found ? { ...found.match } : null;
    },
    suggest(input, limit = 3) {
      const count = Math.max(0, Math.floor(limit));
      if (count === 0) return [];
      const key = normaliseChomeName(input);
      const parts = splitChome(key);
      const town = parts?.town ?? key;
      const scored = indexed.map((entry) => {
        const kinship = townKinship(town, entry.town);
        return {
          entry,
          kinship,
          distance: editDistance(key, entry.key),
          // Within the same town, the nearest chome number is the likeliest slip.
          numberGap:
            kinship === 0 && parts && entry.chome !== null
              ? Math.abs(entry.chome - parts.chome)
              : Number.POSITIVE_INFINITY,
        };
      });
      scored.sort(
        (a, b) =>
          a.kinship - b.kinship ||
          a.distance - b.distance ||
          (a.numberGap === b.numberGap ? 0 : a.numberGap < b.numberGap ? -1 : 1) ||
          compareByName(a.entry, b.entry),
      );
      return scored.slice(0, count).map(({ entry }) => ({ ...entry.match }));
    },
  };
}

// One count cell of the ward's table. Empty is "not given", 0 is a recorded zero, and anything
// that is not a whole number of buildings is reported, never turned into one.
import { NOT_GIVEN, num, type Figure } from '../../data/figure';

export type CountProblem = 'countNotNumber' | 'countNegative' | 'countFraction';

export type CountResult =
  | { readonly ok: true; readonly figure: Figure; readonly unit: string | null }
  | { readonly ok: false; readonly code: CountProblem };

// Units the ward and Tokyo write after counts (棟 buildings, 件 cases, 戸 / 軒 houses).
const UNIT = /\s*(棟|件|戸|軒)$/u;
const DASHES = /[‐‑‒–—―−ー－]/gu;
const GROUPED = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u;

export function parseCount(cell: string): CountResult {
  // Spaces inside a number are not removed: "12 3" could be 12, 3 or 123.
  let text = cell.normalize('NFKC').trim().replace(DASHES, '-');
  if (text === '') return { ok: true, figure: NOT_GIVEN, unit: null };
  const unitMatch = UNIT.exec(text);
  const unit = unitMatch?.[1] ?? null;
  if (unitMatch) text = text.slice(0, unitMatch.index);
  const sign = /^[-▲△]/u.test(text) ? -1 : 1;
  const body = sign < 0 ? text.slice(1) : text;
  const digits = GROUPED.test(body) ? body.replace(/,/gu, '') : body;
  if (!/^(?:\d+(?:\.\d*)?|\.\d+)$/u.test(digits)) return { ok: false, code: 'countNotNumber' };
  const value = Number(digits);
  if (sign < 0 && value !== 0) return { ok: false, code: 'countNegative' };
  if (!Number.isInteger(value)) return { ok: false, code: 'countFraction' };
  return { ok: true, figure: num(value), unit };
}

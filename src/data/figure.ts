// Counts of flooded buildings as the sources give them. Three different "nothing"s are kept apart
// everywhere: a recorded zero is a number, "not given" means the source tells of the flood but gives
// no number, "no record" means we hold no record at all for that place and time.

export type Figure =
  | { readonly kind: 'number'; readonly value: number; readonly uncertain: boolean }
  | { readonly kind: 'notGiven' }
  | { readonly kind: 'noRecord' };

export const NOT_GIVEN: Figure = { kind: 'notGiven' };
export const NO_RECORD: Figure = { kind: 'noRecord' };

export function num(value: number, uncertain = false): Figure {
  return { kind: 'number', value, uncertain };
}

/**
 * A CSV cell as a figure: empty → not given; "940?" → 940, marked uncertain (the transcriber's
 * question mark); digits may be full-width or carry thousands commas. Anything else is null (invalid).
 */
export function parseFigure(cell: string): Figure | null {
  const text = cell.normalize('NFKC').replace(/[,\s]/g, '');
  if (text === '') return NOT_GIVEN;
  const m = /^(\d+)(\?)?$/.exec(text);
  if (!m?.[1]) return null;
  return num(Number(m[1]), m[2] !== undefined);
}

/** Sum of figures that never hides unknowns: `known` is the sum of the numbers we have. */
export interface FigureSum {
  readonly known: number;
  /** How many of the parts had a number. */
  readonly counted: number;
  /** How many parts were "not given" (so the true total is at least `known`). */
  readonly notGiven: number;
  readonly uncertain: boolean;
}

export function sumFigures(figures: readonly Figure[]): FigureSum {
  let known = 0;
  let counted = 0;
  let notGiven = 0;
  let uncertain = false;
  for (const f of figures) {
    if (f.kind === 'number') {
      known += f.value;
      counted++;
      uncertain ||= f.uncertain;
    } else if (f.kind === 'notGiven') {
      notGiven++;
    }
  }
  return { known, counted, notGiven, uncertain };
}

/**
 * The sum as a single figure: no parts → no record; any part not given → not given (the total is
 * unknown, so it is not shown as a number; use sumFigures for "at least N").
 */
export function sumAsFigure(figures: readonly Figure[]): Figure {
  const s = sumFigures(figures);
  if (s.notGiven > 0) return NOT_GIVEN;
  if (s.counted === 0) return NO_RECORD;
  return num(s.known, s.uncertain);
}

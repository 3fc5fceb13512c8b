// Fast answers to "damage per chome in this period", for dragging the timeline over large data
// (measured in bench/: 200,000 records). Built once; each query walks only the records that start
// in the period, with numbers in typed arrays. Gives the same answers as damageByChome.
import { type ChomeRecord, WARD } from './flood-model';
import { measureOf, type Measure, type TimeRange } from './time-range';

export interface ChomeDamage {
  readonly value: number;
  readonly unit: string;
  readonly label: string | null;
}

const dayNumber = (iso: string): number => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

export class RangeIndex {
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  private readonly chome: Int32Array;
  private readonly value: Float64Array;
  private readonly records: ChomeRecord[];
  /** For the few records that lie inside another record of the same chome: those containers. */
  private readonly containers = new Map<number, number[]>();
  private readonly codes: string[] = [];

  constructor(
    all: readonly ChomeRecord[],
    private readonly measure: Measure,
    ward = false,
  ) {
    this.records = all
      .filter((r) => (r.chomeCode === WARD) === ward && measureOf(r) === measure)
      .sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end));
    const n = this.records.length;
    this.start = new Float64Array(n);
    this.end = new Float64Array(n);
    this.chome = new Int32Array(n);
    this.value = new Float64Array(n);
    const codeIndex = new Map<string, number>();
    const byChome = new Map<number, number[]>();
    this.records.forEach((r, i) => {
      let c = codeIndex.get(r.chomeCode);
      if (c === undefined) {
        c = this.codes.length;
        codeIndex.set(r.chomeCode, c);
        this.codes.push(r.chomeCode);
      }
      this.start[i] = dayNumber(r.start);
      this.end[i] = dayNumber(r.end);
      this.chome[i] = c;
      this.value[i] =
        measure === 'classes' ? (r.damageClass?.ordinal ?? 0) : r.total.kind === 'number' ? r.total.value : 0;
      const list = byChome.get(c);
      if (list) list.push(i);
      else byChome.set(c, [i]);
    });
    // Containment, per chome: sorted by start (then longest first), a record is inside an earlier
    // one that ends at or after it, unless the two cover exactly the same period.
    for (const list of byChome.values()) {
      for (let a = 0; a < list.length; a++) {
        const i = list[a] ?? 0;
        for (let b = 0; b < a; b++) {
          const j = list[b] ?? 0;
          if (this.start[j]! <= this.start[i]! && this.end[i]! <= this.end[j]! && (this.start[j] !== this.start[i] || this.end[j] !== this.end[i])) {
            const c = this.containers.get(i);
            if (c) c.push(j);
            else this.containers.set(i, [j]);
          }
        }
      }
    }
  }

  get size(): number {
    return this.records.length;
  }

  /** Index of the first record starting on or after `day`. */
  private lowerBound(day: number): number {
    let lo = 0;
    let hi = this.start.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.start[mid]! < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Per chome code: summed counts (or highest class) of the records wholly inside the range. */
  query(range: TimeRange | null): Map<string, ChomeDamage> {
    const from = range ? dayNumber(`${range.from}-01-01`) : -Infinity;
    const to = range ? dayNumber(`${range.to}-12-31`) : Infinity;
    const first = range ? this.lowerBound(from) : 0;
    const totals = new Float64Array(this.codes.length).fill(Number.NaN);
    const pick = new Int32Array(this.codes.length).fill(-1);
    const inRange = (i: number): boolean => this.start[i]! >= from && this.end[i]! <= to;
    for (let i = first; i < this.start.length && this.start[i]! <= to; i++) {
      if (this.end[i]! > to) continue;
      const containers = this.containers.get(i);
      if (containers && containers.some(inRange)) continue;
      const c = this.chome[i]!;
      const v = this.value[i]!;
      if (this.measure === 'classes') {
        if (Number.isNaN(totals[c]!) || v > totals[c]!) {
          totals[c] = v;
          pick[c] = i;
        }
      } else {
        totals[c] = Number.isNaN(totals[c]!) ? v : totals[c]! + v;
        pick[c] = i;
      }
    }
    const out = new Map<string, ChomeDamage>();
    for (let c = 0; c < this.codes.length; c++) {
      if (Number.isNaN(totals[c]!)) continue;
      const r = this.records[pick[c]!]!;
      out.set(this.codes[c]!, {
        value: totals[c]!,
        unit: r.unit,
        label: this.measure === 'classes' ? (r.damageClass?.label ?? null) : null,
      });
    }
    return out;
  }
}

// A feature's part of the app state, declared once in the feature's folder: its state, how intents
// change it (pure), the URL parameters it reads and writes, and the render parts it asks for. The
// core (core-state.ts) knows none of them; src/app/slices.ts lists them and compose.ts joins them
// with the core into the app's one state, one update, one URL and one render plan.
import type { Problem } from '../data/problems';
import type { Origin } from './core-state';

/** Every intent: a tag. A slice's update sees every intent and ignores the ones it does not know. */
export interface AnyIntent {
  readonly type: string;
}

/** What changed between two states: any of these keys (compared by identity). */
export type Changed<S> = (...keys: (keyof S)[]) => boolean;

/** A part of the page (or of the map) that is redrawn from the state, when `when` says so. */
export interface PartSpec<S, P extends string = string> {
  readonly name: P;
  /** 'map' parts run first (what the user sees moves first), then 'page' parts; the URL last. */
  readonly stage: 'map' | 'page';
  /** Whether to redraw after this change (the first render runs every part). */
  when(prev: S, next: S, origin: Origin, changed: Changed<S>): boolean;
}

/** A slice's URL parameters: listed once here, parsed and written only here. */
export interface SliceUrl<S, U extends keyof S = keyof S> {
  /** The URL parameter names (a unit test checks no two slices share one). */
  readonly params: readonly string[];
  /** The state keys the URL carries: a shared link restores exactly these. */
  readonly fields: readonly U[];
  /** The URL fields from the hash's parameters (absent or malformed: the slice's default). */
  parse(params: URLSearchParams, base: S): Pick<S, U>;
  /** `name=value` pieces for the hash (none when the fields are at their default). */
  format(own: S): string[];
  /** Whether two states would give the same URL. */
  same(a: S, b: S): boolean;
  /** Takes the URL fields of a state read from a link (default: as they are). */
  replace?(own: S, url: Pick<S, U>): S;
}

/**
 * A feature's slice. `S` is its state (its keys are its own: no other slice or the core writes
 * them); `I` the intents it handles (its own, and others' it reacts to); `A` what it reads of the
 * rest of the state (core and other slices, as types only).
 */
export interface Slice<
  S extends object,
  I extends AnyIntent,
  A extends object = object,
  P extends string = string,
  U extends keyof S = keyof S,
> {
  /** Names the slice in tests and docs. */
  readonly name: string;
  readonly initial: S;
  /**
   * Its state after `intent`, given the app state `app` as the core (and the slices listed before
   * this one) left it for this intent, and `prev`, the app state before it. Returns `own` itself
   * when nothing changed.
   */
  update(own: S, intent: I, app: A & S, prev: A & S): S;
  readonly url?: SliceUrl<S, U>;
  readonly parts?: readonly PartSpec<A & S, P>[];
  /** Problems an intent brings (a file the slice loaded); the core keeps them by file. */
  problemsOf?(intent: I): readonly Problem[];
}

/** Any slice, for lists. */
// The slices differ in every type parameter; the list only needs their common shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnySlice = Slice<any, any, any, string, any>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type StateOf<L> = L extends Slice<infer S, any, any, string, any> ? S : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type IntentOf<L> = L extends Slice<any, infer I, any, string, any> ? I : never;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type PartOf<L> = L extends Slice<any, any, any, infer P, any> ? P : never;
/** The URL fields of a slice, as a state type. */
export type UrlOf<L> =
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  L extends Slice<infer S, any, any, string, infer U> ? Pick<S, U> : never;

/** A | B | C -> A & B & C */
export type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;

/** Declares a slice with its types inferred (and its part names kept as literal types). */
export function defineSlice<
  S extends object,
  I extends AnyIntent,
  A extends object = object,
  P extends string = never,
  U extends keyof S = never,
>(slice: Slice<S, I, A, P, U>): Slice<S, I, A, P, U> {
  return slice;
}

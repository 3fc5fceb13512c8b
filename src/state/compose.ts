// Joins the core and a list of slices into one app: one state, one pure update, one URL and one
// render plan. Generic over the list, so a test can compose the core with a toy slice; the app's
// own list is src/app/slices.ts.
import { mergeProblems, problemsByFile } from '../data/problems';
import { CORE_PARTS, type CorePart } from './core-parts';
import {
  CORE_URL_FIELDS,
  coreDefaults,
  coreUpdate,
  sameCoreUrl,
  type CoreIntent,
  type CoreState,
  type CoreUrlState,
  type Origin,
} from './core-state';
import { CORE_PARAMS, formatCoreUrl, parseCoreUrl } from './core-url';
import type {
  AnyIntent,
  AnySlice,
  IntentOf,
  PartOf,
  PartSpec,
  StateOf,
  UnionToIntersection,
  UrlOf,
} from './slice';

/** The whole state of an app made of the core and the slices in `L`. */
export type ComposedState<L extends readonly AnySlice[]> = CoreState &
  UnionToIntersection<StateOf<L[number]>>;
/** What a shared link carries: the core's URL fields and every slice's. */
export type ComposedUrl<L extends readonly AnySlice[]> = CoreUrlState &
  UnionToIntersection<UrlOf<L[number]>>;
export type ComposedIntent<L extends readonly AnySlice[]> =
  | Exclude<CoreIntent, { readonly type: 'replace' }>
  /** A state read from a link: the core's URL fields and every slice's. */
  | { readonly type: 'replace'; readonly state: ComposedUrl<L> }
  | Exclude<IntentOf<L[number]>, { readonly type: CoreIntent['type'] }>;
/** Every render part: the core's, the slices', and the URL (always last). */
export type ComposedPart<L extends readonly AnySlice[]> = CorePart | PartOf<L[number]> | 'hash';

export interface ComposedApp<L extends readonly AnySlice[]> {
  readonly slices: L;
  readonly defaultState: ComposedState<L>;
  update(state: ComposedState<L>, intent: ComposedIntent<L>): ComposedState<L>;
  /** The URL part of a state. */
  urlState(s: ComposedUrl<L>): ComposedUrl<L>;
  /** Whether two states would give the same URL. */
  sameState(a: ComposedUrl<L>, b: ComposedUrl<L>): boolean;
  /** A hash read over `base` (unknown or malformed parts are ignored). */
  parseHash(hash: string, base?: ComposedState<L>): ComposedState<L>;
  formatHash(state: ComposedUrl<L>): string;
  /** Every URL parameter with who reads it (the core or a slice's name). */
  readonly params: ReadonlyMap<string, string>;
  /** Every render part, in the order they run. */
  readonly renderOrder: readonly ComposedPart<L>[];
  /** The map's parts, in order: what a map created after the page runs once to catch up. */
  readonly mapParts: readonly ComposedPart<L>[];
  /** What to redraw going from `prev` to `next` (`origin` 'init': everything). */
  planRender(prev: ComposedState<L>, next: ComposedState<L>, origin: Origin): ComposedPart<L>[];
}

type Loose = Record<string, unknown>;

/** The composed types are checked where they are declared; inside, states are records of keys. */
function loose(x: object): Loose {
  return x as Loose;
}

function pick(state: Loose, keys: readonly string[]): Loose {
  const out: Loose = {};
  for (const k of keys) out[k] = state[k];
  return out;
}

/** Checks the list once: no two slices (or a slice and the core) own a state key or a URL name. */
function checkSlices(slices: readonly AnySlice[]): void {
  const owner = new Map<string, string>(Object.keys(coreDefaults).map((k) => [k, 'core']));
  const params = new Map<string, string>(CORE_PARAMS.map((p) => [p, 'core']));
  for (const slice of slices) {
    for (const key of Object.keys(slice.initial as object)) {
      const other = owner.get(key);
      if (other) throw new Error(`state key '${key}' of slice ${slice.name} is ${other}'s`);
      owner.set(key, slice.name);
    }
    for (const p of slice.url?.params ?? []) {
      const other = params.get(p);
      if (other) throw new Error(`URL parameter '${p}' of slice ${slice.name} is ${other}'s`);
      params.set(p, slice.name);
    }
  }
}

export function composeSlices<const L extends readonly AnySlice[]>(slices: L): ComposedApp<L> {
  type State = ComposedState<L>;
  type Url = ComposedUrl<L>;
  type Part = ComposedPart<L>;
  checkSlices(slices);
  const keys = slices.map((s) => Object.keys(s.initial as object));
  const defaultState = Object.assign({}, coreDefaults, ...slices.map((s) => s.initial)) as State;

  const sameState = (a: Url, b: Url): boolean =>
    sameCoreUrl(a, b) &&
    slices.every(
      (s, i) => !s.url || s.url.same(pick(loose(a), keys[i]!), pick(loose(b), keys[i]!)),
    );

  const urlState = (s: Url): Url => {
    const out = pick(loose(s), CORE_URL_FIELDS);
    for (const slice of slices) Object.assign(out, pick(loose(s), slice.url?.fields ?? []));
    return out as Url;
  };

  const update = (state: State, composed: ComposedIntent<L>): State => {
    const intent: AnyIntent = composed;
    const link =
      intent.type === 'replace' ? loose((composed as CoreIntent & { state: object }).state) : null;
    let next = coreUpdate(state, composed as CoreIntent);
    slices.forEach((slice, i) => {
      const own = pick(loose(next), keys[i]!);
      const replaced =
        link && slice.url
          ? (slice.url.replace?.(own, link) ?? { ...own, ...pick(link, slice.url.fields) })
          : own;
      const updated = slice.update(replaced, intent, { ...next, ...replaced }, state);
      if (updated !== own) next = { ...next, ...updated };
      const problems = slice.problemsOf?.(intent) ?? [];
      if (problems.length > 0) {
        next = { ...next, problems: mergeProblems(next.problems, problemsByFile(problems)) };
      }
    });
    // A link that says what the page already shows changes nothing (the view to ~1 m).
    return link && sameState(next, state) ? state : next;
  };

  const parseHash = (hash: string, base: State = defaultState): State => {
    const params = new URLSearchParams(hash.replace(/^#/, ''));
    const out: State = { ...base, ...parseCoreUrl(params, base) };
    slices.forEach((slice, i) => {
      if (slice.url) Object.assign(out, slice.url.parse(params, pick(loose(base), keys[i]!)));
    });
    return out;
  };

  const formatHash = (state: Url): string => {
    const parts = formatCoreUrl(state);
    slices.forEach((slice, i) => {
      if (slice.url) parts.push(...slice.url.format(pick(loose(state), keys[i]!)));
    });
    return `#${parts.join('&')}`;
  };

  const params = new Map<string, string>(CORE_PARAMS.map((p) => [p, 'core']));
  for (const slice of slices) for (const p of slice.url?.params ?? []) params.set(p, slice.name);

  // Map parts first (what the user sees moves first), then the page's, then the URL; a part that
  // several specs name runs where it is first named, when any of them asks for it.
  const specs: readonly PartSpec<State, string>[] = [
    ...(CORE_PARTS as readonly PartSpec<State, string>[]),
    ...slices.flatMap((s) => (s.parts ?? []) as readonly PartSpec<State, string>[]),
  ];
  const names = (stage: 'map' | 'page'): string[] =>
    specs.filter((s) => s.stage === stage).map((s) => s.name);
  const renderOrder = [...new Set([...names('map'), ...names('page'), 'hash'])] as Part[];
  const mapParts = renderOrder.filter((p) => names('map').includes(p));

  const planRender = (prev: State, next: State, origin: Origin): Part[] => {
    if (origin === 'init') return [...renderOrder];
    const changed = (...k: (keyof State)[]): boolean => k.some((key) => prev[key] !== next[key]);
    const want = new Set<string>();
    for (const spec of specs) if (spec.when(prev, next, origin, changed)) want.add(spec.name);
    if (origin !== 'hash' && !sameState(prev, next)) want.add('hash');
    return renderOrder.filter((p) => want.has(p));
  };

  return {
    slices,
    defaultState,
    update,
    urlState,
    sameState,
    parseHash,
    formatHash,
    params,
    renderOrder,
    mapParts,
    planRender,
  };
}

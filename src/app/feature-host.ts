// Holds the features' views and effects once their chunks are in (src/app/feature.ts): loads each
// chunk once, mounts it, catches it up with the state, and hands it every later change and render
// part. main.ts creates one host over FEATURES; a test can give it fake entries.
import type { AppState, Origin, RenderPart } from './app-state';
import type { Feature, FeatureContext, FeatureEntry } from './feature';

export class FeatureHost {
  /** The mounted features, in the order they loaded. */
  private readonly mounted = new Map<FeatureEntry, Feature>();
  private readonly loading = new Map<FeatureEntry, Promise<Feature | null>>();
  private isReady = false;

  constructor(
    private readonly entries: readonly FeatureEntry[],
    private readonly context: FeatureContext,
    /** Every render part, in the order they run (a feature's own run in that order to catch up). */
    private readonly renderOrder: readonly RenderPart[],
  ) {}

  /** The feature whose slice has this name (its chunk loaded first); null if none or it failed. */
  byName(name: string): Promise<Feature | null> {
    const entry = this.entries.find((e) => e.slice.name === name);
    return entry ? this.load(entry) : Promise.resolve(null);
  }

  /**
   * Loads a feature's chunk once, mounts it, and brings it up to date: its parts drawn and its
   * effects run for the state as it is (as the first render did for the core). A chunk that cannot
   * load (a broken deploy, offline without the pack) leaves the rest of the page working.
   */
  load(entry: FeatureEntry): Promise<Feature | null> {
    const known = this.loading.get(entry);
    if (known) return known;
    const started = (entry.load?.() ?? Promise.resolve(null)).then(
      (module) => {
        if (!module) return null;
        const feature = module.mount(this.context);
        this.mounted.set(entry, feature);
        const s = this.context.state();
        for (const part of this.renderOrder) feature.parts?.[part]?.(s, s, 'init');
        feature.onChange?.(s, s, 'init');
        if (this.isReady) feature.ready?.();
        return feature;
      },
      (e: unknown) => {
        console.warn(`The ${entry.slice.name} feature could not load`, e);
        return null;
      },
    );
    this.loading.set(entry, started);
    return started;
  }

  /** Loads the features the state needs now (a link to a tour step, a hazard layer). */
  loadNeeded(s: AppState): void {
    for (const entry of this.entries) if (entry.needed?.(s)) void this.load(entry);
  }

  /** Once the map is up: tells the mounted features, and loads every other one behind it. */
  ready(): Promise<unknown> {
    this.isReady = true;
    for (const feature of this.mounted.values()) feature.ready?.();
    return Promise.all(this.entries.map((entry) => this.load(entry)));
  }

  /** One render part, for every mounted feature that draws it. */
  render(part: RenderPart, prev: AppState, next: AppState, origin: Origin): void {
    for (const feature of this.mounted.values()) feature.parts?.[part]?.(prev, next, origin);
  }

  /** A change of state: the mounted features' effects, and any feature it now needs. */
  onChange(prev: AppState, next: AppState, origin: Origin): void {
    for (const feature of this.mounted.values()) feature.onChange?.(prev, next, origin);
    this.loadNeeded(next);
  }
}

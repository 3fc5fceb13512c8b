// Lets through one batch at a time of the changes that make MapLibre re-tile a GeoJSON source (a
// layout property of one of its layers, a global-state value a layout property reads).
//
// Why: MapLibre 5 keeps a tile's raw data only from the parse its first load started, or from the
// first reload that cancels that parse. Reloaded twice while its first load is still parsing, a
// tile is drawn without its raw data: feature state (the choropleth's levels, the selected
// outline) no longer reaches it and queries on it fail, until a zoom loads other tiles. Searching
// right after the page loaded did it: the selected outline switched on (a reload at the next
// frame) and the record labels handed over as the map zoomed in (a reload at once, which also
// requests the new zoom's tiles), both before those tiles had loaded.
// A batch goes in only once the source's tiles have loaded and no batch is still settling (its
// reloads done at a frame, its tiles loaded again); what comes meanwhile waits, in order, and goes
// in as the next batch. Reloads of loaded tiles keep their data however many there are.
import type { Map as MapLibreMap } from 'maplibre-gl';

type MapLike = Pick<MapLibreMap, 'isSourceLoaded' | 'on' | 'off' | 'triggerRepaint'>;

export class ReloadGate {
  private held: (() => void)[] = [];
  private settling = false;
  private watching = false;

  constructor(
    private readonly map: MapLike,
    private readonly source: string,
  ) {}

  /** Makes `change` now if nothing is loading or settling, else with the next batch. */
  run(change: () => void): void {
    if (!this.settling && this.map.isSourceLoaded(this.source)) this.let([change]);
    else {
      this.held.push(change);
      this.watch();
    }
  }

  private let(changes: readonly (() => void)[]): void {
    for (const change of changes) change();
    this.settling = true;
    this.watch();
    // A change that turned out to change nothing asks for no frame; the batch settles at one.
    this.map.triggerRepaint();
  }

  private watch(): void {
    if (this.watching) return;
    this.watching = true;
    this.map.on('render', this.check);
  }

  /** After each frame: a reload asked for has been made in it, so "loaded" means its tiles too. */
  private readonly check = (): void => {
    if (!this.map.isSourceLoaded(this.source)) return;
    this.settling = false;
    if (this.held.length > 0) {
      this.let(this.held.splice(0));
      return;
    }
    this.map.off('render', this.check);
    this.watching = false;
  };
}

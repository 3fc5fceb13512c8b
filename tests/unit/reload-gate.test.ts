// The changes that re-tile the chome source go in one batch at a time, each only once the source's
// tiles have loaded (src/map/reload-gate.ts says why). The map is a fake that says whether the
// source is loaded and plays frames; each change records itself.
import { describe, expect, it } from 'vitest';
import { ReloadGate } from '../../src/map/reload-gate';

function fakeMap() {
  const listeners = new Set<() => void>();
  const fake = {
    loaded: true,
    repaints: 0,
    isSourceLoaded: () => fake.loaded,
    on: (_: string, fn: () => void) => listeners.add(fn),
    off: (_: string, fn: () => void) => listeners.delete(fn),
    triggerRepaint: () => (fake.repaints += 1),
    /** A frame is drawn ('render'). */
    frame: () => [...listeners].forEach((fn) => fn()),
    listening: () => listeners.size,
  };
  return fake;
}

describe('ReloadGate', () => {
  it('lets a change through at once when the tiles are loaded and nothing is settling', () => {
    const map = fakeMap();
    const gate = new ReloadGate(map as never, 'chome');
    const done: string[] = [];
    gate.run(() => done.push('outline on'));
    expect(done).toEqual(['outline on']);
    expect(map.repaints).toBe(1);
  });

  it('holds a second change until the first has settled (reloaded at a frame, tiles loaded)', () => {
    // A search right after load: the selected outline goes on, then the zoom hands the labels over.
    const map = fakeMap();
    const gate = new ReloadGate(map as never, 'chome');
    const done: string[] = [];
    gate.run(() => done.push('outline on'));
    gate.run(() => done.push('labels'));
    expect(done).toEqual(['outline on']);
    // The frame reloads the tiles (and loads the new zoom's): not loaded yet.
    map.loaded = false;
    map.frame();
    expect(done).toEqual(['outline on']);
    map.loaded = true;
    map.frame();
    expect(done).toEqual(['outline on', 'labels']);
    // The labels settle at the next frame, and the gate stops listening.
    map.frame();
    expect(map.listening()).toBe(0);
    gate.run(() => done.push('outline off'));
    expect(done).toEqual(['outline on', 'labels', 'outline off']);
  });

  it('holds changes while tiles load, then lets them through together, in order', () => {
    const map = fakeMap();
    map.loaded = false;
    const gate = new ReloadGate(map as never, 'chome');
    const done: string[] = [];
    gate.run(() => done.push('records on'));
    gate.run(() => done.push('outline on'));
    gate.run(() => done.push('outline off'));
    map.frame();
    expect(done).toEqual([]);
    map.loaded = true;
    map.frame();
    expect(done).toEqual(['records on', 'outline on', 'outline off']);
  });

  it('a change that turns out to reload nothing still settles, at the frame it asks for', () => {
    const map = fakeMap();
    const gate = new ReloadGate(map as never, 'chome');
    const done: string[] = [];
    gate.run(() => done.push('same labels'));
    gate.run(() => done.push('outline on'));
    expect(map.repaints).toBe(1);
    map.frame();
    expect(done).toEqual(['same labels', 'outline on']);
  });
});

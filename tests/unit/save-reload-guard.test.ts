// The dev server does not reload the page that saved: while a save runs and for a moment after its
// answer, changes under the data folder are not sent to the browser; other changes always are.
import { EventEmitter } from 'node:events';
import type { ServerResponse } from 'node:http';
import type { HotUpdateOptions } from 'vite';
import { describe, expect, it } from 'vitest';
import { QUIET_AFTER_SAVE_MS, reloadGuard } from '../../scripts/save-reload-guard';

const update = (file: string) => ({ file }) as HotUpdateOptions;

describe('reloadGuard', () => {
  it('keeps data/ changes from the browser during a save and shortly after, not later', () => {
    let now = 1_000;
    const guard = reloadGuard('/repo/data', () => now);
    expect(guard.hotUpdate(update('/repo/data/flood_events.csv'))).toBeUndefined();
    const res = new EventEmitter();
    guard.saving(res as unknown as ServerResponse);
    now += 60_000;
    expect(guard.hotUpdate(update('/repo/data/flood_events.csv'))).toEqual([]);
    expect(guard.hotUpdate(update('/repo/data/tours/tours.csv'))).toEqual([]);
    // Code and files beside the data folder reload as ever.
    expect(guard.hotUpdate(update('/repo/src/main.ts'))).toBeUndefined();
    expect(guard.hotUpdate(update('/repo/data-old/flood_events.csv'))).toBeUndefined();
    res.emit('close');
    now += QUIET_AFTER_SAVE_MS - 1;
    expect(guard.hotUpdate(update('/repo/data/flood_events.csv'))).toEqual([]);
    now += 2;
    expect(guard.hotUpdate(update('/repo/data/flood_events.csv'))).toBeUndefined();
  });
});

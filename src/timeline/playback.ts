// Playback's clock: while the state says "playing", one `playTick` intent per step (the step itself
// — which year comes next, when to stop — is decided in update()). Under reduced motion the steps
// are the same; only the map's transitions are off.
import type { CoreIntent, CoreState } from '../state/core-state';

/** Time between steps at speed 1. */
export const STEP_MS = 1600;

export class Playback {
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly dispatch: (intent: Extract<CoreIntent, { type: 'playTick' }>) => void,
  ) {}

  onChange(prev: CoreState, next: CoreState): void {
    if (!next.playing) {
      this.stop();
      return;
    }
    if (!prev.playing) {
      // The first step comes at once.
      this.stop();
      this.timer = setTimeout(() => this.dispatch({ type: 'playTick' }), 0);
    } else if (next.range !== prev.range || next.speed !== prev.speed) {
      this.stop();
      this.timer = setTimeout(() => this.dispatch({ type: 'playTick' }), STEP_MS / next.speed);
    }
  }

  private stop(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

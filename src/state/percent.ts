// Percentages the state keeps (hazard and old-layer opacities, the then-and-now divider) are whole
// numbers from 0 to 100, whether they come from a control, a tour step or a typed URL.

/** `n` rounded and held within 0–100. */
export function clampPercent(n: number): number {
  return Math.max(0, Math.min(100, Math.round(n)));
}

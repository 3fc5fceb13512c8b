// What a position from the browser is good for: an answer, or a reason it cannot give one. Pure
// and small, so the slice (first load) applies it and the unit tests read it as a table.

/** A position as the browser reported it: degrees, and its accuracy radius in metres. */
export interface Position {
  readonly lon: number;
  readonly lat: number;
  readonly accuracyM: number;
}

/**
 * Why there is no position to answer for: the user or the browser said no (`denied`), the device
 * could not find itself (`unavailable`), it took too long (`timeout`), the browser has no
 * geolocation (`unsupported`), or the position is too coarse to name a chome (`inaccurate`).
 */
export type LocateFailure = 'denied' | 'unavailable' | 'timeout' | 'unsupported' | 'inaccurate';

/**
 * A position vaguer than this (the radius the browser gives, in metres) is not answered for: a
 * chome is a few hundred metres across, so a circle of 1 km covers several and the answer would
 * be for a guess. Wi-Fi positions are usually tens of metres, a phone's GPS a few; a desktop
 * placed by its IP address is kilometres off.
 */
export const MAX_ACCURACY_M = 1000;

/** The position itself, or `inaccurate` when its circle is too wide (or its size unknown). */
export function judgePosition(p: Position): Position | 'inaccurate' {
  const ok =
    Number.isFinite(p.lon) &&
    Number.isFinite(p.lat) &&
    Number.isFinite(p.accuracyM) &&
    p.accuracyM >= 0 &&
    p.accuracyM <= MAX_ACCURACY_M;
  return ok ? p : 'inaccurate';
}

/** GeolocationPositionError's codes (1, 2, 3), as our reasons. */
export function failureOf(code: number): LocateFailure {
  return code === 1 ? 'denied' : code === 3 ? 'timeout' : 'unavailable';
}

// What the line under the 現在地 button says for each state, in the user's language: a pure view
// model, unit-tested in every language. Running text keeps its furigana markup (tRuby).
import type { FeatureCollection } from '../data/validate-geojson';
import { tRuby, type Lang } from '../i18n/i18n';
import type { LocateStatus } from './locate-slice';
import { wardPlace } from './ward-distance';

export interface LocateMessage {
  /** The sentences, with furigana markup. */
  readonly text: string;
  /** A failure: the message offers a way to the search. */
  readonly toSearch: boolean;
}

/** Kilometres as said: a tenth under 10 km (never "0"), whole kilometres beyond. */
export function roundKm(m: number): number {
  return m < 9_950 ? Math.max(0.1, Math.round(m / 100) / 10) : Math.round(m / 1000);
}

/** An accuracy radius as said: to the metre under 100 m (at least 1 m), else to 10 m. */
export function roundM(m: number): number {
  return m < 100 ? Math.max(1, Math.round(m)) : Math.round(m / 10) * 10;
}

/** Japanese runs its sentences together; English leaves a space. */
function sentences(lang: Lang, parts: readonly string[]): string {
  return parts.join(lang === 'en' ? ' ' : '');
}

/**
 * The message for a state (null: nothing to say yet). `ward` is the ward's boundary (null when
 * the file did not load: inside or outside is then not known, and said so).
 */
export function locateMessage(
  lang: Lang,
  status: LocateStatus,
  ward: FeatureCollection | null,
): LocateMessage | null {
  switch (status.kind) {
    case 'idle':
      return null;
    case 'asking':
      return { text: tRuby(lang, 'locate.asking'), toSearch: false };
    case 'found': {
      const { lon, lat, accuracyM } = status.position;
      const accuracy = tRuby(lang, 'locate.accuracy', { m: roundM(accuracyM) });
      const place = ward ? wardPlace(ward, lon, lat) : null;
      const where =
        place === null
          ? tRuby(lang, 'locate.outsideUnknown')
          : place.inside
            ? tRuby(lang, 'locate.inside')
            : tRuby(lang, 'locate.outside', { km: roundKm(place.edgeM ?? 0) });
      return { text: sentences(lang, [where, accuracy]), toSearch: false };
    }
    case 'failed': {
      const text =
        status.reason !== 'inaccurate'
          ? tRuby(lang, `locate.${status.reason}`)
          : status.accuracyM !== null && Number.isFinite(status.accuracyM)
            ? tRuby(lang, 'locate.inaccurate', { km: roundKm(status.accuracyM) })
            : tRuby(lang, 'locate.inaccurateUnknown');
      return { text, toSearch: true };
    }
  }
}

// What the hazard map portal predicts at the answer's point, in words (pure): one sentence per
// predicted layer from its legend class, "no colour" said as never safe, and — when the portal
// cannot be reached — that it cannot be checked now, with what is still known without it.
import {
  hazardById,
  OFFLINE_MESH_ID,
  PREDICTED_LAYERS,
  type HazardLayer,
} from '../config/hazard-layers';
import type { Prediction } from '../hazard/read-hazards';
import { joinList, pick, tRuby, type Lang } from '../i18n/i18n';
import { formatPartialDate } from '../i18n/format-flood';
import { samePoint } from './answer-query';
import { describeHazardReading } from './describe-hazard';

export interface PredictionDescription {
  /** 'loading': not read yet at this point; 'offline': no predicted layer could be reached. */
  readonly kind: 'loading' | 'read' | 'offline';
  /** One sentence each, with the messages' furigana markup (ui/ruby-text.ts draws it). */
  readonly lines: readonly string[];
  /** Where the sentences come from and when they were read (null: nothing was read). */
  readonly source: string | null;
}

type LayerWords = Pick<HazardLayer, 'title' | 'short' | 'legend'>;

/**
 * @param center the answer's point: a prediction read elsewhere (an earlier answer) is not shown.
 * @param meshWords the offline mesh described like a layer, for what is known without internet.
 */
export function describePrediction(
  p: Prediction | null,
  center: readonly [number, number],
  lang: Lang,
  meshWords: LayerWords,
): PredictionDescription {
  if (!p || !samePoint(p.point, center)) {
    return { kind: 'loading', lines: [tRuby(lang, 'predict.loading')], source: null };
  }
  const layers = PREDICTED_LAYERS.flatMap((id) => hazardById(id) ?? []);
  const reached = layers.filter((l) => p.readings.get(l.id)?.kind === 'read');
  if (reached.length === 0) {
    const mesh = p.readings.get(OFFLINE_MESH_ID);
    const known =
      mesh?.kind === 'read'
        ? tRuby(lang, 'predict.offlineMesh', { line: describeHazardReading(meshWords, mesh, lang) })
        : tRuby(lang, 'predict.offlineKnown');
    return { kind: 'offline', lines: [tRuby(lang, 'predict.offline'), known], source: null };
  }
  const lines = layers.flatMap((layer) => {
    const r = p.readings.get(layer.id) ?? { kind: 'unavailable' as const };
    const line = describeHazardReading(layer, r, lang);
    const blank = r.kind === 'read' && r.reading.kind === 'noData';
    // Blank inland flooding may only mean the ward's map is not on the portal.
    return blank && layer.id === 'naisui' ? [line, tRuby(lang, 'predict.naisuiBlank')] : [line];
  });
  return {
    kind: 'read',
    lines: [...lines, tRuby(lang, 'predict.pointNote')],
    source: tRuby(lang, 'predict.source', {
      layers: joinList(
        lang,
        reached.map((l) => pick(lang, l.title)),
      ),
      date: formatPartialDate({ iso: p.readOn, precision: 'day' }, lang, false),
    }),
  };
}

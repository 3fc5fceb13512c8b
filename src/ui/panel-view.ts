// What the side panel shows for a state, as plain data (pure): an event's detail, or a place with
// the hazard readings where the user tapped and, for a chome, its flood history.
import { DEPTH_LEGEND, hazardById, OFFLINE_MESH_ID } from '../config/hazard-layers';
import { nearbyCodes, nearbyStations } from '../data/chome-geometry';
import { chomeHistory } from '../data/flood-history';
import { t } from '../i18n/i18n';
import type { MessageKey } from '../i18n/messages';
import type { AppState, PickedPlace } from '../state/app-state';
import { describeEvent, type EventDescription } from './describe-event';
import { describeHazardReading } from './describe-hazard';
import { describeHistory, type HistoryDescription } from './describe-history';
import { describePlace, type PlaceDescription } from './describe-place';

export type PanelView =
  | { readonly kind: 'event'; readonly event: EventDescription }
  | {
      readonly kind: 'place';
      /** null: nothing chosen (or an unknown id): the panel shows its hint. */
      readonly place: PlaceDescription | null;
      /** Other places under the same tap, as "kind: name". */
      readonly others: readonly PickedPlace[];
      readonly otherLabels: readonly string[];
      readonly hazardLines: readonly string[];
      readonly history: HistoryDescription | null;
    };

/** The offline layer described like a tile layer, for the point-query sentence. */
function offlineLayerWords(s: AppState) {
  const meta = s.mesh?.kind === 'loaded' ? s.mesh.mesh.meta : null;
  return {
    title: meta?.title ?? { ja: '東京都 浸水予想区域図', en: 'Tokyo flood prediction' },
    short: { ja: t('ja', 'hazard.offlineShort'), en: t('en', 'hazard.offlineShort') },
    legend: DEPTH_LEGEND,
  };
}

function hazardLines(s: AppState): string[] {
  if (!s.queryPoint) return [];
  return [...s.hazardReadings].flatMap(([id, r]) => {
    const layer = id === OFFLINE_MESH_ID ? offlineLayerWords(s) : hazardById(id);
    return layer ? [describeHazardReading(layer, r, s.lang)] : [];
  });
}

export function panelView(s: AppState): PanelView {
  const sel = s.selected;
  const data = s.data;
  const history = data?.history ?? null;
  if (sel?.kind === 'event') {
    const event = history?.events.find((e) => e.id === sel.id);
    if (event && data) {
      return {
        kind: 'event',
        event: describeEvent(
          event,
          history?.locations.get(event.id),
          data.places.chomeName,
          s.lang,
        ),
      };
    }
  }
  const placeSel = sel && sel.kind !== 'event' ? { kind: sel.kind, id: sel.id } : null;
  const features = placeSel && data ? data.places.featuresOf(placeSel.kind, placeSel.id) : [];
  const place =
    placeSel && features.length > 0
      ? describePlace(
          placeSel.kind,
          features.map((f) => f.properties),
          s.lang,
        )
      : null;
  const others = s.picked.filter((p) => !(p.kind === sel?.kind && p.id === sel.id));
  return {
    kind: 'place',
    place,
    others,
    otherLabels: others.map(
      (o) => `${t(s.lang, `panel.kind.${o.kind}` as MessageKey)}: ${o.label}`,
    ),
    hazardLines: hazardLines(s),
    history:
      placeSel?.kind === 'chome' && history && data && place
        ? describeHistory(
            chomeHistory(
              history,
              placeSel.id,
              nearbyCodes(placeSel.id, data.anchors),
              nearbyStations(placeSel.id, data.anchors, data.features.get('stations')),
            ),
            s.lang,
          )
        : null,
  };
}

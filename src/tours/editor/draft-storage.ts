// The teacher's draft kept in this browser's localStorage, so that a reload, a closed tab or a
// tablet that runs out of battery does not lose a lesson being written. What is read back is
// checked field by field (storage can hold anything another version of the app wrote); a draft
// that does not read is left in place under its key and not used.
import type { HazardKey } from '../../config/hazard-tiles';
import { isThenId } from '../../config/then-ids';
import type { ToggleLayerId } from '../../data/places';
import type { Tour, TourSource, TourStep, TourText } from '../tour-model';
import { SOURCE_LABELS } from '../tour-model';
import { DRAFT_KEY, type LessonEditor } from './draft-model';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const str = (v: unknown): v is string => typeof v === 'string';
const num = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const optStr = (v: unknown): v is string | null => v === null || str(v);

function text(v: unknown): TourText | null {
  return isObj(v) && str(v.ja) && optStr(v.easy) && optStr(v.en)
    ? { ja: v.ja, easy: v.easy, en: v.en }
    : null;
}

function source(v: unknown): TourSource | null {
  return isObj(v) &&
    str(v.title) &&
    str(v.url) &&
    (SOURCE_LABELS as readonly unknown[]).includes(v.label)
    ? { title: v.title, url: v.url, label: v.label as TourSource['label'] }
    : null;
}

function step(v: unknown): TourStep | null {
  if (!isObj(v) || !str(v.id) || !isObj(v.view)) return null;
  const title = text(v.title);
  const body = text(v.text);
  const question = text(v.question);
  const { lon, lat, zoom } = v.view;
  if (!title || !body || !question || !num(lon) || !num(lat) || !num(zoom)) return null;
  const layers = v.layers === null ? null : Array.isArray(v.layers) ? v.layers.filter(str) : null;
  const hazards = Array.isArray(v.hazards)
    ? v.hazards.filter((h): h is [HazardKey, number] => Array.isArray(h) && str(h[0]) && num(h[1]))
    : [];
  const r = v.range;
  const range = isObj(r) && num(r.from) && num(r.to) ? { from: r.from, to: r.to } : null;
  const sel = v.selection;
  const sources = Array.isArray(v.sources) ? v.sources.map(source) : [];
  if (sources.some((s) => s === null)) return null;
  return {
    id: v.id,
    line: 0,
    title,
    text: body,
    question,
    view: { lon, lat, zoom },
    layers: layers as ToggleLayerId[] | null,
    hazards,
    range,
    rangeMode: v.rangeMode === 'cumulative' ? 'cumulative' : 'range',
    measure: v.measure === 'classes' ? 'classes' : 'counts',
    selection:
      isObj(sel) && str(sel.kind) && str(sel.id)
        ? { kind: sel.kind as NonNullable<TourStep['selection']>['kind'], id: sel.id }
        : null,
    then: isThenId(v.then) ? v.then : null,
    sources: sources as TourSource[],
  };
}

/** A stored editor state, or null when it does not read as one. */
export function reviveEditor(json: string): LessonEditor | null {
  let v: unknown;
  try {
    v = JSON.parse(json);
  } catch {
    return null;
  }
  if (!isObj(v) || !isObj(v.draft)) return null;
  const d = v.draft;
  const title = text(d.title);
  const summary = text(d.summary);
  const audience = text(d.audience);
  const steps = Array.isArray(d.steps) ? d.steps.map(step) : null;
  if (!str(d.id) || !title || !summary || !audience || !steps || steps.some((s) => !s)) {
    return null;
  }
  const draft: Tour = {
    id: d.id,
    file: `${d.id}.csv`,
    title,
    summary,
    audience,
    curriculum: Array.isArray(d.curriculum) ? d.curriculum.filter(str) : [],
    steps: (steps as TourStep[]).map((s, i) => ({ ...s, line: i + 2 })),
  };
  return { open: v.open === true, draft, unsaved: v.unsaved === true };
}

/** Keeps the draft; false when the storage is full or blocked (the draft then lives in this tab only). */
export function storeEditor(storage: Storage, editor: LessonEditor): boolean {
  try {
    storage.setItem(DRAFT_KEY, JSON.stringify(editor));
    return true;
  } catch {
    return false;
  }
}

export function loadEditor(storage: Storage): LessonEditor | null {
  try {
    const json = storage.getItem(DRAFT_KEY);
    return json === null ? null : reviveEditor(json);
  } catch {
    return null;
  }
}

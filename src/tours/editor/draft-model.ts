// The lesson maker's draft: a tour (the same model the player shows) that a teacher builds step by
// step from what the map shows, and the edits the editor makes to it. Pure; app-state.ts runs the
// edits in `update`, so the draft changes only through intents like the rest of the app.
// (app-state.ts imports this module: values from it are used only inside functions here.)
import type { HazardState } from '../../hazard/hazard-slice';
import type { CoreUrlState } from '../../state/core-state';
import type { ThenState } from '../../then-now/then-slice';
import { DEFAULT_LAYERS } from '../../state/core-state';
import { TOGGLE_LAYERS } from '../../data/places';
import { AREA_BBOX } from '../../data/schema';
import type { Tour, TourSource, TourStep, TourText } from '../tour-model';
import { ZOOM_RANGE } from '../tour-model';

export interface LessonEditor {
  readonly open: boolean;
  readonly draft: Tour;
  /** Changed since it was last saved, downloaded or shared. */
  readonly unsaved: boolean;
}

export type StepPatch = Partial<Pick<TourStep, 'title' | 'text' | 'question' | 'sources'>>;
export type HeaderPatch = Partial<
  Pick<Tour, 'id' | 'title' | 'summary' | 'audience' | 'curriculum'>
>;

export type DraftEdit =
  /** A new last step that shows what the map shows now. */
  | { readonly kind: 'addStep' }
  /** The step shows what the map shows now (its texts stay). */
  | { readonly kind: 'retake'; readonly index: number }
  | { readonly kind: 'move'; readonly index: number; readonly delta: -1 | 1 }
  | { readonly kind: 'delete'; readonly index: number }
  | { readonly kind: 'step'; readonly index: number; readonly patch: StepPatch }
  | { readonly kind: 'header'; readonly patch: HeaderPatch }
  /** A whole draft (a file loaded back, or the start of a new lesson). */
  | { readonly kind: 'replace'; readonly draft: Tour; readonly unsaved: boolean }
  /** Downloaded, saved into data/tours/ or shared: nothing is lost on leaving. */
  | { readonly kind: 'saved' };

/** Where the draft is kept in localStorage (draft-storage.ts reads and writes it). */
export const DRAFT_KEY = 'fhm.lessonDraft.v1';

export const EMPTY_TEXT: TourText = { ja: '', easy: null, en: null };

/** A lesson with no steps yet; its id (the file name) carries the day it was started. */
export function emptyDraft(today: Date): Tour {
  const two = (n: number): string => String(n).padStart(2, '0');
  const id = `lesson-${today.getFullYear()}${two(today.getMonth() + 1)}${two(today.getDate())}`;
  return {
    id,
    file: `${id}.csv`,
    title: EMPTY_TEXT,
    summary: EMPTY_TEXT,
    audience: EMPTY_TEXT,
    curriculum: [],
    steps: [],
  };
}

const round = (n: number, digits: number): number => Number(n.toFixed(digits));
const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));

/** Where a step looks when the map has not reported a view yet: the whole ward. */
const WARD_VIEW = {
  lon: (AREA_BBOX[0] + AREA_BBOX[2]) / 2,
  lat: (AREA_BBOX[1] + AREA_BBOX[3]) / 2,
  zoom: 12,
};

/** What a step is made from: the core's URL fields, the hazard layers and then-and-now. */
export type StepSource = CoreUrlState & Pick<HazardState, 'hazards'> & Pick<ThenState, 'then'>;

/**
 * The map part of a step from what the app shows: the inverse of stepUrlState, in the units and
 * ranges a tour file accepts (zoom 10–18 inside the ward's box; the default layers as "empty").
 */
export function viewOfState(
  s: StepSource,
): Omit<TourStep, 'id' | 'line' | 'title' | 'text' | 'question' | 'sources'> {
  const v = s.view ?? WARD_VIEW;
  const defaults =
    s.layers.size === DEFAULT_LAYERS.length && DEFAULT_LAYERS.every((l) => s.layers.has(l));
  const sel = s.selected;
  return {
    view: {
      lon: round(clamp(v.lon, AREA_BBOX[0], AREA_BBOX[2]), 5),
      lat: round(clamp(v.lat, AREA_BBOX[1], AREA_BBOX[3]), 5),
      zoom: round(clamp(v.zoom, ZOOM_RANGE[0], ZOOM_RANGE[1]), 2),
    },
    layers: defaults ? null : TOGGLE_LAYERS.filter((l) => s.layers.has(l)),
    hazards: [...s.hazards],
    range: s.range ? { ...s.range } : null,
    rangeMode: s.rangeMode,
    measure: s.measure,
    selection: sel ? { kind: sel.kind, id: sel.id } : null,
    // The old photo or map shown beside today's (then and now), if one is open.
    then: s.then?.id ?? null,
  };
}

/** A step id not used in the tour yet: step-1, step-2, … */
export function nextStepId(steps: readonly TourStep[]): string {
  const used = new Set(steps.map((s) => s.id));
  let n = steps.length + 1;
  while (used.has(`step-${n}`)) n++;
  return `step-${n}`;
}

/** Spreadsheet lines follow the order: the header is line 1. */
const renumber = (steps: readonly TourStep[]): TourStep[] =>
  steps.map((s, i) => (s.line === i + 2 ? s : { ...s, line: i + 2 }));

function withSteps(draft: Tour, steps: readonly TourStep[]): Tour {
  return { ...draft, steps: renumber(steps) };
}

/** The draft after one edit; `s` is what the map shows (for adding or retaking a view). */
export function applyDraftEdit(editor: LessonEditor, edit: DraftEdit, s: StepSource): LessonEditor {
  const { draft } = editor;
  const steps = draft.steps;
  const inRange = (i: number): boolean => Number.isInteger(i) && i >= 0 && i < steps.length;
  const changed = (next: Tour): LessonEditor => ({ ...editor, draft: next, unsaved: true });
  switch (edit.kind) {
    case 'addStep': {
      const step: TourStep = {
        id: nextStepId(steps),
        line: steps.length + 2,
        title: EMPTY_TEXT,
        text: EMPTY_TEXT,
        question: EMPTY_TEXT,
        sources: [],
        ...viewOfState(s),
      };
      return changed(withSteps(draft, [...steps, step]));
    }
    case 'retake': {
      const step = steps[edit.index];
      if (!step) return editor;
      const next = steps.map((x, i) => (i === edit.index ? { ...x, ...viewOfState(s) } : x));
      return changed(withSteps(draft, next));
    }
    case 'move': {
      const to = edit.index + edit.delta;
      if (!inRange(edit.index) || !inRange(to)) return editor;
      const next = [...steps];
      [next[edit.index], next[to]] = [next[to]!, next[edit.index]!];
      return changed(withSteps(draft, next));
    }
    case 'delete':
      if (!inRange(edit.index)) return editor;
      return changed(
        withSteps(
          draft,
          steps.filter((_, i) => i !== edit.index),
        ),
      );
    case 'step': {
      if (!inRange(edit.index)) return editor;
      const next = steps.map((x, i) => (i === edit.index ? { ...x, ...edit.patch } : x));
      return changed(withSteps(draft, next));
    }
    case 'header': {
      const next = { ...draft, ...edit.patch };
      return changed({ ...next, file: `${next.id}.csv` });
    }
    case 'replace':
      return {
        ...editor,
        draft: withSteps(edit.draft, edit.draft.steps),
        unsaved: edit.unsaved,
      };
    case 'saved':
      return editor.unsaved ? { ...editor, unsaved: false } : editor;
  }
}

/**
 * A source added once only (same address and title). " ; " separates sources in a tour file, so a
 * title that holds one (several works cited together) is written with "; " instead.
 */
export function addSource(sources: readonly TourSource[], source: TourSource): TourSource[] {
  const title = source.title.replace(/\s+;\s+/g, '; ').trim();
  return sources.some((x) => x.url === source.url && x.title === title)
    ? [...sources]
    : [...sources, { ...source, title }];
}

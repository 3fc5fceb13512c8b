// The lesson maker's draft: adding "this view" captures the URL state a tour step sets (the inverse
// of stepUrlState), steps move, get deleted and edited only through intents, and the draft that
// localStorage gives back is checked field by field. Synthetic values only.
import { describe, expect, it } from 'vitest';
import { defaultState, update, type AppState } from '../../src/app/app-state';
import { planRender } from '../../src/app/app-state';
import {
  addSource,
  applyDraftEdit,
  emptyDraft,
  nextStepId,
  viewOfState,
} from '../../src/tours/editor/draft-model';
import { reviveEditor, storeEditor } from '../../src/tours/editor/draft-storage';
import { stepUrlState } from '../../src/tours/tour-state';
import { playableTour } from '../../src/tours/tour-model';
import { urlState } from '../../src/app/app-state';

const synthetic: AppState = {
  ...defaultState,
  view: { lon: 139.72345, lat: 35.61234, zoom: 15.5 },
  layers: new Set(['records', 'chome']),
  range: { from: 1999, to: 1999 },
  rangeMode: 'cumulative',
  measure: 'classes',
  hazards: new Map([['flood_l2_depth', 70]]),
  selected: { kind: 'event', id: 'SYN-1999' },
};

const edit = (s: AppState, e: Parameters<typeof applyDraftEdit>[1]): AppState =>
  update(s, { type: 'lessonEdit', edit: e });

describe('the draft', () => {
  it('captures the current view as a step that gives back the same URL state', () => {
    const s = edit(synthetic, { kind: 'addStep' });
    const [step] = s.lessonEditor.draft.steps;
    expect(step?.id).toBe('step-1');
    expect(step?.line).toBe(2);
    expect(step?.layers).toEqual(['records', 'chome']);
    expect(step?.hazards).toEqual([['flood_l2_depth', 70]]);
    expect(step?.selection).toEqual({ kind: 'event', id: 'SYN-1999' });
    const back = stepUrlState(step!, urlState(defaultState));
    expect(back.view).toEqual(synthetic.view);
    expect([...back.layers]).toEqual(['records', 'chome']);
    expect(back.range).toEqual(synthetic.range);
    expect(back.rangeMode).toBe('cumulative');
    expect(back.measure).toBe('classes');
    expect([...back.hazards]).toEqual([['flood_l2_depth', 70]]);
    expect(back.selected).toEqual(synthetic.selected);
    expect(s.lessonEditor.unsaved).toBe(true);
  });

  it('keeps a step inside what a tour file accepts: zoom 10–18, the ward, default layers as empty', () => {
    const v = viewOfState({
      ...defaultState,
      view: { lon: 150, lat: 20, zoom: 3 },
      selected: { kind: 'town', id: '合成町' },
    });
    expect(v.view.zoom).toBe(10);
    expect(v.view.lon).toBeLessThanOrEqual(139.83);
    expect(v.view.lat).toBeGreaterThanOrEqual(35.55);
    expect(v.layers).toBeNull();
    // A town is a step's selection like a chome (its chome are shown together).
    expect(v.selection).toEqual({ kind: 'town', id: '合成町' });
    // No view reported yet: the whole ward.
    expect(viewOfState(defaultState).view.zoom).toBe(12);
  });

  it('reorders, deletes and edits steps; lines follow the order; ids stay', () => {
    let s = edit(synthetic, { kind: 'addStep' });
    s = edit({ ...s, view: { lon: 139.7, lat: 35.6, zoom: 14 } }, { kind: 'addStep' });
    s = edit(s, { kind: 'addStep' });
    expect(s.lessonEditor.draft.steps.map((x) => x.id)).toEqual(['step-1', 'step-2', 'step-3']);
    s = edit(s, { kind: 'move', index: 2, delta: -1 });
    expect(s.lessonEditor.draft.steps.map((x) => x.id)).toEqual(['step-1', 'step-3', 'step-2']);
    expect(s.lessonEditor.draft.steps.map((x) => x.line)).toEqual([2, 3, 4]);
    // Out of range: nothing changes (the same state object).
    expect(edit(s, { kind: 'move', index: 0, delta: -1 })).toBe(s);
    expect(edit(s, { kind: 'move', index: 2, delta: 1 })).toBe(s);
    expect(edit(s, { kind: 'delete', index: 9 })).toBe(s);
    s = edit(s, { kind: 'delete', index: 0 });
    expect(s.lessonEditor.draft.steps.map((x) => x.id)).toEqual(['step-3', 'step-2']);
    expect(nextStepId(s.lessonEditor.draft.steps)).toBe('step-4');
    s = edit(s, {
      kind: 'step',
      index: 1,
      patch: { title: { ja: '合成の見出し', easy: null, en: 'Synthetic' } },
    });
    expect(s.lessonEditor.draft.steps[1]?.title.en).toBe('Synthetic');
    s = edit(s, { kind: 'retake', index: 1 });
    expect(s.lessonEditor.draft.steps[1]?.view.zoom).toBe(14);
    expect(s.lessonEditor.draft.steps[1]?.title.ja).toBe('合成の見出し');
    s = edit(s, { kind: 'header', patch: { id: 'synthetic-lesson' } });
    expect(s.lessonEditor.draft.file).toBe('synthetic-lesson.csv');
    s = edit(s, { kind: 'saved' });
    expect(s.lessonEditor.unsaved).toBe(false);
  });

  it('opens and closes through intents, and the editor redraws when it changes', () => {
    const open = update(defaultState, { type: 'lessonEditor', open: true });
    expect(open.lessonEditor.open).toBe(true);
    expect(planRender(defaultState, open, 'ui')).toContain('lesson');
    expect(update(open, { type: 'lessonEditor', open: true })).toBe(open);
    // Closed, a map move does not redraw it; open, it does (what "add" would capture).
    const moved = (s: AppState) => ({ ...s, view: { lon: 139.7, lat: 35.6, zoom: 13 } });
    expect(planRender(defaultState, moved(defaultState), 'map')).not.toContain('lesson');
    expect(planRender(open, moved(open), 'map')).toContain('lesson');
  });

  it('lets the player find a draft before the bundled tours', () => {
    const draft = { ...emptyDraft(new Date(2026, 10, 30)), id: 'same' };
    expect(draft.file).toBe('lesson-20261130.csv');
    const bundled = { ...draft, title: { ja: '同梱', easy: null, en: null } };
    expect(playableTour({ tours: [bundled], lessonTour: null }, 'same')).toBe(bundled);
    expect(playableTour({ tours: [bundled], lessonTour: draft }, 'same')).toBe(draft);
    expect(playableTour({ tours: null, lessonTour: null }, 'same')).toBeUndefined();
  });

  it('adds a source once', () => {
    const src = { title: '合成の出典', url: 'https://example.org/a', label: 'official' as const };
    expect(addSource(addSource([], src), src)).toHaveLength(1);
    // " ; " separates sources in the file: a title holding one is written with "; ".
    const two = { ...src, title: '合成 A ; 合成 B' };
    expect(addSource([], two)[0]?.title).toBe('合成 A; 合成 B');
    expect(addSource(addSource([], two), two)).toHaveLength(1);
  });
});

describe('the draft kept in localStorage', () => {
  it('reads back what was stored', () => {
    const s = edit(synthetic, { kind: 'addStep' });
    const back = reviveEditor(JSON.stringify(s.lessonEditor));
    expect(back?.draft).toEqual(s.lessonEditor.draft);
    expect(back?.unsaved).toBe(true);
  });

  it('refuses anything else', () => {
    expect(reviveEditor('not json')).toBeNull();
    expect(reviveEditor('{"draft":{"id":1}}')).toBeNull();
    const s = edit(synthetic, { kind: 'addStep' });
    const bad = JSON.parse(JSON.stringify(s.lessonEditor)) as {
      draft: { steps: { view: unknown }[] };
    };
    bad.draft.steps[0]!.view = { lon: 'x' };
    expect(reviveEditor(JSON.stringify(bad))).toBeNull();
  });
});

describe('opening the lesson maker', () => {
  it('leaves a tour or lesson that is playing, so the editor is not hidden behind the player', () => {
    const playing: AppState = { ...synthetic, tour: { id: 'synthetic-tour', step: 2 } };
    const open = update(playing, { type: 'lessonEditor', open: true });
    expect(open.lessonEditor.open).toBe(true);
    expect(open.tour).toBeNull();
    expect(open.lessonTour).toBeNull();
    // Closing it leaves the rest of the view as it was.
    const closed = update(open, { type: 'lessonEditor', open: false });
    expect(closed.view).toEqual(synthetic.view);
  });
});

describe('what the lesson maker says', () => {
  it('is session state: set and cleared by an intent, redrawn by the plan, never in the URL', () => {
    const open = update(defaultState, { type: 'lessonEditor', open: true });
    const said = update(open, {
      type: 'lessonNotice',
      notice: { kind: 'ok', text: 'synthetic notice' },
    });
    expect(said.lessonNotice?.text).toBe('synthetic notice');
    expect(planRender(open, said, 'ui')).toEqual(['lesson']);
    expect(update(said, { type: 'lessonNotice', notice: null }).lessonNotice).toBeNull();
  });
});

describe('storing the draft', () => {
  const s = edit(synthetic, { kind: 'addStep' });
  it('says whether the browser kept it', () => {
    const kept = new Map<string, string>();
    const working = {
      setItem: (k: string, v: string) => void kept.set(k, v),
    } as unknown as Storage;
    expect(storeEditor(working, s.lessonEditor)).toBe(true);
    expect(kept.size).toBe(1);
    const full = {
      setItem: () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      },
    } as unknown as Storage;
    expect(storeEditor(full, s.lessonEditor)).toBe(false);
  });
});

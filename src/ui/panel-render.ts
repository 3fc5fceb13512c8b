// The place panel's answer and the event page, in their own chunk: loaded on the first choice of a
// place or record (or once the map is up), so a resident's first download carries only the hint.
// Its texts first: registered before any of its views is drawn.
import './panel-texts';
import type { AppState, Intent } from '../app/app-state';
import { rubyShown } from '../i18n/ruby';
import type { Theme } from '../theme/theme';
import { answerSection } from './answer-section';
import { renderEventPanel } from './event-panel';
import { hazardSection } from './hazard-controls';
import { panelView } from './panel-view';
import { renderPlacePanel } from './place-panel';
import { schoolLessonAction, sheetActions } from './panel-parts';

export interface PanelDeps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly theme: Theme;
  readonly dispatch: (intent: Intent) => void;
  readonly openCredits: (file?: string) => void;
  /** Called after a tap chose a place (the phone layout scrolls the panel into view). */
  readonly onPanelShown: (panel: HTMLElement) => void;
}

/**
 * @param reveal 'focus': the user chose from a list, search or link, so the title takes focus;
 *   'scroll': a tap on the map chose it; null: only the content changed.
 */
export function renderPanel(deps: PanelDeps, s: AppState, reveal: 'focus' | 'scroll' | null): void {
  const { doc, container, dispatch } = deps;
  const close = (): void => dispatch({ type: 'select', selection: null });
  const openEvent = (id: string): void =>
    dispatch({ type: 'select', selection: { kind: 'event', id } });
  const view = panelView(s);
  // Printing is the browser's (the sheet is made on its beforeprint); sharing is the sheet's effect.
  const actions = sheetActions(doc, s.lang, {
    print: () => doc.defaultView?.print(),
    share: () => dispatch({ type: 'shareAsk' }),
  });
  if (view.kind === 'event') {
    renderEventPanel(
      { doc, container, theme: deps.theme, onClose: close, actions },
      s.lang,
      view.event,
    );
    if (reveal === 'focus') doc.getElementById('place-title')?.focus();
    return;
  }
  // The answer's summary already says what the hazard layers predict here.
  const extra = view.answer
    ? answerSection(
        doc,
        s.lang,
        deps.theme,
        view.answer,
        openEvent,
        rubyShown(s.lang, s.ruby),
        deps.openCredits,
      )
    : view.hazardLines.length > 0
      ? hazardSection(doc, s.lang, view.hazardLines)
      : null;
  // A school of the ward's list offers its generated lesson: the tour player opens it (an intent).
  const lesson = view.schoolLesson;
  const placeActions = lesson
    ? [
        actions,
        schoolLessonAction(doc, s.lang, rubyShown(s.lang, s.ruby), () =>
          dispatch({ type: 'tourOpen', id: lesson }),
        ),
      ]
    : actions;
  renderPlacePanel(
    {
      doc,
      container,
      onClose: close,
      actions: placeActions,
      onShowSource: (file) => deps.openCredits(file),
      onPickOther: (i) => {
        const other = view.others[i];
        if (other) dispatch({ type: 'select', selection: { kind: other.kind, id: other.id } });
      },
    },
    s.lang,
    view.place,
    view.otherLabels,
    extra,
  );
  if (view.place && reveal === 'focus') doc.getElementById('place-title')?.focus();
  if (view.place && reveal === 'scroll') deps.onPanelShown(container);
}

// The tour player's view and effects, in their own chunk: the lessons menu, the panel of the lesson
// being followed, and the session that loads the tours, shows a step as a change of URL state and
// prints worksheets.
// Its texts first: registered before any of its views is drawn.
import './texts';
import './school/texts';
import type { Feature, FeatureContext } from '../app/feature';
import type { AppState } from '../app/app-state';
import { rubyShown } from '../i18n/ruby';
import { t } from '../i18n/i18n';
import { h } from '../lib/dom';
import { renderTourMenu } from './tour-menu';
import { tourList } from './tour-list';
import { playableTour, type Tour } from './tour-model';
import { isSchoolTourId, SCHOOL_TOUR_PREFIX } from './school/school-id';
import { renderTourPanel } from './tour-panel';
import { TourSession } from './tour-session';
import { schoolChooser } from './school/school-menu';
import { schoolsFrom } from './school/school-list';

function renderMenu(ctx: FeatureContext, menu: HTMLDialogElement, s: AppState, tours: TourSession) {
  const close = h(
    ctx.doc,
    'button',
    { type: 'button', class: 'close-dialog' },
    t(s.lang, 'credits.close'),
  );
  close.addEventListener('click', () => menu.close());
  renderTourMenu(
    menu,
    { items: tourList(s.tours ?? [], s.lang), lang: s.lang, loading: s.tours === null },
    {
      onOpen: (id) => {
        menu.close();
        tours.step(id, 0);
      },
      onMake: () => {
        menu.close();
        ctx.dispatch({ type: 'lessonEditor', open: true }, 'ui');
      },
    },
  );
  // 「わたしの学校のまわり」: a lesson generated for the chosen school (src/tours/school/).
  const ward = s.data?.features.get('wardShelters');
  const chooser = schoolChooser(
    ctx.doc,
    { lang: s.lang, schools: ward ? schoolsFrom(ward) : null },
    (id) => {
      menu.close();
      tours.step(id, 0);
    },
  );
  const make = menu.querySelector('.tour-menu-make');
  if (make) make.before(chooser);
  else menu.append(chooser);
  menu.prepend(close);
}

/**
 * A school's generated lesson opened in the lesson maker: a draft with its own id (the generated
 * lesson, made again from the data by its link, is never overwritten), edited and saved like any.
 */
function editSchoolLesson(ctx: FeatureContext, tour: Tour): void {
  const s = ctx.state();
  const lose = s.lessonEditor.unsaved && s.lessonEditor.draft.steps.length > 0;
  if (lose && !(ctx.doc.defaultView?.confirm(t(s.lang, 'school.editConfirm')) ?? true)) return;
  const id = `lesson-${tour.id.slice(SCHOOL_TOUR_PREFIX.length)}`;
  ctx.dispatch({ type: 'lessonEditor', open: true }, 'ui');
  ctx.dispatch(
    {
      type: 'lessonEdit',
      edit: { kind: 'replace', draft: { ...tour, id, file: `${id}.csv` }, unsaved: true },
    },
    'ui',
  );
}

function renderPanel(
  ctx: FeatureContext,
  panel: HTMLElement,
  s: AppState,
  focus: boolean,
  tours: TourSession,
): void {
  const tour = s.tour ? playableTour(s, s.tour.id) : undefined;
  panel.hidden = !tour;
  if (!tour || !s.tour) {
    panel.replaceChildren();
    return;
  }
  renderTourPanel(
    panel,
    { tour, index: s.tour.step, lang: s.lang, focus, ruby: rubyShown(s.lang, s.ruby) },
    {
      onStep: (index) => tours.step(tour.id, index),
      onExit: () => tours.exit(),
      onPrint: (scope) => void tours.print(scope),
      edit: isSchoolTourId(tour.id)
        ? { label: t(s.lang, 'school.edit'), run: () => editSchoolLesson(ctx, tour) }
        : undefined,
    },
  );
}

export function mount(ctx: FeatureContext): Feature {
  const { doc } = ctx;
  const menu = doc.getElementById('tour-menu');
  const panel = doc.getElementById('tour-panel');
  if (!(menu instanceof HTMLDialogElement) || !panel) {
    throw new Error('#tour-menu or #tour-panel missing from index.html');
  }
  const tours = new TourSession({
    doc,
    theme: ctx.theme,
    state: ctx.state,
    dispatch: ctx.dispatch,
    mapIdle: () =>
      new Promise((resolve) => {
        const view = ctx.mapView();
        if (view) view.onceIdle(resolve);
        else resolve();
      }),
    snapshot: () => ctx.mapView()?.snapshot() ?? Promise.resolve({ image: '', widthPx: 0 }),
  });
  // Ctrl+P on a step prints its worksheet (tours.beforePrint), not the page as it is on screen.
  const win = doc.defaultView;
  win?.addEventListener('beforeprint', () =>
    tours.beforePrint(() => ctx.mapView()?.snapshotNow() ?? null),
  );
  win?.addEventListener('afterprint', () => tours.afterPrint());
  return {
    parts: {
      tour: (prev, s, origin) => {
        renderMenu(ctx, menu, s, tours);
        renderPanel(ctx, panel, s, origin === 'tour' && prev.tour?.step !== s.tour?.step, tours);
      },
    },
    onChange: (prev, next, origin) => {
      tours.onChange(prev, next, origin);
      if (next.tour) void tours.loadWorksheets();
    },
    ready: () => tours.start(),
    step: (id, index) => tours.step(id, index),
  };
}

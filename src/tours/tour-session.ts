// The lesson player's side of the app: loads the tours once the data is in (and opens the step a
// link names), shows a step as a change of URL state (the map, timeline and panel follow it as they
// follow a shared link), and prints worksheets one step at a time through the map's snapshot.
import type { AppData } from '../data/app-data';
import type { AppState, Intent, Origin } from '../app/app-state';
import { urlState } from '../app/app-state';
import type { Theme } from '../theme/theme';
import { t, type Lang } from '../i18n/i18n';
import { rubyShown } from '../i18n/ruby';
import { legendView } from '../ui/legend-view';
import type { PrintScope } from './tour-panel';
import { stepHref, stepUrlState } from './tour-state';
import { isSchoolTourId } from './school/school-id';
import { playableTour, type Tour } from './tour-model';
import type { PrintTourDeps } from './print-tour';

export interface TourSessionDeps {
  readonly doc: Document;
  readonly theme: Theme;
  readonly state: () => AppState;
  readonly dispatch: (intent: Intent, origin: Origin) => void;
  /** Resolves once the map has drawn what it was told (null: no map). */
  readonly mapIdle: () => Promise<void>;
  /** The map as a PNG data URL and its CSS width (null: no map). */
  readonly snapshot: () => Promise<{ readonly image: string; readonly widthPx: number }>;
}

type WorksheetModules = [
  typeof import('./print-tour'),
  typeof import('./worksheet'),
  typeof import('./worksheet-credits'),
  typeof import('./worksheet-qr'),
  typeof import('../data/catalog-docs'),
];

export class TourSession {
  private loading = false;
  private started = false;
  private worksheets: Promise<WorksheetModules> | null = null;
  /** The worksheets' modules once in (Ctrl+P needs them at once). */
  private worksheetModules: WorksheetModules | null = null;
  /** A worksheet was made for the browser's own print (Ctrl+P), to take away after it. */
  private madeForPrint = false;

  /** A school's lesson a link asked for before the data it is made from was loaded. */
  private pendingSchool: { readonly tourId: string; readonly index: number } | null = null;

  constructor(private readonly deps: TourSessionDeps) {}

  onChange(prev: AppState, next: AppState, origin: Origin = 'effect'): void {
    const pending = this.pendingSchool;
    if (pending && next.data !== prev.data && next.tour?.id === pending.tourId) {
      this.step(pending.tourId, pending.index);
    }
    // A tour or step typed into the address bar of an open page, or opened from the page (a
    // school's place answer: 'tourOpen'), opens that step as a link does: the view, period and
    // selection follow, not only the panel. Before the tours are in, load() opens it.
    if (
      (origin === 'hash' || origin === 'ui') &&
      next.tour &&
      next.tours &&
      (next.tour.id !== prev.tour?.id || next.tour.step !== prev.tour?.step)
    ) {
      this.step(next.tour.id, next.tour.step);
    }
    // A link to a tour step loads the tours at once; otherwise they wait for the map (start()).
    if (next.data && !this.loading && (this.started || next.tour)) this.load(next.data);
  }

  /** Called once the map has drawn its first complete view: the tours load behind it. */
  start(): void {
    this.started = true;
    const data = this.deps.state().data;
    if (data && !this.loading) this.load(data);
  }

  private load(data: AppData): void {
    this.loading = true;
    // The tours' parser and files are their own chunks: residents who never open a lesson
    // do not download them before the map is ready.
    void Promise.all([import('./load-tours'), import('./tour-refs')])
      .then(([{ loadTours }, { tourRefsFromAppData }]) => loadTours(tourRefsFromAppData(data)))
      .then(({ tours, problems }) => {
        this.deps.dispatch({ type: 'tours', tours, problems }, 'effect');
        // A link that names a tour step opens it.
        const t = this.deps.state().tour;
        if (t) this.step(t.id, t.step);
      });
  }

  step(tourId: string, index: number): void {
    const s = this.deps.state();
    const tour = playableTour(s, tourId);
    if (!tour && isSchoolTourId(tourId)) {
      void this.playSchool(tourId, index);
      return;
    }
    const step = tour?.steps[index];
    if (!tour || !step) return;
    this.deps.dispatch(
      {
        type: 'replace',
        state: { ...stepUrlState(step, urlState(s)), tour: { id: tourId, step: index } },
      },
      'tour',
    );
  }

  /**
   * A school's lesson is generated from the loaded data (its chunk loads now), played in the place
   * of a lesson file, and then shown at the step: so a link `tour=school-…&step=n` restores it.
   */
  private async playSchool(tourId: string, index: number): Promise<void> {
    const data = this.deps.state().data;
    // The ward's schools and GSI's sites come with the files loaded after the first picture: a
    // link opened before they are in waits for them (onChange).
    if (!data?.features.has('wardShelters')) {
      this.pendingSchool = { tourId, index };
      return;
    }
    this.pendingSchool = null;
    const { schoolLesson, textsReady } = await import('./school/school-chunk');
    await textsReady();
    const tour = schoolLesson(data, tourId);
    if (!tour) return;
    this.deps.dispatch({ type: 'lessonPlay', tour }, 'effect');
    if (playableTour(this.deps.state(), tourId)) this.step(tourId, index);
  }

  exit(): void {
    const s = this.deps.state();
    this.deps.dispatch(
      { type: 'replace', state: { ...urlState(s), tour: null, lesson: null } },
      'ui',
    );
    // A previewed draft, lesson file or link is played once; the lesson maker (if open) shows again.
    this.deps.dispatch({ type: 'lessonPlay', tour: null }, 'ui');
  }

  /**
   * The worksheets' modules (with the QR encoder): loaded when a step is printed, or shown (the
   * feature asks, so that they are in for Ctrl+P, whose beforeprint cannot wait).
   */
  loadWorksheets(): Promise<WorksheetModules> {
    this.worksheets ??= Promise.all([
      import('./print-tour'),
      import('./worksheet'),
      import('./worksheet-credits'),
      import('./worksheet-qr'),
      import('../data/catalog-docs'),
    ]).then((m) => (this.worksheetModules = m));
    return this.worksheets;
  }

  /** What a worksheet of `tour` shows besides the map, read from the state when each page is made. */
  private pageDeps(
    m: WorksheetModules,
    tour: Tour,
    lang: Lang,
    ruby: boolean,
  ): Omit<PrintTourDeps, 'capture'> {
    const { doc, theme } = this.deps;
    const [, { pointLegend }, { worksheetCredits }, { worksheetLink }, { documentedCatalog }] = m;
    return {
      // A pupil's device has only the bundled tours: a draft, lesson file or link gets no QR code.
      link: (index) => {
        const s = this.deps.state();
        return worksheetLink(stepHref(doc.location.href, tour, index, urlState(s)), tour.id, s);
      },
      then: () => this.deps.state().then?.id ?? null,
      legend: () => {
        const s = this.deps.state();
        const records = `${t(lang, 'records.heading')}（${legendView(s).rangeLabel}）`;
        return [
          ...pointLegend(theme, s.layers, lang),
          {
            label: records,
            symbol: { kind: 'swatch', fill: theme.damageRamp[4] ?? theme.ui.text },
          },
          {
            label: t(lang, 'records.noRecord'),
            symbol: { kind: 'swatch', fill: 'transparent', hatch: true },
          },
        ];
      },
      credits: () => {
        const s = this.deps.state();
        return worksheetCredits({
          lang,
          basemap: s.basemap !== 'none' && s.basemapStatus === 'ok',
          hazards: s.hazards.size > 0,
          datasets: documentedCatalog.filter((d) => d.loadedByApp),
          then: s.then?.id ?? null,
        });
      },
      ruby,
      printedOn: new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'ja-JP', {
        dateStyle: 'long',
      }).format(new Date()),
    };
  }

  async print(scope: PrintScope): Promise<void> {
    const { doc } = this.deps;
    const start = this.deps.state();
    const tour = start.tour ? playableTour(start, start.tour.id) : undefined;
    if (!tour || !start.tour) return;
    const current = start.tour.step;
    const lang = start.lang;
    // Worksheets (with the QR encoder) load only when a teacher follows or prints a lesson.
    const m = await this.loadWorksheets();
    const [{ buildWorksheets, printIndexes }, { renderPrintSheet }] = m;
    if (scope === 'teacher') {
      const { teacherSheet } = await import('./teacher-sheet');
      renderPrintSheet(doc, [teacherSheet(doc, tour, lang)]);
      doc.defaultView?.addEventListener('afterprint', () => renderPrintSheet(doc, []), {
        once: true,
      });
      doc.defaultView?.print();
      return;
    }
    await buildWorksheets(doc, tour, printIndexes(tour, scope, current), lang, {
      ...this.pageDeps(m, tour, lang, rubyShown(lang, start.ruby)),
      capture: async (index) => {
        this.step(tour.id, index);
        await this.deps.mapIdle();
        return this.deps.snapshot();
      },
    });
    // Back to the step the teacher was on; the sheet is emptied once printing is done.
    this.step(tour.id, current);
    doc.defaultView?.addEventListener('afterprint', () => renderPrintSheet(doc, []), {
      once: true,
    });
    doc.defaultView?.print();
  }

  /**
   * Ctrl+P on a step (the browser's own print, not the panel's buttons, which made their pages
   * already): the step's worksheet, made now from the map as drawn, as beforeprint cannot wait.
   */
  beforePrint(
    snapshotNow: () => { readonly image: string; readonly widthPx: number } | null,
  ): void {
    const { doc } = this.deps;
    const s = this.deps.state();
    const tour = s.tour ? playableTour(s, s.tour.id) : undefined;
    const m = this.worksheetModules;
    if (!tour || !s.tour || !m || doc.querySelector('#print-sheet > .ws-page')) return;
    const shot = snapshotNow();
    if (!shot) return;
    const [{ worksheetAt }, { renderPrintSheet }] = m;
    const deps = this.pageDeps(m, tour, s.lang, rubyShown(s.lang, s.ruby));
    renderPrintSheet(doc, [worksheetAt(doc, tour, s.tour.step, s.lang, deps, shot)]);
    this.madeForPrint = true;
  }

  afterPrint(): void {
    if (!this.madeForPrint || !this.worksheetModules) return;
    this.madeForPrint = false;
    this.worksheetModules[1].renderPrintSheet(this.deps.doc, []);
  }
}

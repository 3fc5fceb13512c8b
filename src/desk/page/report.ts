// What the desk says about a file it read: every problem with its place (cell, row, feature) in
// the page language, and what saving would change. DOM only, text only.
import { formatProblem, type Problem } from '../../data/problems';
import type { SaveProblem } from '../../data/whole-set-check';
import { joinList, type Lang } from '../../i18n/i18n';
import { h } from '../../lib/dom';
import type { SkippedRow } from '../chome-table/model';
import type { ImportPlan } from '../chome-table/plan';
import { skippedRowRuns } from '../chome-table/skipped-rows';
import type { FileDiff } from './data-file-diff';
import { describeSaveProblem } from './save-problems';
import { td, type DeskTextKey } from './texts';

/** Changed values listed one by one; the rest are in the counts above them. */
const CHANGES_LISTED = 200;

export function problemList(
  doc: Document,
  lang: Lang,
  file: string,
  problems: readonly Problem[],
): HTMLElement {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const heading =
    problems.length === 0
      ? td(lang, 'desk.problems.none', { file })
      : td(lang, 'desk.problems.heading', {
          file,
          n: problems.length,
          errors,
          warnings: problems.length - errors,
        });
  // Scrolls when long: focusable so the keyboard can scroll it too.
  const list = h(doc, 'ul', { class: 'problem-list', tabindex: 0, 'aria-label': heading });
  for (const p of problems) {
    list.append(h(doc, 'li', { class: `problem ${p.severity}` }, formatProblem(p, lang)));
  }
  return h(
    doc,
    'section',
    { class: 'desk-problems', 'aria-label': heading },
    h(doc, 'h3', {}, heading),
    problems.length > 0 ? list : null,
  );
}

/** The repeated page headings the reader skipped, with their rows, so staff can check them. */
export function skippedHeadings(
  doc: Document,
  lang: Lang,
  skipped: readonly SkippedRow[],
): HTMLElement | null {
  const n = skipped.filter((s) => s.reason === 'header').length;
  if (n === 0) return null;
  const rows = skippedRowRuns(skipped, 'header');
  return h(doc, 'p', { class: 'desk-skipped' }, td(lang, 'desk.skipped.headings', { n, rows }));
}

function section(
  doc: Document,
  lang: Lang,
  heading: DeskTextKey,
  ...children: (HTMLElement | null)[]
): HTMLElement {
  return h(
    doc,
    'section',
    { class: 'desk-summary' },
    h(doc, 'h3', {}, td(lang, heading)),
    ...children,
  );
}

const para = (doc: Document, text: string): HTMLElement => h(doc, 'p', {}, text);

export function tableSummary(
  doc: Document,
  lang: Lang,
  file: string,
  plan: ImportPlan,
): HTMLElement {
  const s = plan.summary;
  const fresh = plan.newEvents.map((e) => `${e.id} ${e.date_as_written}`);
  const changes = h(doc, 'ul', {
    class: 'change-list',
    tabindex: 0,
    'aria-label': td(lang, 'desk.summary.heading'),
  });
  for (const c of plan.changes.slice(0, CHANGES_LISTED)) {
    changes.append(
      h(
        doc,
        'li',
        {},
        td(lang, 'desk.summary.change', {
          chome: c.chome,
          event: c.eventId,
          field: td(lang, `desk.field.${c.field}` as DeskTextKey),
          before: c.before || td(lang, 'desk.blank'),
          after: c.after || td(lang, 'desk.blank'),
        }),
      ),
    );
  }
  return section(
    doc,
    lang,
    'desk.summary.heading',
    para(
      doc,
      td(lang, 'desk.summary.table', {
        file,
        chome: s.chome,
        events: s.events,
        rows: s.recordRows,
        added: s.added,
        changed: s.changed,
        removed: s.removed,
        unchanged: s.unchanged,
      }),
    ),
    para(
      doc,
      td(lang, 'desk.summary.newEvents', { n: fresh.length, list: joinList(lang, fresh) || '—' }),
    ),
    para(doc, td(lang, 'desk.summary.joined', { n: s.joinedEvents })),
    ...plan.replaced.map((r) =>
      para(
        doc,
        td(lang, 'desk.summary.replaced', {
          chome: r.chome,
          event: r.eventId,
          source: `${r.sourceTitle}, ${r.sourceClass}`,
        }),
      ),
    ),
    plan.changes.length > 0
      ? h(
          doc,
          'details',
          {},
          h(
            doc,
            'summary',
            {},
            td(lang, 'desk.summary.changesShown', {
              n: Math.min(CHANGES_LISTED, plan.changes.length),
            }),
          ),
          changes,
        )
      : null,
  );
}

/** What a file changes (`heading`: what reading it changes, or what changed on disk since). */
export function fileSummary(
  doc: Document,
  lang: Lang,
  file: string,
  diff: FileDiff,
  heading: DeskTextKey = 'desk.summary.heading',
): HTMLElement {
  const ids = (key: 'added' | 'removed' | 'changed'): HTMLElement | null =>
    diff[key].length === 0
      ? null
      : para(
          doc,
          td(lang, 'desk.summary.ids', {
            what: td(lang, `desk.diff.${key}` as DeskTextKey),
            list: joinList(lang, diff[key]),
          }),
        );
  return section(
    doc,
    lang,
    heading,
    para(
      doc,
      td(lang, 'desk.summary.file', {
        file,
        added: diff.added.length,
        removed: diff.removed.length,
        changed: diff.changed.length,
        unchanged: diff.unchanged,
      }),
    ),
    ids('added'),
    ids('removed'),
    ids('changed'),
  );
}

/** The errors a save would bring, each naming the file, row and reference that would break. */
export function saveProblemList(
  doc: Document,
  lang: Lang,
  problems: readonly SaveProblem[],
): HTMLElement {
  const heading = td(lang, 'desk.check.heading', { n: problems.length });
  const list = h(doc, 'ul', { class: 'problem-list', tabindex: 0, 'aria-label': heading });
  for (const p of problems) {
    list.append(h(doc, 'li', { class: 'problem error' }, describeSaveProblem(p, lang)));
  }
  return h(
    doc,
    'section',
    { class: 'desk-problems desk-save-check', 'aria-label': heading },
    h(doc, 'p', { class: 'desk-refused' }, heading),
    list,
  );
}

/** After a save: what it takes for residents to see the new data. */
export function nextSteps(doc: Document, lang: Lang): HTMLElement {
  const steps = ['desk.next.test', 'desk.next.build', 'desk.next.publish'] as const;
  return h(
    doc,
    'section',
    { class: 'desk-next', 'aria-labelledby': 'desk-next-heading' },
    h(doc, 'h3', { id: 'desk-next-heading' }, td(lang, 'desk.next.heading')),
    h(doc, 'ol', {}, ...steps.map((k) => h(doc, 'li', {}, td(lang, k)))),
    h(doc, 'p', {}, td(lang, 'desk.next.review')),
  );
}

// Status notes: the online-basemap note and data problems. Live regions so screen readers hear them.
import { formatProblem, isFileLevel, type Problem } from '../data/problems';
import { t, type Lang } from '../i18n/i18n';
import { clear, h } from '../lib/dom';

/** At most this many problem lines per file on screen; the CLI prints them all. */
const SHOWN_PER_FILE = 5;

export function renderBasemapNote(
  doc: Document,
  container: HTMLElement,
  lang: Lang,
  status: 'ok' | 'checking' | 'unavailable' | 'off',
  onRetry: () => void,
): void {
  clear(container);
  container.hidden = status === 'ok' || status === 'off';
  if (status === 'checking') {
    container.append(t(lang, 'basemap.checking'));
  } else if (status === 'unavailable') {
    const retry = h(
      doc,
      'button',
      { type: 'button', class: 'link-button' },
      t(lang, 'basemap.retry'),
    );
    retry.addEventListener('click', onRetry);
    container.append(t(lang, 'basemap.unavailable'), ' ', retry);
  }
}

export function renderProblems(
  doc: Document,
  container: HTMLElement,
  lang: Lang,
  byFile: ReadonlyMap<string, readonly Problem[]>,
  onDismiss: () => void,
): void {
  clear(container);
  const files = [...byFile.entries()].filter(([, ps]) => ps.some((p) => p.severity === 'error'));
  container.hidden = files.length === 0;
  if (files.length === 0) return;
  const dismiss = h(
    doc,
    'button',
    { type: 'button', class: 'icon-button', 'aria-label': t(lang, 'errors.dismiss') },
    '×',
  );
  dismiss.addEventListener('click', onDismiss);
  container.append(
    h(doc, 'div', { class: 'place-head' }, h(doc, 'h2', {}, t(lang, 'errors.heading')), dismiss),
  );
  for (const [file, problems] of files) {
    const errors = problems.filter((p) => p.severity === 'error');
    const whole = errors.some(isFileLevel);
    const summary = whole
      ? t(lang, 'errors.fileFailed', { file })
      : t(lang, 'errors.fileSkipped', {
          file,
          n: new Set(errors.map((p) => p.featureIndex ?? p.row)).size,
        });
    const list = h(doc, 'ul', {});
    for (const p of errors.slice(0, SHOWN_PER_FILE))
      list.append(h(doc, 'li', {}, formatProblem(p, lang)));
    if (errors.length > SHOWN_PER_FILE)
      list.append(h(doc, 'li', {}, t(lang, 'errors.more', { n: errors.length - SHOWN_PER_FILE })));
    container.append(h(doc, 'p', {}, summary), list);
  }
}

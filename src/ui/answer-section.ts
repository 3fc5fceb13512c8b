// The "what happened here?" answer in the panel: the summary first (plain sentences), what the
// hazard map predicts at the point, the depth drawing when a source gives a depth recorded here or nearby, the depths recorded elsewhere in
// words, then the records themselves.
import { t, type Lang } from '../i18n/i18n';
import type { Theme } from '../theme/theme';
import { depthFigure } from './depth-figure';
import type { AnswerDescription } from './describe-answer';
import { h } from '../lib/dom';
import { historySection } from './history-section';
import { predictionBlock } from './prediction-block';
import { rubyFragment } from '../lib/ruby-text';

export function answerSection(
  doc: Document,
  lang: Lang,
  theme: Theme,
  a: AnswerDescription,
  onOpenEvent: (id: string) => void,
  /** Show the furigana the summary's messages carry. */
  ruby = false,
  /** Opens the credits at a source's entry. */
  onShowSource: (file: string) => void = () => undefined,
): HTMLElement {
  const section = h(doc, 'section', { class: 'answer', 'aria-labelledby': 'answer-heading' });
  section.append(
    h(doc, 'h3', { id: 'answer-heading' }, t(lang, 'answer.heading')),
    h(
      doc,
      'ul',
      { class: 'answer-summary' },
      ...a.summary.map((line) => h(doc, 'li', {}, rubyFragment(doc, line, ruby))),
    ),
  );
  if (a.area) section.append(h(doc, 'p', { class: 'hint' }, a.area));
  if (a.prediction) section.append(predictionBlock(doc, lang, a.prediction, onShowSource, ruby));
  if (a.depth) {
    section.append(
      depthFigure({ doc, theme, lang, depth: a.depth.depth, caption: a.depth.caption }),
    );
  }
  // Said in words, never drawn: a depth recorded far away or at an unknown spot is not this place's.
  for (const line of a.depthsElsewhere)
    section.append(h(doc, 'p', { class: 'hint depth-elsewhere' }, line));
  section.append(historySection(doc, lang, a.history, onOpenEvent, a.area !== null));
  return section;
}

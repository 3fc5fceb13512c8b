// The answer's prediction block: what the hazard map portal's main layers show at the answer's
// point, one sentence each, with their source one click away (the credits' hazard-map entry).
import './prediction.css';
import { HAZARD_CREDITS_FILE } from '../config/hazard-layers';
import { t, type Lang } from '../i18n/i18n';
import { h } from '../lib/dom';
import { rubyFragment } from '../lib/ruby-text';
import type { PredictionDescription } from './describe-prediction';

export function predictionBlock(
  doc: Document,
  lang: Lang,
  p: PredictionDescription,
  onShowSource: (file: string) => void,
  /** Show the furigana the sentences carry. */
  ruby: boolean,
): HTMLElement {
  const block = h(doc, 'section', {
    class: 'prediction',
    'aria-labelledby': 'prediction-heading',
    'data-prediction': p.kind,
  });
  block.append(
    h(doc, 'h4', { id: 'prediction-heading' }, t(lang, 'hazard.hereHeading')),
    h(doc, 'ul', {}, ...p.lines.map((line) => h(doc, 'li', {}, rubyFragment(doc, line, ruby)))),
  );
  if (p.source) {
    const link = h(
      doc,
      'button',
      { type: 'button', class: 'link-button' },
      t(lang, 'predict.sourceLink'),
    );
    link.addEventListener('click', () => onShowSource(HAZARD_CREDITS_FILE));
    block.append(h(doc, 'p', { class: 'hint' }, rubyFragment(doc, p.source, ruby), ' ', link));
  }
  return block;
}

// The detail view of one flood record in the side panel.
import { t, type Lang } from '../i18n/i18n';
import type { Theme } from '../theme/theme';
import { depthFigure } from './depth-figure';
import type { EventDescription, SourceLine } from './describe-event';
import { append, clear, externalLink, h } from '../lib/dom';
import { factList, panelHead } from './panel-parts';
import './event-panel.css';

export interface EventPanelProps {
  readonly doc: Document;
  readonly container: HTMLElement;
  readonly theme: Theme;
  readonly onClose: () => void;
  /** 「印刷」 and 「共有」 (panel-parts.ts sheetActions), under the title. */
  readonly actions?: Node;
}

function sourceLinks(doc: Document, urls: readonly string[]): HTMLElement {
  const links = h(doc, 'ul', { class: 'source-links' });
  for (const url of urls) {
    links.append(h(doc, 'li', {}, externalLink(doc, url)));
  }
  return links;
}

/** A fact's or depth's own source: title, kind, links, quote (Japanese) and our translation. */
function sourceBlock(doc: Document, lang: Lang, s: SourceLine): HTMLElement {
  const title = s.titleTranslation ? `${s.title} — ${s.titleTranslation}` : s.title;
  return h(
    doc,
    'div',
    { class: 'record-source' },
    h(doc, 'p', {}, t(lang, 'event.factSource', { source: title, kind: s.classLabel })),
    sourceLinks(doc, s.urls),
    s.quote ? h(doc, 'blockquote', { lang: 'ja' }, s.quote) : null,
    s.quoteTranslation ? h(doc, 'p', { class: 'note', lang: 'en' }, s.quoteTranslation) : null,
  );
}

export function renderEventPanel(props: EventPanelProps, lang: Lang, d: EventDescription): void {
  const { doc, container } = props;
  clear(container);
  container.classList.add('has-place');
  const textLang = d.textLang;
  append(container, [
    panelHead(doc, lang, d.kindLabel, props.onClose),
    h(doc, 'h2', { id: 'place-title', tabindex: '-1' }, d.title),
    props.actions ?? null,
    d.headline ? h(doc, 'p', { class: 'headline' }, d.headline) : null,
    factList(doc, d.rows),
    d.depths.length > 0 ? h(doc, 'h3', {}, t(lang, 'event.depthHeading')) : null,
    ...d.depths.map((x) =>
      h(
        doc,
        'div',
        { class: 'record-depth' },
        depthFigure({ doc, theme: props.theme, lang, depth: x.depth, caption: x.where }),
        x.note ? h(doc, 'p', { class: 'note', lang: textLang }, x.note) : null,
        sourceBlock(doc, lang, x.source),
      ),
    ),
    d.basin.length > 0 ? h(doc, 'h3', {}, d.basinHeading) : null,
    d.basin.length > 0
      ? h(
          doc,
          'ul',
          { class: 'basin-figures' },
          ...d.basin.map((line) => h(doc, 'li', { lang: textLang }, line)),
        )
      : null,
    h(doc, 'h3', {}, t(lang, 'event.source')),
    h(doc, 'p', { class: 'source-title' }, `${d.sourceTitle}（${d.sourceClass}）`),
    d.sourceTitleTranslation
      ? h(
          doc,
          'p',
          { class: 'note', lang: 'en' },
          `${t(lang, 'event.sourceTitleEn')}: ${d.sourceTitleTranslation}`,
        )
      : null,
    sourceLinks(doc, d.urls),
    d.quote ? h(doc, 'h3', {}, t(lang, 'event.quote')) : null,
    d.quote ? h(doc, 'blockquote', { lang: 'ja' }, d.quote) : null,
    d.quoteTranslation
      ? h(
          doc,
          'p',
          { class: 'note', lang: 'en' },
          `${t(lang, 'event.quoteTranslation')}: ${d.quoteTranslation}`,
        )
      : null,
    d.uncertainty ? h(doc, 'h3', {}, t(lang, 'event.uncertainty')) : null,
    d.uncertainty ? h(doc, 'p', { class: 'note', lang: textLang }, d.uncertainty) : null,
    d.facts.length > 0 ? h(doc, 'h3', {}, t(lang, 'event.factsHeading')) : null,
    ...d.facts.map((f) =>
      h(
        doc,
        'div',
        { class: 'record-fact' },
        h(
          doc,
          'p',
          { lang: textLang },
          lang === 'en'
            ? `${f.kind} (${f.scope}): ${f.text}`
            : `${f.kind}（${f.scope}）: ${f.text}`,
        ),
        f.where ? h(doc, 'p', { class: 'note', lang: textLang }, f.where) : null,
        f.note ? h(doc, 'p', { class: 'note', lang: textLang }, f.note) : null,
        sourceBlock(doc, lang, f.source),
      ),
    ),
    ...d.gazetteerNotes.map((n) => h(doc, 'p', { class: 'record-source' }, n)),
  ]);
}

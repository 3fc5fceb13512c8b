// The then-and-now layers' section of the credits dialog: GSI's credit and terms, and each old
// layer's period, tiles, descriptions (quoted or ours, with their sources) and legend.
// Its texts are then-and-now's: registered here, as the credits chunk loads.
import '../then-now/texts';
import { GSI_TERMS_URL, THEN_CREDIT, THEN_CREDIT_TEXT, thenLayers } from '../config/old-maps';
import { pick, t, type Lang } from '../i18n/i18n';
import { externalLink, h } from '../lib/dom';

/** The old maps' entry in the credits dialog: per layer its period, tiles, wording and credit. */
export function thenCreditsSection(doc: Document, lang: Lang): HTMLElement {
  const section = h(
    doc,
    'section',
    { id: 'credit-old-maps', 'data-file': 'old-maps', tabindex: '-1' },
    h(doc, 'h3', {}, t(lang, 'then.creditsHeading')),
    h(doc, 'p', {}, t(lang, 'then.creditsIntro')),
    h(doc, 'p', {}, THEN_CREDIT_TEXT),
    h(doc, 'p', {}, externalLink(doc, GSI_TERMS_URL, t(lang, 'then.terms'))),
  );
  for (const layer of thenLayers) {
    const dl = h(
      doc,
      'dl',
      {},
      h(doc, 'dt', {}, t(lang, 'then.period')),
      h(doc, 'dd', {}, pick(lang, layer.period)),
      h(doc, 'dt', {}, t(lang, 'credits.attribution')),
      h(doc, 'dd', {}, THEN_CREDIT.text),
      h(doc, 'dt', {}, t(lang, 'then.tiles')),
      h(doc, 'dd', { class: 'file' }, layer.tiles),
    );
    for (const d of layer.descriptions) {
      dl.append(
        h(doc, 'dt', {}, t(lang, d.quoted ? 'then.quoted' : 'then.descriptionSource')),
        h(
          doc,
          'dd',
          {},
          d.quoted ? d.text.ja : pick(lang, d.text),
          ' ',
          externalLink(doc, d.sourceUrl),
        ),
      );
    }
    if (layer.legendUrl) {
      dl.append(
        h(doc, 'dt', {}, t(lang, 'then.legend')),
        h(doc, 'dd', {}, externalLink(doc, layer.legendUrl)),
      );
    }
    section.append(h(doc, 'h4', {}, pick(lang, layer.title)), dl);
  }
  return section;
}

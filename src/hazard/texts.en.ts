// Hazard maps: layers, legends and what a place's hazard means (src/ui/hazard-controls.ts,
// describe-hazard.ts): English, key for key with texts.ja.ts.
import type { HazardTextKey } from './texts.ja';

export const hazardEn: Readonly<Record<HazardTextKey, string>> = {
  'hazard.flood': 'Flood',
  'hazard.slope': 'Landslide / debris flow',
  'hazard.hightide': 'Storm surge',
  'hazard.earthquake': 'Earthquake',
  'hazard.tsunami': 'Tsunami',
  'hazard.fire': 'Large fire',
  'hazard.inland': 'Inland (drainage) flooding',
  'hazard.volcano': 'Volcano',
  'hazard.heading': 'Hazard maps (national and Tokyo predictions, when online)',
  'hazard.blankNotSafe':
    'No colour does not mean safe: places without prediction data have no colour either.',
  'hazard.notLegal':
    "These are not the ward's legal hazard map (Flood Control Act). For official information see Shinagawa City's hazard map.",
  'hazard.loading': 'loading…',
  'hazard.unavailable':
    'This layer cannot be loaded now (no internet connection, or the server does not answer).',
  'hazard.unavailableHere': 'cannot be loaded now, so the prediction here is unknown',
  'hazard.noColour':
    'no colour here (outside the predicted area, or no data here — it does not mean safe)',
  'hazard.colourNotInLegend': 'coloured, but the colour does not match a legend class',
  'hazard.colourNoLegend':
    "coloured (this app does not hold this layer's legend; check the national portal)",
  'hazard.depthSentence': '{scenario} flooding of {label} ({reading})',
  'hazard.opacity': 'Opacity',
  'hazard.legend': 'Legend of {layer}',
  'hazard.credit': 'Source: Hazard Map Portal Site (MLIT / GSI)',
  'hazard.hereHeading': 'Predicted here (hazard maps)',
  'hazard.offlineMissing':
    "Tokyo's 10 m flood prediction mesh (the version that works without internet) has not been imported yet. Ward staff can add it with npm run data:import-hazard -- <CSV files> (see data/README.md).",
  'hazard.offlineBroken':
    "The files of Tokyo's offline flood prediction cannot be read; import them again.",
  'hazard.offlineNote': "Works without internet (Tokyo's data converted for this app).",
  'hazard.offlineShort': "In Tokyo's maximum assumed rain:",
  'compare.heading': 'Records and predictions',
  'compare.summary':
    "Of the {n} chome with recorded flooding in this period, {outside} lie where Tokyo's prediction has no flooding (dotted on the map). Floods happen outside predicted areas too.",
  'compare.unknown': '{n} chome have no prediction data.',
  'compare.needsMesh':
    "Comparing records with predictions needs Tokyo's offline flood prediction mesh to be imported.",
};

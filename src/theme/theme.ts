// One palette for the whole app. Categorical colours are Okabe–Ito, chosen because they stay
// distinguishable for protan/deutan/tritan vision; every category also has its own symbol shape,
// so no meaning rests on colour alone.

export type SymbolShape = 'triangle' | 'square' | 'star' | 'diamond' | 'circle';

export interface SymbolStyle {
  readonly color: string;
  /** Darker variant for text, so labels keep 4.5:1 contrast on a light map. */
  readonly labelColor: string;
  readonly shape: SymbolShape;
}

export interface Theme {
  readonly background: string;
  readonly land: string;
  readonly neighbourFill: string;
  readonly neighbourLine: string;
  readonly wardLine: string;
  readonly chomeLine: string;
  readonly chomeFill: string;
  readonly chomeSelectedLine: string;
  readonly labelText: string;
  readonly labelHalo: string;
  readonly symbolOutline: string;
  readonly station: SymbolStyle;
  readonly evacSite: SymbolStyle;
  readonly shelter: SymbolStyle;
  readonly wideArea: SymbolStyle;
  readonly assembly: SymbolStyle;
  /** Recorded damage, light to dark; index 0 is a recorded zero. Sequential blues read in greyscale. */
  readonly damageRamp: readonly string[];
  /** Hatch for "no record" (not the same as zero). */
  readonly noRecordHatch: string;
  /** Outline of chome touched by the selected event. */
  readonly eventHighlight: string;
  /** Dotted outline of chome with records where the prediction has no flooding (dashes carry it too). */
  readonly outsidePrediction: string;
  /** Damage figures written on the map. */
  readonly recordLabel: string;
  /** Where I stand (現在地): the dot, the accuracy circle around it, and its label's ink. */
  readonly position: { readonly dot: string; readonly label: string };
  /** The depth drawing: water up to the stated depth, a lighter hatch where the source gives a range. */
  readonly depth: { readonly water: string; readonly range: string; readonly line: string };
  /**
   * The timeline chart: `ink` outlines marks and symbols and writes the "?" of a record without a
   * number, `muted` draws annotation lines and the note on the compressed early period, `hollow`
   * fills hollow marks, `compressed` shades the early period drawn at a smaller scale.
   */
  readonly timeline: {
    readonly ink: string;
    readonly muted: string;
    readonly hollow: string;
    readonly compressed: string;
  };
  /** Timeline marks per cause of flooding: colour plus shape. */
  readonly causes: Readonly<
    Record<'river' | 'inland' | 'stormSurge' | 'slope' | 'heavyRain' | 'other', SymbolStyle>
  >;
  readonly ui: {
    readonly text: string;
    readonly mutedText: string;
    readonly surface: string;
    readonly border: string;
    readonly accent: string;
    readonly focus: string;
    readonly warningBg: string;
    readonly errorBg: string;
  };
}

export const okabeIto = {
  black: '#000000',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

export const defaultTheme: Theme = {
  background: '#eef1f4',
  land: '#fbfaf7',
  neighbourFill: '#d9dde2',
  neighbourLine: '#9aa3ad',
  wardLine: '#1f2933',
  chomeLine: '#5f6b76',
  chomeFill: 'rgba(255,255,255,0.01)',
  chomeSelectedLine: okabeIto.vermillion,
  labelText: '#1f2933',
  labelHalo: '#ffffff',
  symbolOutline: '#ffffff',
  station: { color: '#222222', labelColor: '#222222', shape: 'circle' },
  evacSite: { color: okabeIto.blue, labelColor: '#005a8c', shape: 'triangle' },
  shelter: { color: okabeIto.bluishGreen, labelColor: '#00664a', shape: 'square' },
  wideArea: { color: okabeIto.orange, labelColor: '#7a5200', shape: 'star' },
  assembly: { color: okabeIto.reddishPurple, labelColor: '#8a3d68', shape: 'diamond' },
  damageRamp: ['#ffffff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
  noRecordHatch: '#8a949e',
  eventHighlight: okabeIto.vermillion,
  outsidePrediction: '#1f2933',
  recordLabel: '#0b2545',
  position: { dot: okabeIto.blue, label: '#005a8c' },
  depth: { water: '#3182bd', range: '#9ecae1', line: '#52606d' },
  // The same ink, muted grey and white as the page (ui below). The compressed-period shade is a
  // light grey used nowhere else, a touch lighter than the map's background: a hint, not a mark.
  timeline: { ink: '#1f2933', muted: '#52606d', hollow: '#ffffff', compressed: '#f1f3f5' },
  causes: {
    river: { color: okabeIto.blue, labelColor: '#005a8c', shape: 'triangle' },
    inland: { color: okabeIto.bluishGreen, labelColor: '#00664a', shape: 'square' },
    stormSurge: { color: okabeIto.reddishPurple, labelColor: '#8a3d68', shape: 'diamond' },
    slope: { color: okabeIto.vermillion, labelColor: '#9a4300', shape: 'star' },
    heavyRain: { color: okabeIto.skyBlue, labelColor: '#1f6f99', shape: 'circle' },
    other: { color: '#8a949e', labelColor: '#52606d', shape: 'circle' },
  },
  ui: {
    text: '#1f2933',
    mutedText: '#52606d',
    surface: '#ffffff',
    border: '#cbd2d9',
    accent: okabeIto.blue,
    focus: '#1a56db',
    warningBg: '#fff4d6',
    errorBg: '#fde8e4',
  },
};

/** CSS custom properties for the DOM side, so the stylesheet uses the same palette as the map. */
export function themeCssVariables(theme: Theme): Record<string, string> {
  return {
    '--fhm-text': theme.ui.text,
    '--fhm-muted': theme.ui.mutedText,
    '--fhm-surface': theme.ui.surface,
    '--fhm-border': theme.ui.border,
    '--fhm-accent': theme.ui.accent,
    '--fhm-focus': theme.ui.focus,
    '--fhm-warning-bg': theme.ui.warningBg,
    '--fhm-error-bg': theme.ui.errorBg,
    '--fhm-background': theme.background,
  };
}

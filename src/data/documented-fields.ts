// Column builders that carry their meaning beside the rule, for files documented where they are
// validated (the tour files: the lesson maker shows a column's meaning in its problems).
import * as rule from './catalog-fields';
import type { DocumentedField, FieldSpec } from './schema';

const documented = (field: FieldSpec, ja: string, en: string): DocumentedField => ({
  ...field,
  doc: { ja, en },
});

export const str = (name: string, required: boolean, ja: string, en: string): DocumentedField =>
  documented(rule.str(name, required), ja, en);

export const num = (name: string, required: boolean, ja: string, en: string): DocumentedField =>
  documented(rule.num(name, required), ja, en);

export const pat = (
  name: string,
  required: boolean,
  pattern: NonNullable<FieldSpec['pattern']>,
  ja: string,
  en: string,
): DocumentedField => documented(rule.pat(name, required, pattern), ja, en);

export const oneOf = (
  name: string,
  required: boolean,
  values: readonly string[],
  ja: string,
  en: string,
): DocumentedField => documented(rule.oneOf(name, required, values), ja, en);

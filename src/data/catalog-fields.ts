// Small builders for column descriptions, shared by the map and the flood parts of the catalogue.
import type { FieldSpec } from './schema';

export const str = (name: string, required: boolean, ja: string, en: string): FieldSpec => ({
  name,
  type: 'string',
  required,
  doc: { ja, en },
});

export const int = (name: string, required: boolean, ja: string, en: string): FieldSpec => ({
  name,
  type: 'integer',
  required,
  doc: { ja, en },
});

export const num = (name: string, required: boolean, ja: string, en: string): FieldSpec => ({
  name,
  type: 'number',
  required,
  doc: { ja, en },
});

export const flag = (name: string, ja: string, en: string): FieldSpec => ({
  name,
  type: 'flag',
  required: false,
  doc: { ja, en },
});

export const url = (name: string, required: boolean, ja: string, en: string): FieldSpec => ({
  name,
  type: 'url',
  required,
  doc: { ja, en },
});

export const pat = (
  name: string,
  required: boolean,
  pattern: FieldSpec['pattern'],
  ja: string,
  en: string,
): FieldSpec => ({ name, type: 'string', required, ...(pattern ? { pattern } : {}), doc: { ja, en } });

/** A closed list of words, documented as "a / b / c". */
export const oneOf = (
  name: string,
  required: boolean,
  values: readonly string[],
  ja: string,
  en: string,
): FieldSpec =>
  pat(
    name,
    required,
    { re: new RegExp(`^(${values.join('|')})$`), expected: { ja: values.join(' / '), en: values.join(' / ') } },
    ja,
    en,
  );

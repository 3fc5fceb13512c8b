// Small builders for the rules of a column, shared by the map and the flood parts of the catalogue.
// What each column means is in the catalogue's docs (catalog-docs.ts), by dataset and column name.
import type { FieldSpec } from './schema';

export const str = (name: string, required: boolean): FieldSpec => ({
  name,
  type: 'string',
  required,
});

export const int = (name: string, required: boolean): FieldSpec => ({
  name,
  type: 'integer',
  required,
});

export const num = (name: string, required: boolean): FieldSpec => ({
  name,
  type: 'number',
  required,
});

export const flag = (name: string): FieldSpec => ({ name, type: 'flag', required: false });

export const bool = (name: string, required: boolean): FieldSpec => ({
  name,
  type: 'boolean',
  required,
});

export const url = (name: string, required: boolean): FieldSpec => ({
  name,
  type: 'url',
  required,
});

export const pat = (
  name: string,
  required: boolean,
  pattern: NonNullable<FieldSpec['pattern']>,
): FieldSpec => ({ name, type: 'string', required, pattern });

/** A closed list of words, named in problems as "a / b / c". Matched as written (a "(" is a "("). */
export const oneOf = (name: string, required: boolean, values: readonly string[]): FieldSpec =>
  pat(name, required, {
    re: new RegExp(`^(${values.map((v) => v.replace(/[()|.*+?^$[\]{}\\]/g, '\\$&')).join('|')})$`),
    expected: { ja: values.join(' / '), en: values.join(' / ') },
  });

// The catalogue's two halves stay in step: every bundled file has its documentation, every field of
// its schema has a meaning, and no documentation names a file or a field the schema does not have.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { catalogDocs, documentedCatalog, fieldDoc } from '../../src/data/catalog-docs';

const fieldNames = (id: string): string[] => {
  const meta = catalog.find((d) => d.id === id);
  if (!meta) return [];
  return (meta.schema.kind === 'csv' ? meta.schema.columns : meta.schema.properties).map(
    (f) => f.name,
  );
};

describe('catalogue docs', () => {
  it('document every dataset, and only datasets of the catalogue', () => {
    expect(Object.keys(catalogDocs).sort()).toEqual(catalog.map((d) => d.id).sort());
  });

  for (const meta of catalog) {
    it(`${meta.file}: every field has its docs in both languages, and no doc names an unknown field`, () => {
      const docs = catalogDocs[meta.id].fieldDocs;
      for (const name of fieldNames(meta.id)) {
        expect(docs[name]?.ja, `${meta.file} ${name}`).toBeTruthy();
        expect(docs[name]?.en, `${meta.file} ${name}`).toBeTruthy();
      }
      expect(Object.keys(docs).filter((name) => !fieldNames(meta.id).includes(name))).toEqual([]);
    });
  }

  it('joins each entry with its docs, in catalogue order', () => {
    expect(documentedCatalog.map((d) => d.file)).toEqual(catalog.map((d) => d.file));
    const chome = documentedCatalog.find((d) => d.id === 'chome')!;
    expect(chome.schema).toBe(catalog.find((d) => d.id === 'chome')!.schema);
    expect(fieldDoc(chome, 'key_code').en).toContain('Chome code');
  });

  it('names the file and the field when a field has no docs', () => {
    const chome = documentedCatalog.find((d) => d.id === 'chome')!;
    expect(() => fieldDoc(chome, 'no_such_column')).toThrow(
      /shinagawa_chome_2015_simplified\.geojson.*no_such_column/,
    );
  });
});

// The documentation half of the catalogue: where each bundled file comes from, under which licence,
// how sure it is, what we changed, and what each of its columns means. catalog.ts holds what the app
// needs to load and check the files; this module is imported by the credits dialog, data/README.md
// (`npm run data:readme`), the desk and the downloads, so the residents' first load leaves it out.
import { catalog, type DatasetId, type DatasetMeta } from './catalog';
import { floodCatalogDocs } from './flood-catalog-docs';
import { mapCatalogDocs } from './map-catalog-docs';
import type { Bilingual } from './schema';

export type Certainty = 'official' | 'secondary' | 'unverified-licence';

export interface DatasetDocs {
  readonly title: Bilingual;
  readonly publisher: Bilingual;
  /** Where the original is published. */
  readonly sourceUrl: string;
  /** Where our copy was taken from, if not the publisher directly. */
  readonly obtainedFrom: string;
  readonly licence: { readonly name: string; readonly url?: string };
  readonly certainty: Certainty;
  readonly caveats: readonly Bilingual[];
  readonly changes: Bilingual;
  readonly maintenance: Bilingual;
  readonly breaking: Bilingual;
  /** What each column (or GeoJSON property) means, by its name in the schema. */
  readonly fieldDocs: Readonly<Record<string, Bilingual>>;
}

/** A catalogue entry with its documentation. */
export type DocumentedDataset = DatasetMeta & DatasetDocs;

export const catalogDocs: Readonly<Record<DatasetId, DatasetDocs>> = {
  ...mapCatalogDocs,
  ...floodCatalogDocs,
};

export const documentedCatalog: readonly DocumentedDataset[] = catalog.map((meta) => ({
  ...meta,
  ...catalogDocs[meta.id],
}));

/** One entry with its documentation (the desk writes the source URL into rows it makes). */
export function documentedById(id: DatasetId): DocumentedDataset {
  const found = documentedCatalog.find((d) => d.id === id);
  if (!found) throw new Error(`Unknown dataset ${id}`);
  return found;
}

/** What a field means; a field without docs is a mistake in this module, so it throws. */
export function fieldDoc(meta: DocumentedDataset, field: string): Bilingual {
  const doc = meta.fieldDocs[field];
  if (!doc)
    throw new Error(`${meta.file}: no docs for the field ${field} (src/data/catalog-docs.ts)`);
  return doc;
}

// The list view's downloads: records as CSV (UTF-8 with BOM) or GeoJSON, with credit and licence.
import { datasetById, type DatasetId } from '../data/catalog';
import type { DatasetDocs } from '../data/catalog-docs';
import { eventsCsv, recordsCsv, recordsGeoJson, type Credit } from '../data/export-records';
import type { FloodHistory } from '../data/flood-history';
import type { FeatureCollection } from '../data/validate-geojson';
import { downloadText } from '../lib/download';

export type DownloadKind = 'eventsCsv' | 'recordsCsv' | 'recordsGeojson';

type Docs = Readonly<Record<DatasetId, DatasetDocs>>;

function credit(docs: Docs, id: DatasetId): Credit {
  return { attribution: datasetById(id).attribution, licence: docs[id].licence.name };
}

/** The licence names are in the catalogue's documentation, loaded on the first download. */
export function downloadRecords(
  doc: Document,
  kind: DownloadKind,
  history: FloodHistory,
  chome: FeatureCollection,
): void {
  void import('../data/catalog-docs').then(({ catalogDocs }) =>
    saveRecords(doc, kind, history, chome, catalogDocs),
  );
}

function saveRecords(
  doc: Document,
  kind: DownloadKind,
  history: FloodHistory,
  chome: FeatureCollection,
  docs: Docs,
): void {
  const csv = 'text/csv;charset=utf-8';
  if (kind === 'eventsCsv') {
    downloadText(
      doc,
      'shinagawa-flood-events.csv',
      eventsCsv(history.events, credit(docs, 'floodEvents')),
      csv,
    );
  } else if (kind === 'recordsCsv') {
    downloadText(
      doc,
      'shinagawa-chome-flood-records.csv',
      recordsCsv(history.records, credit(docs, 'chomeRecords')),
      csv,
    );
  } else {
    downloadText(
      doc,
      'shinagawa-chome-flood-records.geojson',
      recordsGeoJson(history.records, chome, credit(docs, 'chomeRecords')),
      'application/geo+json',
    );
  }
}

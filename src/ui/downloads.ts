// The list view's downloads: records as CSV (UTF-8 with BOM) or GeoJSON, with credit and licence.
import { datasetById, type DatasetId } from '../data/catalog';
import { eventsCsv, recordsCsv, recordsGeoJson, type Credit } from '../data/export-records';
import type { FloodHistory } from '../data/flood-history';
import type { FeatureCollection } from '../data/validate-geojson';
import { downloadText } from '../lib/download';

export type DownloadKind = 'eventsCsv' | 'recordsCsv' | 'recordsGeojson';

function credit(id: DatasetId): Credit {
  const meta = datasetById(id);
  return { attribution: meta.attribution, licence: meta.licence.name };
}

export function downloadRecords(
  doc: Document,
  kind: DownloadKind,
  history: FloodHistory,
  chome: FeatureCollection,
): void {
  const csv = 'text/csv;charset=utf-8';
  if (kind === 'eventsCsv') {
    downloadText(
      doc,
      'shinagawa-flood-events.csv',
      eventsCsv(history.events, credit('floodEvents')),
      csv,
    );
  } else if (kind === 'recordsCsv') {
    downloadText(
      doc,
      'shinagawa-chome-flood-records.csv',
      recordsCsv(history.records, credit('chomeRecords')),
      csv,
    );
  } else {
    downloadText(
      doc,
      'shinagawa-chome-flood-records.geojson',
      recordsGeoJson(history.records, chome, credit('chomeRecords')),
      'application/geo+json',
    );
  }
}

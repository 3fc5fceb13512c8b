// The list of flood records (src/ui/records-list.ts): English, key for key with
// records-list-texts.ja.ts.
import type { ListTextKey } from './records-list-texts.ja';

export const listEn: Readonly<Record<ListTextKey, string>> = {
  'list.heading': 'All flood records',
  'list.intro':
    'Floods recorded in Shinagawa, and the chome-level records. Sort by a column heading.',
  'list.events': 'Floods and related records ({n})',
  'list.records': 'Chome-level records ({n} rows)',
  'list.col.date': 'Date',
  'list.col.name': 'Name',
  'list.col.type': 'Kind',
  'list.col.cause': 'Cause',
  'list.col.damage': 'Buildings flooded',
  'list.col.source': 'Source class',
  'list.col.place': 'On the map',
  'list.unplaced': 'ward-wide / place unknown',
  'list.placesMore': '{first} and {n} more',
  'list.col.chome': 'Chome',
  'list.col.period': 'Period',
  'list.col.below': 'Below floor',
  'list.col.above': 'Above floor',
  'list.col.total': 'Total',
  'list.col.class': 'Class',
  'list.col.sourceTitle': 'Source',
  'list.sortBy': 'Sort by {col}',
  'list.download': 'Download',
  'list.downloadEventsCsv': 'Flood records CSV',
  'list.downloadRecordsCsv': 'Chome records CSV',
  'list.downloadRecordsGeojson': 'Chome records GeoJSON',
  'list.close': 'Close',
  'list.filtered':
    'Showing only the period chosen on the timeline ({range}): {n} of {total} records.',
  'list.showAll': 'Show all time',
};

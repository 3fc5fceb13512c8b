import type { DatasetId } from './catalog';
import type { FeatureCollection, GeoJsonFeature } from './validate-geojson';

/**
 * Adds two derived properties the map relies on: `fid` (stable id used for selection and in the
 * URL) and `label` (the name drawn on the map). The file's own properties are kept unchanged.
 */
export function withIds(id: DatasetId, fc: FeatureCollection): FeatureCollection {
  const labelled = new Set<string>();
  const features = fc.features.map((f, index): GeoJsonFeature => {
    const p = f.properties;
    const s = (key: string): string => (p[key] === undefined || p[key] === null ? '' : String(p[key]));
    let fid: string;
    let label: string;
    switch (id) {
      case 'chome':
        fid = s('key_code');
        label = s('name_kanji');
        break;
      case 'stations':
        // One point per line: all points of a station share its name, and are selected together.
        fid = s('name');
        label = s('name');
        break;
      case 'evacSites':
      case 'shelters':
        fid = s('共通ID');
        label = s('施設・場所名');
        break;
      case 'wardShelters':
        fid = `${s('カテゴリ')}:${s('施設名')}`;
        label = s('施設名');
        break;
      case 'assembly':
        fid = String(index);
        label = s('施設名');
        break;
      default:
        fid = s('N03_007') || String(index);
        label = s('N03_004');
    }
    // Only the first point of a place carries a label (a station has one point per line).
    const primary = !labelled.has(fid);
    labelled.add(fid);
    return { ...f, properties: { ...p, fid, label, primary } };
  });
  return { type: 'FeatureCollection', features };
}

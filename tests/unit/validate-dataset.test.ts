import { readFileSync } from 'node:fs';
import { afterEach, describe, it, expect, vi } from 'vitest';
import Papa from 'papaparse';
import { datasetById } from '../../src/data/catalog';
import { formatProblem } from '../../src/data/problems';
import { formatBytes, MAX_FILE_BYTES, validateDataset } from '../../src/data/validate-dataset';

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

afterEach(() => {
  vi.restoreAllMocks();
});

describe('validateDataset', () => {
  it('a GeoJSON text longer than MAX_FILE_BYTES is "tooLarge" and is not parsed', () => {
    const parse = vi.spyOn(JSON, 'parse');
    const meta = datasetById('chome');
    const result = validateDataset(meta, 'x'.repeat(MAX_FILE_BYTES + 1));
    expect(parse).not.toHaveBeenCalled();
    expect(result).toEqual({
      kind: 'geojson',
      data: null,
      total: 0,
      problems: [
        {
          severity: 'error',
          code: 'tooLarge',
          file: 'shinagawa_chome_2015_simplified.geojson',
          params: { size: '20.0 MB', limit: '20.0 MB' },
        },
      ],
    });
    expect(formatProblem(result.problems[0]!, 'en')).toBe(
      'shinagawa_chome_2015_simplified.geojson: file too large (20.0 MB, limit 20.0 MB)',
    );
  });

  it('a CSV text longer than MAX_FILE_BYTES is "tooLarge" and is not parsed', () => {
    const parse = vi.spyOn(Papa, 'parse');
    const result = validateDataset(datasetById('chomePoints'), 'x'.repeat(MAX_FILE_BYTES + 1));
    expect(parse).not.toHaveBeenCalled();
    expect(result).toMatchObject({ kind: 'csv', rows: null, total: 0 });
    expect(result.problems.map((p) => p.code)).toEqual(['tooLarge']);
  });

  it('measures the limit in UTF-8 bytes, not characters', () => {
    const text = '品'.repeat(Math.floor(MAX_FILE_BYTES / 3) + 1); // 20 MB + 3 bytes in UTF-8
    const result = validateDataset(datasetById('chome'), text);
    expect(result.problems.map((p) => p.code)).toEqual(['tooLarge']);
  });

  it('a text of exactly MAX_FILE_BYTES is parsed (and here fails as JSON)', () => {
    const result = validateDataset(datasetById('stations'), 'x'.repeat(MAX_FILE_BYTES));
    expect(result.problems.map((p) => p.code)).toEqual(['notJson']);
  });

  it('dispatches GeoJSON and CSV to their validators', () => {
    const g = validateDataset(datasetById('chome'), fixture('chome-valid-3-features.geojson'));
    expect(g.kind).toBe('geojson');
    expect(g.problems).toEqual([]);
    expect(g.kind === 'geojson' ? g.data?.features.length : -1).toBe(3);
    const c = validateDataset(datasetById('chomePoints'), fixture('points-valid-3-rows.csv'));
    expect(c.kind).toBe('csv');
    expect(c.problems).toEqual([]);
    expect(c.kind === 'csv' ? c.rows?.length : -1).toBe(3);
  });

  it('reports problems under the catalogue file name', () => {
    const r = validateDataset(datasetById('chome'), fixture('chome-bad-key-code.broken.geojson'));
    expect(r.problems.map((p) => p.file)).toEqual(['shinagawa_chome_2015_simplified.geojson']);
  });

  it('formatBytes', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(2048)).toBe('2 KB');
    expect(formatBytes(MAX_FILE_BYTES)).toBe('20.0 MB');
  });
});

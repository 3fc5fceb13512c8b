import { readFileSync, statSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import { catalog, datasetById } from '../../src/data/catalog';
import { crossCheckChome } from '../../src/data/cross-check';
import { BEGIN, END, updateReadme } from '../../src/data/data-readme';
import { formatProblem } from '../../src/data/problems';
import { MAX_FILE_BYTES, validateDataset } from '../../src/data/validate-dataset';

// The bundled files in data/ must always pass the same checks `npm run data:check` runs.
const dataUrl = (file: string): URL => new URL(`../../data/${file}`, import.meta.url);
const read = (file: string): string => readFileSync(dataUrl(file), 'utf8');

describe('bundled data', () => {
  it('the catalogue lists files with unique ids and file names', () => {
    expect(catalog.length).toBeGreaterThanOrEqual(9);
    expect(new Set(catalog.map((d) => d.id)).size).toBe(catalog.length);
    expect(new Set(catalog.map((d) => d.file)).size).toBe(catalog.length);
  });

  for (const meta of catalog) {
    it(`${meta.file} validates with zero problems and keeps every record`, () => {
      expect(statSync(dataUrl(meta.file)).size).toBeLessThanOrEqual(MAX_FILE_BYTES);
      const result = validateDataset(meta, read(meta.file));
      expect(result.problems.map((p) => formatProblem(p, 'en'))).toEqual([]);
      expect(result.kind).toBe(meta.schema.kind);
      const kept = result.kind === 'csv' ? result.rows?.length : result.data?.features.length;
      expect(result.total).toBeGreaterThan(0);
      expect(kept).toBe(result.total);
    });
  }

  it('has one ward, and 130 chome each with a point (as the catalogue says)', () => {
    const total = (id: 'ward' | 'chome' | 'chomePoints'): number => {
      const meta = datasetById(id);
      return validateDataset(meta, read(meta.file)).total;
    };
    expect(total('ward')).toBe(1);
    expect(datasetById('chome').title.en).toContain('130 chome');
    expect(total('chome')).toBe(130);
    expect(total('chomePoints')).toBe(130);
  });

  it('chome boundaries and chome points agree (crossCheckChome: no errors, no warnings)', () => {
    const chomeMeta = datasetById('chome');
    const pointsMeta = datasetById('chomePoints');
    const chome = validateDataset(chomeMeta, read(chomeMeta.file));
    const points = validateDataset(pointsMeta, read(pointsMeta.file));
    if (chome.kind !== 'geojson' || !chome.data) throw new Error('chome did not load');
    if (points.kind !== 'csv') throw new Error('points is not CSV');
    const problems = crossCheckChome(chomeMeta.file, chome.data, pointsMeta.file, points.rows);
    expect(problems.map((p) => formatProblem(p, 'en'))).toEqual([]);
  });

  it('data/README.md is up to date with the catalogue', () => {
    const readme = read('README.md');
    expect(readme).toContain(BEGIN);
    expect(readme).toContain(END);
    expect(updateReadme(readme, catalog)).toBe(readme);
    for (const meta of catalog) expect(readme).toContain(`\`${meta.file}\``);
  });

  it('updateReadme replaces only the generated section and appends one when missing', () => {
    const readme = read('README.md');
    const start = readme.indexOf(BEGIN);
    const stale = `${readme.slice(0, start)}${BEGIN}\nold text\n${END}${readme.slice(readme.indexOf(END) + END.length)}`;
    expect(updateReadme(stale, catalog)).toBe(readme);
    const handWritten = '# Data\n\nHand-written intro.\n';
    const added = updateReadme(handWritten, catalog);
    expect(added.startsWith('# Data\n\nHand-written intro.\n\n' + BEGIN)).toBe(true);
    expect(added.trimEnd().endsWith(END)).toBe(true);
    expect(updateReadme(added, catalog)).toBe(added);
  });
});

// The bundled tours in data/tours/ (the data contract for lessons): they parse without problems,
// have 6–8 steps, a source for every step, and both tours have やさしい日本語 (with readings) for every step.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetById } from '../../src/data/catalog';
import { validateDataset } from '../../src/data/validate-dataset';
import { parseTours } from '../../src/tours/parse-tour';
import { tourRefs } from '../../src/tours/tour-refs';

const dir = join(__dirname, '../../data/tours');
const read = (f: string) => readFileSync(join(dir, f), 'utf8');
const steps = new Map(
  readdirSync(dir)
    .filter((f) => f.endsWith('.csv') && f !== 'tours.csv')
    .map((f) => [f, read(f)] as const),
);
const { tours, problems } = parseTours(read('tours.csv'), steps);

describe('bundled tours', () => {
  it('parse without problems', () => {
    expect(problems).toEqual([]);
    expect(tours.map((t) => t.id).sort()).toEqual(['meguro-gotanda', 'tachiai-nakanobu-futaba']);
  });

  it('select only chome, stations and records that exist in the bundled data', () => {
    const load = (id: Parameters<typeof datasetById>[0]) => {
      const meta = datasetById(id);
      return validateDataset(meta, readFileSync(join(dir, '..', meta.file), 'utf8'));
    };
    const chome = load('chome');
    const stations = load('stations');
    const events = load('floodEvents');
    const refs = tourRefs(
      chome.kind === 'geojson' ? chome.data : null,
      stations.kind === 'geojson' ? stations.data : null,
      events.kind === 'csv' ? events.rows : null,
    );
    expect(refs.chome.has('13109010006')).toBe(true);
    expect(refs.stations.has('五反田')).toBe(true);
    expect(refs.events.has('SH-1999-08-29')).toBe(true);
    expect(parseTours(read('tours.csv'), steps, refs).problems).toEqual([]);
  });

  it('have 6–8 steps, each with at least one source', () => {
    for (const tour of tours) {
      expect(tour.steps.length).toBeGreaterThanOrEqual(6);
      expect(tour.steps.length).toBeLessThanOrEqual(8);
      for (const s of tour.steps) expect(s.sources.length).toBeGreaterThan(0);
    }
  });

  it('gives the 小4 tour やさしい日本語 in every text and question', () => {
    const tour = tours.find((t) => t.id === 'tachiai-nakanobu-futaba')!;
    expect(tour.curriculum).toEqual(['8220243300000000']);
    for (const s of tour.steps) {
      expect([s.title.easy, s.text.easy, s.question.easy]).not.toContain(null);
    }
  });

  it('gives the 目黒川 tour やさしい日本語 with readings in its title, every text and question', () => {
    const tour = tours.find((t) => t.id === 'meguro-gotanda')!;
    expect(tour.title.easy).toContain('{目黒川|めぐろがわ}');
    expect(tour.summary.easy).not.toBeNull();
    for (const s of tour.steps) {
      expect([s.title.easy, s.text.easy, s.question.easy]).not.toContain(null);
      expect(s.text.easy).toMatch(/\{[^|{}]+\|[ぁ-ゟ゠-ヿ]+\}/);
    }
  });
});

// DATA CONTRACT: the only unit tests that read data/ and pin its figures.
//
// The figures below are what a resident sees for the bundled files: how many records there are,
// the totals shown for 中延六丁目 and for the ward, and that every record can be traced to a
// source. A data update (new floods, corrected figures, new chome records, a newer chome file) is
// EXPECTED to change some of them: whoever updates data/ updates the expectations here, in this
// file only, and says in the commit what changed and why. The structural checks (every file valid,
// every record with a source and an http(s) link, every chome and event reference resolving) must
// hold after any update.
//
// Code tests never depend on this file or on data/: they run on the synthetic fixtures in
// tests/unit/fixtures/ (synthetic-*).
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, it, expect } from 'vitest';
import { catalog, datasetById } from '../../src/data/catalog';
import { crossCheckChome } from '../../src/data/cross-check';
import { updateReadme } from '../../src/data/data-readme';
import { num } from '../../src/data/figure';
import { WARD } from '../../src/data/flood-model';
import { formatProblem } from '../../src/data/problems';
import { damageByChome } from '../../src/data/time-range';
import { MAX_FILE_BYTES, validateDataset } from '../../src/data/validate-dataset';
import { bundledHistory, csv, geojson, read } from './helpers/bundled-data';

/** A link a resident can follow: it parses, and it is http(s). */
function isWebLink(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

describe('data contract: the bundled data — update these expectations when the data is updated', () => {
  describe('every file', () => {
    for (const meta of catalog) {
      it(`${meta.file} validates with zero problems and keeps every record`, () => {
        expect(statSync(resolve(process.cwd(), 'data', meta.file)).size).toBeLessThanOrEqual(
          MAX_FILE_BYTES,
        );
        const result = validateDataset(meta, read(meta.file));
        expect(result.problems.map((p) => formatProblem(p, 'en'))).toEqual([]);
        expect(result.kind).toBe(meta.schema.kind);
        const kept = result.kind === 'csv' ? result.rows?.length : result.data?.features.length;
        expect(result.total).toBeGreaterThan(0);
        expect(kept).toBe(result.total);
      });
    }

    it('the catalogue names each file once', () => {
      expect(new Set(catalog.map((d) => d.id)).size).toBe(catalog.length);
      expect(new Set(catalog.map((d) => d.file)).size).toBe(catalog.length);
    });

    it('data/README.md is up to date with the catalogue (npm run data:readme)', () => {
      const readme = read('README.md');
      expect(updateReadme(readme, catalog)).toBe(readme);
    });
  });

  describe('chome', () => {
    it('has one ward and 130 chome, each with one point (as the catalogue title says)', () => {
      expect(geojson('ward').features).toHaveLength(1);
      expect(datasetById('chome').title.en).toContain('130 chome');
      expect(geojson('chome').features).toHaveLength(130);
      expect(csv('chomePoints').rows).toHaveLength(130);
    });

    it('chome boundaries and chome points agree (crossCheckChome: no errors, no warnings)', () => {
      const problems = crossCheckChome(
        datasetById('chome').file,
        geojson('chome'),
        datasetById('chomePoints').file,
        csv('chomePoints').rows,
      );
      expect(problems.map((p) => formatProblem(p, 'en'))).toEqual([]);
    });
  });

  describe('flood history', () => {
    const { history, problems } = bundledHistory();
    const chomeCodes = new Set(geojson('chome').features.map((f) => String(f.properties.key_code)));
    const codeOf = (name: string): string => {
      const f = geojson('chome').features.find((x) => x.properties.name_kanji === name);
      if (!f) throw new Error(`${name} is not in the chome file`);
      return String(f.properties.key_code);
    };
    const nakanobu6 = codeOf('中延六丁目');

    it('files agree with each other: no problems when the history is assembled', () => {
      expect(problems.map((p) => formatProblem(p, 'en'))).toEqual([]);
    });

    it('has 26 flood records, from SH-1742 to SH-C-2025-10, and 23 chome records', () => {
      expect(csv('floodEvents').rows).toHaveLength(26);
      expect(history.events).toHaveLength(26);
      expect(history.events[0]?.id).toBe('SH-1742');
      expect(history.events.at(-1)?.id).toBe('SH-C-2025-10');
      expect(csv('chomeRecords').rows).toHaveLength(23);
      expect(history.records).toHaveLength(23);
    });

    it('shows 中延六丁目: 218 buildings over 1989–2020 (99 above, 119 below floor), 135 of them on 1999-08-29, class 31-50件 in 2025', () => {
      const mine = history.records.filter((r) => r.chomeCode === nakanobu6);
      expect(mine.find((r) => r.eventId === null)).toMatchObject({
        start: '1989-01-01',
        end: '2020-03-31',
        total: num(218),
        aboveFloor: num(99),
        belowFloor: num(119),
        unit: '棟',
        sourceTitle: '品川区「町丁別浸水実績一覧」',
      });
      expect(mine.find((r) => r.eventId === 'SH-1999-08-29')).toMatchObject({
        total: num(135),
        aboveFloor: num(69),
        belowFloor: num(66),
      });
      expect(mine.find((r) => r.eventId === 'SH-2025-09-11')?.damageClass).toEqual({
        label: '31-50件',
        ordinal: 4,
      });
      // What the map colours it by, all time.
      expect(damageByChome(history.records, null, 'counts').get(nakanobu6)?.value).toBe(218);
      expect(damageByChome(history.records, null, 'classes').get(nakanobu6)?.value).toBe(4);
    });

    it('has figures for 10 chome (中延一〜六丁目, 二葉一〜四丁目); the others show "no record"', () => {
      expect(damageByChome(history.records, null, 'counts').size).toBe(10);
      expect(damageByChome(history.records, null, 'classes').size).toBe(10);
    });

    it('shows the ward: 5,097 buildings over 1989–2020, 2,751 (1,614 above, 1,137 below) on 1999-08-29', () => {
      expect(damageByChome(history.records, null, 'counts', true).get(WARD)?.value).toBe(5097);
      expect(
        history.records.find((r) => r.chomeCode === WARD && r.eventId === 'SH-1999-08-29'),
      ).toMatchObject({ total: num(2751), aboveFloor: num(1614), belowFloor: num(1137) });
    });

    it('keeps the 1958 below-floor figure 940 marked uncertain, as transcribed', () => {
      const e = history.events.find((x) => x.id === 'SH-1958-09-26');
      expect(e?.belowFloor).toEqual({ kind: 'number', value: 940, uncertain: true });
    });

    it('gives every flood record a source title, a quote and at least one http(s) link', () => {
      for (const e of history.events) {
        expect(e.source.title.trim(), e.id).not.toBe('');
        expect(e.source.quote.trim(), e.id).not.toBe('');
        expect(e.source.urls.length, e.id).toBeGreaterThan(0);
        for (const u of e.source.urls) expect(isWebLink(u), `${e.id}: ${u}`).toBe(true);
      }
    });

    it('gives every chome record a source title', () => {
      for (const r of history.records) expect(r.sourceTitle.trim(), `line ${r.line}`).not.toBe('');
    });

    it('gives every gazetteer place a source title and an http(s) link', () => {
      for (const { line, values } of csv('gazetteer').rows) {
        expect(values.source_title?.trim(), `line ${line}`).not.toBe('');
        expect(isWebLink(values.source_url ?? ''), `line ${line}: ${values.source_url}`).toBe(true);
      }
    });

    it('names only chome that exist and events that exist in the chome records', () => {
      const eventIds = new Set(history.events.map((e) => e.id));
      for (const r of history.records) {
        expect(r.chomeCode === WARD || chomeCodes.has(r.chomeCode), `line ${r.line}`).toBe(true);
        if (r.eventId !== null) expect(eventIds.has(r.eventId), `line ${r.line}`).toBe(true);
      }
      // The parser reports and drops an unmatched row, so none may have been dropped.
      expect(history.records).toHaveLength(csv('chomeRecords').rows.length);
    });

    it('places every chome an event names in a chome that exists', () => {
      for (const [id, loc] of history.locations) {
        for (const c of [...loc.chome, ...loc.townChome]) expect(chomeCodes.has(c), id).toBe(true);
      }
    });
  });
});

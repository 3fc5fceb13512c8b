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
import { catalogDocs, documentedCatalog } from '../../src/data/catalog-docs';
import { crossCheckChome } from '../../src/data/cross-check';
import { updateReadme } from '../../src/data/data-readme';
import { recordTextProblems } from '../../src/data/assemble-history';
import { NOT_GIVEN, num } from '../../src/data/figure';
import { basinFor, factsOf } from '../../src/data/flood-history';
import { WARD } from '../../src/data/flood-model';
import { isPlaced } from '../../src/data/locate';
import { formatProblem } from '../../src/data/problems';
import { damageByChome } from '../../src/data/time-range';
import { MAX_FILE_BYTES, validateDataset } from '../../src/data/validate-dataset';
import { answerFor } from '../../src/data/place-answer';
import { describeAnswer } from '../../src/ui/describe-answer';
import { bundledAppData, bundledHistory, csv, geojson, read } from './helpers/bundled-data';

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
      expect(updateReadme(readme, documentedCatalog)).toBe(readme);
    });
  });

  describe('chome', () => {
    it('has one ward and 130 chome, each with one point (as the catalogue title says)', () => {
      expect(geojson('ward').features).toHaveLength(1);
      expect(catalogDocs.chome.title.en).toContain('130 chome');
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

    it('has 28 flood records, from SH-1742 to SH-C-2025-10, 33 chome records, 15 facts and 7 basin rows', () => {
      expect(csv('floodEvents').rows).toHaveLength(28);
      expect(history.events).toHaveLength(28);
      expect(history.events[0]?.id).toBe('SH-1742');
      expect(history.events.at(-1)?.id).toBe('SH-C-2025-10');
      expect(csv('chomeRecords').rows).toHaveLength(33);
      expect(history.records).toHaveLength(33);
      expect([...history.facts.values()].flat()).toHaveLength(15);
      expect(history.basin).toHaveLength(7);
    });

    it('has the two records of 2026-11: 2014-06-29 (official, 3 above, 2 below) and 2024-08-21 (news, no counts)', () => {
      const e2014 = history.events.find((e) => e.id === 'SH-2014-06-29');
      expect(e2014).toMatchObject({
        aboveFloor: num(3),
        belowFloor: num(2),
        unit: '件',
        figuresScope: 'ward',
      });
      expect(e2014?.source.sourceClass).toBe('official');
      const e2024 = history.events.find((e) => e.id === 'SH-2024-08-21');
      expect(e2024).toMatchObject({
        aboveFloor: NOT_GIVEN,
        belowFloor: NOT_GIVEN,
        total: NOT_GIVEN,
        figuresScope: 'none',
      });
      expect(e2024?.source.sourceClass).toBe('secondary');
      expect(history.locations.get('SH-2024-08-21')?.stations).toEqual(['大崎']);
    });

    it('shows the 1999-08-29 counts of 8 chome (7 derived + 中延六丁目), 755 in all; 中延四丁目 unknown, 中延一丁目 0', () => {
      const day = { from: 1999, to: 1999 };
      const shown = damageByChome(history.records, day, 'counts');
      const expected: Record<string, number> = {
        中延一丁目: 0,
        中延二丁目: 34,
        中延三丁目: 32,
        中延五丁目: 127,
        中延六丁目: 135,
        二葉一丁目: 142,
        二葉二丁目: 117,
        二葉三丁目: 131,
        二葉四丁目: 37,
      };
      for (const [name, value] of Object.entries(expected)) {
        expect(shown.get(codeOf(name))?.value, name).toBe(value);
      }
      expect(shown.has(codeOf('中延四丁目'))).toBe(false);
      const unknown = history.records.find(
        (r) => r.chomeCode === codeOf('中延四丁目') && r.eventId === 'SH-1999-08-29',
      );
      expect(unknown?.total).toEqual(NOT_GIVEN);
      const sum = Object.values(expected).reduce((a, b) => a + b, 0);
      expect(sum).toBe(755);
      for (const r of history.records.filter((x) => x.sourceClass === 'derived')) {
        expect(r.method?.ja, `line ${r.line}`).toBeTruthy();
        expect(r.method?.en, `line ${r.line}`).toBeTruthy();
      }
      expect(history.records.filter((r) => r.sourceClass === 'derived')).toHaveLength(9);
      expect(damageByChome(history.records, day, 'counts', true).get(WARD)?.value).toBe(2751);
    });

    it('keeps the 立会川 basin table (2,009 on 1999-08-29, 61 on 2013-07-23) beside the ward, never in its totals', () => {
      expect(
        basinFor(history, 'SH-1999-08-29').map((b) => [b.belowFloor, b.aboveFloor, b.total]),
      ).toEqual([[num(899), num(1110), num(2009)]]);
      expect(basinFor(history, 'SH-2013-07-23').map((b) => b.total)).toEqual([num(61)]);
      expect(
        history.basin.every((b) => b.scope === 'basin' && b.source.sourceClass === 'secondary'),
      ).toBe(true);
      expect(damageByChome(history.records, null, 'counts', true).get(WARD)?.value).toBe(5097);
      // The 2013 record keeps the councillor's ward figures (38 above, 24 below), labelled ward.
      expect(history.events.find((e) => e.id === 'SH-2013-07-23')).toMatchObject({
        aboveFloor: num(38),
        belowFloor: num(24),
        figuresScope: 'ward',
      });
    });

    it('no longer calls the 2,009 of 1999 Tokyo-wide: probably the basin figure, said as our inference', () => {
      const e = history.events.find((x) => x.id === 'SH-1999-08-29')!;
      for (const text of [e.text.otherDamage.en, e.text.scope.en, e.text.uncertainty.en]) {
        expect(text).not.toMatch(/Tokyo-wide figure|Tokyo \(2,009\)/);
        expect(text).toContain('our inference');
      }
      expect(e.text.otherDamage.ja).toContain('立会川流域の数と考えられる（本プロジェクトの推定）');
      const correction = factsOf(history, e.id).find((f) => f.kind === 'correction');
      expect(correction).toMatchObject({ scope: 'basin', source: { sourceClass: 'derived' } });
    });

    it('gives the depths of 1898 (六尺 ≈ 1.82 m), 1910, 1929, 1999 (83 cm), 2002 (37 cm) and 2025', () => {
      // The facts that carry a depth, as the event panel draws them (ui/describe-event.ts).
      const depth = (id: string) =>
        factsOf(history, id).flatMap(({ depth: d }) =>
          d ? [[d.minM, d.maxM, d.reference, d.asWritten]] : [],
        );
      expect(depth('SH-1898-06-04')).toEqual([[1.82, 1.82, 'ground', '浸水深は六尺']]);
      expect(depth('SH-1910-08-10')).toEqual([[0.61, null, 'floor', '床上二尺余']]);
      expect(depth('SH-1929-05-23')).toEqual([[0.61, 1.21, 'street', '浸水深は路上二~四尺']]);
      expect(depth('SH-1999-08-29')).toEqual([[0.83, 0.83, 'unstated', '浸水が83cm']]);
      expect(depth('SH-2002-08-04')).toEqual([[0.37, 0.37, 'unstated', '今回は37cm']]);
      expect(depth('SH-2025-09-11')).toEqual([[0.2, 0.2, 'floor', '床上20センチほど']]);
    });

    it('draws a depth only where it was recorded: 戸越三丁目 lists the 2025 depth at 立会川橋 (≈ 2.6 km), 東大井二丁目 draws it', () => {
      const data = bundledAppData();
      const townName = (code: string) => data.towns.townOf(code)?.name ?? null;
      const depthOf2025 = (chome: string) => {
        const a = answerFor({ kind: 'chome', code: codeOf(chome) }, data, townName);
        if (!a) throw new Error(`no answer for ${chome}`);
        return { a, d: a.depths.find((x) => x.fact.id === 'SH-2025-09-11/depth') };
      };
      // The 2025 storm is nearby for 戸越三丁目 (its places reach within 800 m), its depth is not.
      const togoshi = depthOf2025('戸越三丁目');
      expect(togoshi.a.nearby.map((x) => x.event.id)).toContain('SH-2025-09-11');
      expect(togoshi.d?.where).toMatchObject({ kind: 'far', near: '立会川橋' });
      const shown = describeAnswer(togoshi.a, 'ja', data.places.chomeName, []);
      expect(shown.depth?.caption ?? '').not.toContain('立会川橋');
      expect(shown.depthsElsewhere.join('\n')).toContain('約 2.6 km 先、立会川橋の近くの記録');
      // 東大井二丁目 holds 立会川 station, which 立会川橋 is located by: drawn there.
      const higashiOi = depthOf2025('東大井二丁目');
      expect(higashiOi.d?.where).toEqual({ kind: 'inRange' });
      expect(describeAnswer(higashiOi.a, 'ja', data.places.chomeName, []).depth?.caption).toContain(
        '立会川橋',
      );
    });

    it('gives every fact a source title, a quote with our translation, an http(s) link and a label', () => {
      for (const f of [...history.facts.values()].flat()) {
        expect(f.source.title.trim(), f.id).not.toBe('');
        expect(f.source.quote.trim(), f.id).not.toBe('');
        expect(f.source.quoteEn.trim(), f.id).not.toBe('');
        expect(f.text.ja && f.text.en, f.id).toBeTruthy();
        for (const u of f.source.urls) expect(isWebLink(u), `${f.id}: ${u}`).toBe(true);
        expect(['official', 'secondary', 'derived', 'personal']).toContain(f.source.sourceClass);
      }
    });

    it('has every shown text in Japanese and English, and a reason for each record that cannot be placed', () => {
      const problems = recordTextProblems(csv('floodEvents'), history);
      expect(problems.map((p) => formatProblem(p, 'en'))).toEqual([]);
      const unplaced = history.events.filter((e) => !isPlaced(history.locations.get(e.id)!));
      expect(unplaced.map((e) => e.id)).toEqual([
        'SH-1902-08-23',
        'SH-1931-05-16',
        'SH-1958-09-26',
        'SH-C-2002',
        'SH-2010-12-03',
        'SH-2013-07-23',
        'SH-2014-06-29',
      ]);
      for (const e of unplaced) expect(history.locations.get(e.id)?.reason?.ja, e.id).toBeTruthy();
    });

    it('places the records given by town: 1898 北品川, 品川宿 (北品川・南品川), 品川町 (5 towns), 不動前 in 2002', () => {
      const loc = (id: string) => history.locations.get(id)!;
      expect(loc('SH-1898-06-04').towns).toEqual(['北品川']);
      expect(loc('SH-1898-06-04').townChome).toHaveLength(6);
      expect(loc('SH-1742').towns).toEqual(['北品川', '南品川']);
      expect(loc('SH-1929-05-23').towns).toEqual(['北品川', '西品川', '東品川', '広町', '南品川']);
      expect(loc('SH-2002-08-04').chome).toContain(codeOf('西五反田五丁目'));
      expect([...loc('SH-1989-08').chome].sort()).toEqual(
        [codeOf('東五反田一丁目'), codeOf('東五反田二丁目')].sort(),
      );
    });

    it('derives 27 towns from the chome names, the same as the chome file says', () => {
      const towns = bundledHistory().towns;
      expect(towns.towns.size).toBe(27);
      expect(towns.towns.get('西五反田')?.codes).toHaveLength(8);
      for (const f of geojson('chome').features) {
        expect(towns.townOf(String(f.properties.key_code))?.name).toBe(f.properties.town);
      }
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

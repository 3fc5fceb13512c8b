// The record view speaks the chosen language: no English sentence from the data in Japanese or
// やさしい日本語 mode, checked on every bundled record; basin figures beside the ward's, never in
// them; depths as text. The depth and basin checks use SYNTHETIC facts and basin rows.
import { describe, expect, it } from 'vitest';
import { assembleHistory } from '../../src/data/assemble-history';
import { basinFor, factsOf, type FloodHistory } from '../../src/data/flood-history';
import type { FloodEvent } from '../../src/data/flood-model';
import type { Lang } from '../../src/i18n/i18n';
import { describeEvent, type EventDescription } from '../../src/ui/describe-event';
import { syntheticInputs } from './fixtures/synthetic-history';
import { bundledHistory } from './helpers/bundled-data';

const describeIn = (h: FloodHistory, e: FloodEvent, lang: Lang): EventDescription =>
  describeEvent(e, h.locations.get(e.id), (c) => c, lang, {
    facts: factsOf(h, e.id),
    basin: basinFor(h, e.id),
  });

/** Everything the view shows as text, except source titles and links (names, cited as written). */
function shownTexts(d: EventDescription): string[] {
  return [
    d.title,
    d.headline,
    ...d.rows.flatMap(([label, value]) => [label, value]),
    d.uncertainty,
    d.quoteTranslation,
    d.basinHeading,
    ...d.basin,
    ...d.depths.flatMap((x) => [x.text, x.where, x.note, x.source.quoteTranslation]),
    ...d.facts.flatMap((f) => [
      f.kind,
      f.scope,
      f.text,
      f.where,
      f.note,
      f.source.quoteTranslation,
    ]),
    ...d.gazetteerNotes,
  ].filter((t) => t !== '');
}

/** The English the data holds for a record: none of it may appear in Japanese mode. */
function englishOf(h: FloodHistory, e: FloodEvent): string[] {
  const t = e.text;
  return [
    e.name.en,
    t.cause.en,
    t.riversEn,
    t.placesEn,
    t.countNote.en,
    t.otherDamage.en,
    t.rainNotes.en,
    t.scope.en,
    t.uncertainty.en,
    t.unplacedReason.en,
    e.source.quoteEn,
    e.source.kind.en,
    // The compiled originals, partly in English.
    e.causeText,
    e.damageAsWritten,
    e.otherDamage,
    e.rainfallNotes,
    e.scope,
    e.uncertainty,
    ...factsOf(h, e.id).flatMap((f) => [f.text.en, f.where.en, f.note.en, f.source.quoteEn]),
  ].filter((s) => /[A-Za-z]{3,}/.test(s));
}

// Two English words in a row, e.g. "localized torrential" (a repository path like a/b is a name).
const ENGLISH_WORDS = /[A-Za-z]{3,}[\s,]+[A-Za-z]{3,}/;

describe('the record view in Japanese has no English sentence from the data (every bundled record)', () => {
  const { history } = bundledHistory();
  for (const lang of ['ja', 'ja-easy'] as const) {
    for (const e of history.events) {
      it(`${e.id} (${lang})`, () => {
        const texts = shownTexts(describeIn(history, e, lang));
        for (const text of texts) expect(text, text).not.toMatch(ENGLISH_WORDS);
        const joined = texts.join('\n');
        for (const en of englishOf(history, e)) expect(joined, en).not.toContain(en);
      });
    }
  }

  it('shows the English texts in English mode', () => {
    for (const e of history.events) {
      const joined = shownTexts(describeIn(history, e, 'en')).join('\n');
      for (const en of [e.text.cause.en, e.text.scope.en, e.text.uncertainty.en].filter(Boolean)) {
        expect(joined, `${e.id}: ${en}`).toContain(en);
      }
    }
  });
});

describe('describeEvent with facts and basin figures (synthetic)', () => {
  const base = syntheticInputs();
  const row = (values: Readonly<Record<string, string>>) => ({ line: 2, values });
  const { history } = assembleHistory({
    ...base,
    facts: {
      file: 'f.csv',
      rows: [
        row({
          fact_id: 'SYN-1999-08-29/depth',
          event_id: 'SYN-1999-08-29',
          kind: 'depth',
          scope: 'local',
          text_ja: '深さ',
          text_en: 'depth',
          where_ja: '架空町の店',
          where_en: 'a shop in the synthetic town',
          depth_min_m: '1.82',
          depth_max_m: '1.82',
          depth_reference: 'ground',
          depth_as_written: '六尺',
          source_title: '架空史（synthetic）',
          source_title_en: 'Synthetic history',
          source_url: 'https://example.org/s',
          source_kind_ja: '区史',
          source_kind_en: 'history',
          source_class: 'secondary',
          quote: '浸水深は六尺',
          quote_en: 'the flood depth was 6 shaku (translation ours)',
        }),
      ],
    },
    basin: {
      file: 'b.csv',
      rows: [
        row({
          date: '1999-08-29',
          event_ja: '集中豪雨',
          event_en: 'localized downpour',
          below_floor_buildings: '899',
          above_floor_buildings: '1110',
          total_buildings: '2009',
          total_rain_mm: '78',
          max_hourly_rain_mm: '77',
          cause_ja: '内水',
          cause_en: 'inland flooding',
          scope: '架空川流域',
          scope_en: 'synthetic basin',
          source_title: '架空川の計画',
          source_title_en: 'Synthetic plan',
          source_url: 'https://example.org/b',
          source_kind: 'plan',
          source_kind_ja: '計画',
          source_class: 'secondary',
          event_id: 'SYN-1999-08-29',
        }),
      ],
    },
  });
  const e = history.events.find((x) => x.id === 'SYN-1999-08-29')!;

  it('lists the basin figures apart, never inside the ward damage row', () => {
    const ja = describeIn(history, e, 'ja');
    const damage = ja.rows.find(([label]) => label === '浸水した建物')?.[1] ?? '';
    expect(damage).toContain('2,400');
    expect(damage).not.toContain('2,009');
    expect(damage).not.toContain('4,409');
    expect(ja.basin).toHaveLength(1);
    expect(ja.basin[0]).toContain('立会川流域');
    expect(ja.basin[0]).toContain('2,009棟');
    expect(ja.basinHeading).toContain('足したり比べたりしません');
    for (const [, value] of ja.rows) expect(value).not.toContain('2,009');
  });

  it('gives a depth as text with its wording, place and source, in each language', () => {
    const ja = describeIn(history, e, 'ja');
    expect(ja.depths).toHaveLength(1);
    expect(ja.depths[0]).toMatchObject({ minM: 1.82, maxM: 1.82, where: '架空町の店' });
    expect(ja.depths[0]?.text).toBe('浸水の深さ 約 1.8 m（資料の書き方：六尺）');
    expect(ja.depths[0]?.source.quoteTranslation).toBe('');
    const en = describeIn(history, e, 'en');
    expect(en.depths[0]?.text).toBe('flood depth about 1.8 m (as written: 六尺)');
    expect(en.depths[0]?.source.quoteTranslation).toContain('translation ours');
    expect(en.basin[0]).toContain('Tachiai River basin');
    expect(en.basin[0]).toContain('2,009 buildings in all');
  });
});

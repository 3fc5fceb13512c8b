// "Of which" lines for a single storm inside a period total, when the storm's figure is derived
// (a total without split, with its method) or unknown. SYNTHETIC ward and records.
import { describe, expect, it } from 'vitest';
import { describeHistory } from '../../src/ui/describe-history';
import { placeHistory, syntheticAppData } from './fixtures/synthetic-app-data';

const STORM = {
  event_id: 'SYN-1999-08-29',
  period_start: '1999-08-29',
  period_end: '1999-08-29',
  period_as_written: '平成11年8月29日',
  unit: '棟',
  source_title: '割合から算出（synthetic）',
  source_title_en: 'derived from shares (synthetic)',
  source_class: 'derived',
  method_ja: 'round(n/120, 3) = 0.5 となる整数 n（synthetic）',
  method_en: 'the whole number n with round(n/120, 3) = 0.5 (synthetic)',
};

const data = syntheticAppData({
  records: [
    { ...STORM, chome_as_written: '架空五丁目', total: '60', confidence: 'likely' },
    { ...STORM, chome_as_written: '架空四丁目', confidence: 'uncertain' },
  ],
});
const lines = (code: string, lang: 'ja' | 'en') =>
  describeHistory(placeHistory(data, { kind: 'chome', code }), lang).records;

describe('describeHistory: derived and unknown parts of a period total', () => {
  it('says a derived total without a split as a total, with its method and label', () => {
    const [, part] = lines('K5', 'ja');
    expect(part).toMatchObject({ partOf: true, text: 'そのうち 平成11年8月29日の大雨だけで 60棟' });
    expect(part?.method).toBe('求め方: round(n/120, 3) = 0.5 となる整数 n（synthetic）');
    expect(part?.source).toContain('本プロジェクトの計算');
    const [, en] = lines('K5', 'en');
    expect(en?.text).toBe('of which the rain of 29 Aug 1999 alone: 60 buildings');
    expect(en?.source).toContain('derived from shares (synthetic)');
    expect(en?.method).toContain('How it was computed: the whole number n');
  });

  it('says an unknown part is unknown, never zero', () => {
    const [, part] = lines('K4', 'ja');
    expect(part?.text).toBe('そのうち 平成11年8月29日の大雨の数は不明（0ではない）');
    expect(part?.text).not.toMatch(/(^|[^0-9])0棟/);
  });
});

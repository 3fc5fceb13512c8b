import { describe, expect, it } from 'vitest';
import { detectFileKind } from '../../src/desk/chome-table/file-kind';
import { decodeText } from '../../src/lib/text-encoding';
import { parseCount } from '../../src/desk/chome-table/count';
import { encodeShiftJis } from '../fixtures/chome-table/sjis';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('detectFileKind', () => {
  it('goes by the bytes, not the name', () => {
    expect(detectFileKind(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('xlsx');
    expect(detectFileKind(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe(
      'xls',
    );
    expect(detectFileKind(utf8('%PDF-1.7\n'))).toBe('pdf');
    expect(detectFileKind(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toBe('text');
    expect(detectFileKind(Uint8Array.from([0x41, 0, 0x42]))).toBe('binary');
    expect(detectFileKind(encodeShiftJis('中延１丁目,1,2\r\n'))).toBe('text');
  });
});

describe('decodeText', () => {
  it('prefers UTF-8 when the bytes are valid UTF-8, even if they are also valid Shift_JIS', () => {
    // E4 B8 AD E5 BB B6 is 中延 in UTF-8 and also decodes (to other characters) as Shift_JIS.
    expect(new TextDecoder('shift_jis', { fatal: true }).decode(utf8('中延'))).not.toBe('中延');
    expect(decodeText(utf8('中延'))).toEqual({ ok: true, text: '中延', encoding: 'utf-8' });
    expect(decodeText(utf8('a,b'))).toEqual({ ok: true, text: 'a,b', encoding: 'utf-8' });
  });

  it('reads Shift_JIS (CP932, with NEC special characters) when UTF-8 fails', () => {
    const text = '中延１丁目,①,㈱,髙\r\n';
    expect(decodeText(encodeShiftJis(text))).toEqual({ ok: true, text, encoding: 'shift_jis' });
  });

  it('drops a BOM and names it', () => {
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('区内全域')]))).toEqual({
      ok: true,
      text: '区内全域',
      encoding: 'utf-8-bom',
    });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x2d, 0x4e]))).toEqual({
      ok: true,
      text: '中',
      encoding: 'utf-16le',
    });
  });

  it('guesses nothing when neither decodes', () => {
    expect(decodeText(Uint8Array.from([0x82, 0x20]))).toEqual({ ok: false });
  });
});

describe('parseCount', () => {
  const figure = (cell: string): unknown => {
    const r = parseCount(cell);
    return r.ok ? (r.figure.kind === 'number' ? r.figure.value : r.figure.kind) : r.code;
  };

  it('reads counts as the ward writes them', () => {
    expect(figure('12')).toBe(12);
    expect(figure('１２')).toBe(12);
    expect(figure('12棟')).toBe(12);
    expect(figure(' １２ 棟 ')).toBe(12);
    expect(figure('1,234')).toBe(1234);
    expect(figure('1,234件')).toBe(1234);
    expect(figure('12.0')).toBe(12);
    expect(figure('0')).toBe(0);
    expect(parseCount('12棟')).toMatchObject({ unit: '棟' });
  });

  it('keeps empty apart from zero', () => {
    expect(figure('')).toBe('notGiven');
    expect(figure('  ')).toBe('notGiven');
    expect(figure('0')).toBe(0);
  });

  it('never turns a dash or a word into a number', () => {
    for (const cell of ['-', '－', '―', 'ー', '−', '不明', '棟', '12?', '1,23', '十二', '12 3']) {
      expect(figure(cell), cell).toBe('countNotNumber');
    }
  });

  it('reports negative and fractional counts', () => {
    expect(figure('-3')).toBe('countNegative');
    expect(figure('－３')).toBe('countNegative');
    expect(figure('▲3')).toBe('countNegative');
    expect(figure('2.5')).toBe('countFraction');
    expect(figure('２．５棟')).toBe('countFraction');
  });
});

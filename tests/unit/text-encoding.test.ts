// The one encoding rule the chome-table reader and the hazard mesh reader share
// (src/lib/text-encoding.ts): the same bytes get the same answer from both, whole or as a head.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectEncoding } from '../../src/hazard/mesh-format';
import { decodeText, sniffEncoding } from '../../src/lib/text-encoding';
import { encodeShiftJis } from '../fixtures/chome-table/sjis';

const mesh = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(join(import.meta.dirname, 'fixtures', name)));

const text = '町丁目,床上,床下\r\n中延１丁目,1,2\r\n';

describe('one encoding rule for both readers', () => {
  it.each([
    ['Shift_JIS', encodeShiftJis(text), 'shift_jis'],
    ['UTF-8', new TextEncoder().encode(text), 'utf-8'],
    [
      'UTF-8 with a BOM',
      Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]),
      'utf-8-bom',
    ],
  ] as const)('%s: the table reader and the mesh reader agree', (_name, bytes, encoding) => {
    expect(sniffEncoding(bytes)).toBe(encoding);
    expect(detectEncoding(bytes)).toBe(encoding);
    expect(decodeText(bytes)).toEqual({ ok: true, text, encoding });
  });

  it.each([
    ['hazard-mesh-sjis.synthetic.csv', 'shift_jis'],
    ['hazard-mesh-utf8bom.synthetic.csv', 'utf-8-bom'],
    ['hazard-mesh-utf8.synthetic.csv', 'utf-8'],
  ] as const)('the mesh fixture %s reads as %s in the table reader too', (name, encoding) => {
    const decoded = decodeText(mesh(name));
    expect(decoded.ok && decoded.encoding).toBe(encoding);
  });

  it('a head cut inside a character is still UTF-8; the whole file cut there is not', () => {
    const cut = new TextEncoder().encode('中延').subarray(0, 4);
    expect(sniffEncoding(cut, true)).toBe('utf-8');
    expect(sniffEncoding(cut)).toBe('shift_jis');
  });
});

import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/data/catalog';
import { checkField, expectedParams } from '../../src/data/check-field';
import { formatProblem } from '../../src/data/problems';
import type { CsvSchema, FieldSpec } from '../../src/data/schema';
import { validateCsv } from '../../src/data/validate-csv';
import { isWebUrlList, webUrl } from '../../src/data/web-url';

const spec: FieldSpec = { name: 'source_url', type: 'url', required: true };

describe('webUrl', () => {
  it('keeps absolute http and https addresses, as the browser will follow them', () => {
    expect(webUrl('https://example.org/a?b=1#c')).toBe('https://example.org/a?b=1#c');
    expect(webUrl('http://example.org')).toBe('http://example.org/');
    expect(webUrl('HTTPS://example.org/東京')).toBe('https://example.org/%E6%9D%B1%E4%BA%AC');
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '//example.org/protocol-relative',
    '/relative/path',
    'example.org',
    'https://example.org/\u202egnp.exe',
    'https://exa mple.org/',
    '',
  ])('refuses %j', (text) => {
    expect(webUrl(text)).toBeNull();
  });

  it('checks every part of a " ; " separated list', () => {
    expect(isWebUrlList('https://a.example/ ; http://b.example/x')).toBe(true);
    expect(isWebUrlList('https://a.example/ ; javascript:alert(1)')).toBe(false);
    expect(isWebUrlList('https://a.example/ ;  ; https://b.example/')).toBe(false);
  });
});

describe('the url field type', () => {
  it('accepts http(s) addresses and reports anything else as not written as expected', () => {
    expect(checkField(spec, 'https://example.org/', 'csv', true)).toBeNull();
    expect(checkField(spec, 'javascript:alert(1)', 'csv', true)).toEqual({ code: 'badPattern' });
    expect(checkField(spec, 42, 'json', true)).toEqual({ code: 'wrongType' });
    expect(checkField(spec, '', 'csv', true)).toEqual({ code: 'emptyField' });
    expect(expectedParams(spec).expected_en).toMatch(/http:\/\/ or https:\/\//);
  });

  it('is reported by the CSV validator with file, row, field and value', () => {
    const schema: CsvSchema = {
      kind: 'csv',
      columns: [{ name: 'id', type: 'string', required: true }, spec],
    };
    const text = 'id,source_url\nA,https://example.org/\nB,javascript:alert(1)\n';
    const result = validateCsv('synthetic-links.csv', text, schema);
    expect(result.rows?.map((r) => r.values.id)).toEqual(['A']);
    expect(result.problems).toEqual([
      expect.objectContaining({
        code: 'badPattern',
        file: 'synthetic-links.csv',
        row: 3,
        field: 'source_url',
        value: 'javascript:alert(1)',
      }),
    ]);
    const line = formatProblem(result.problems[0]!, 'en');
    expect(line).toContain('synthetic-links.csv');
    expect(line).toContain('source_url');
    expect(line).toContain('javascript:alert(1)');
  });

  it('is the type of every URL column in the catalogue', () => {
    const urlish = catalog.flatMap((d) =>
      (d.schema.kind === 'csv' ? d.schema.columns : d.schema.properties)
        .filter((f) => /(^|_)ur[il]$/i.test(f.name))
        .map((f) => `${d.file}:${f.name}:${f.type}`),
    );
    expect(urlish.length).toBeGreaterThan(0);
    for (const entry of urlish) expect(entry).toMatch(/:url$/);
  });
});

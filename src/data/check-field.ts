import type { FieldSpec } from './schema';
import type { ProblemCode } from './problems';
import { isWebUrlList } from './web-url';

export interface FieldIssue {
  readonly code: ProblemCode;
  readonly expected?: string;
}

const typeLabels: Record<FieldSpec['type'], { ja: string; en: string }> = {
  string: { ja: '文字列', en: 'text' },
  number: { ja: '数値', en: 'number' },
  integer: { ja: '整数', en: 'whole number' },
  flag: { ja: '"1" または空欄', en: '"1" or empty' },
  boolean: { ja: 'true / false', en: 'true / false' },
  url: {
    ja: 'http:// または https:// で始まる URL（複数は " ; " 区切り）',
    en: 'http:// or https:// URL (several separated by " ; ")',
  },
};

/** What a field expects, in both languages, for problem messages and the data README. */
export function expectedParams(spec: FieldSpec): { expected_ja: string; expected_en: string } {
  const label = spec.pattern?.expected ?? typeLabels[spec.type];
  return { expected_ja: label.ja, expected_en: label.en };
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Check one value against its spec. JSON values must already have the right JS type;
 * CSV cells are text and are checked for being parseable as that type.
 */
export function checkField(
  spec: FieldSpec,
  value: unknown,
  origin: 'json' | 'csv',
  present: boolean,
): FieldIssue | null {
  if (!present) return spec.required ? { code: 'missingField' } : null;
  if (isBlank(value)) return spec.required ? { code: 'emptyField' } : null;
  switch (spec.type) {
    case 'string':
      if (typeof value !== 'string') return { code: 'wrongType' };
      if (spec.pattern && !spec.pattern.re.test(value)) return { code: 'badPattern' };
      return null;
    case 'number':
    case 'integer': {
      const n = origin === 'csv' && typeof value === 'string' ? parseCsvNumber(value) : value;
      if (typeof n !== 'number' || !Number.isFinite(n)) return { code: 'wrongType' };
      if (spec.type === 'integer' && !Number.isInteger(n)) return { code: 'wrongType' };
      return null;
    }
    case 'flag':
      return value === '1' || value === 1 ? null : { code: 'wrongType' };
    case 'boolean':
      if (typeof value === 'boolean') return null;
      if (origin === 'csv' && (value === 'true' || value === 'false')) return null;
      return { code: 'wrongType' };
    case 'url':
      if (typeof value !== 'string') return { code: 'wrongType' };
      return isWebUrlList(value) ? null : { code: 'badPattern' };
  }
}

/** Numbers as people type them in spreadsheets: full-width digits and thousands commas allowed. */
export function parseCsvNumber(text: string): number {
  const cleaned = text
    .normalize('NFKC')
    .replace(/[,\s]/g, '')
    .trim();
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

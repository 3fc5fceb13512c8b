// Furigana written by hand into messages and tour texts: `{品川区|しながわく}` puts しながわく over
// 品川区. Readings are never guessed: only what an author wrote is shown. Pure: the parser, the
// plain text (what t(), aria-labels, titles and exports use), the checks data:check runs on tour
// files, and which languages show readings by default.
//
// Syntax, chosen to be typed in a TS string and in a spreadsheet cell without quoting:
//   {base|reading}   base: the kanji as written; reading: hiragana or katakana only
//   {name}           (ASCII word, no bar) a message placeholder, left as it is
//   \{  \}  \|  \\   a literal brace, bar or backslash
// Anything else with braces is a problem; the parser keeps such text as it is written, so nothing a
// reader should see is ever lost.
import type { Lang } from './i18n';

export interface RubySegment {
  readonly base: string;
  /** Absent for plain text. */
  readonly reading?: string;
}

export type RubyProblemKind =
  /** `{` with no `}` after it. */
  | 'unclosed'
  /** `}` with no `{` before it. */
  | 'unopened'
  /** `{漢字}`: braces with no bar (and not a placeholder). */
  | 'noBar'
  /** More than one bar, or a brace inside the braces. */
  | 'extraBar'
  | 'emptyBase'
  | 'emptyReading'
  /** The reading has something other than kana (e.g. base and reading swapped). */
  | 'readingNotKana';

export interface RubyProblem {
  readonly kind: RubyProblemKind;
  /** What was written, e.g. `{品川|}`. */
  readonly text: string;
}

export interface ParsedRuby {
  readonly segments: readonly RubySegment[];
  readonly problems: readonly RubyProblem[];
}

const PLACEHOLDER = /^\w+$/;
/** Hiragana (with ゝゞ), katakana (with ー・ヽヾ). */
const KANA = /^[\u3041-\u309f\u30a0-\u30ff]+$/;
const ESCAPABLE = new Set(['{', '}', '|', '\\']);

/** Text → plain and ruby segments, with what is wrong in it. */
export function parseRuby(text: string): ParsedRuby {
  const segments: RubySegment[] = [];
  const problems: RubyProblem[] = [];
  let plain = '';
  const flush = (): void => {
    if (plain !== '') segments.push({ base: plain });
    plain = '';
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    if (c === '\\' && ESCAPABLE.has(text[i + 1] ?? '')) {
      plain += text[i + 1];
      i += 2;
    } else if (c === '}') {
      problems.push({ kind: 'unopened', text: c });
      plain += c;
      i += 1;
    } else if (c === '{') {
      const close = findClose(text, i + 1);
      if (close < 0) {
        // Only this brace is text: a group opened after it may still be whole.
        const next = text.indexOf('{', i + 1);
        problems.push({ kind: 'unclosed', text: text.slice(i, next < 0 ? undefined : next) });
        plain += c;
        i += 1;
        continue;
      }
      const whole = text.slice(i, close + 1);
      const inner = unescape(text.slice(i + 1, close));
      const group = readGroup(inner.parts, inner.braces);
      if (group.kind === 'placeholder') plain += whole;
      else if (group.kind === 'problem') {
        problems.push({ kind: group.problem, text: whole });
        plain += whole;
      } else {
        flush();
        segments.push({ base: group.base, reading: group.reading });
      }
      i = close + 1;
    } else {
      plain += c;
      i += 1;
    }
  }
  flush();
  return { segments, problems };
}

/** Index of the `}` closing the `{` before `from` (escapes skipped), or -1. */
function findClose(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === '\\' && ESCAPABLE.has(text[j + 1] ?? '')) j += 1;
    else if (c === '}') return j;
    else if (c === '{') return -1;
  }
  return -1;
}

/** Inside of a group split at unescaped bars, escapes resolved; whether a raw brace is inside. */
function unescape(inner: string): { parts: string[]; braces: boolean } {
  const parts: string[] = [];
  let part = '';
  let braces = false;
  for (let j = 0; j < inner.length; j++) {
    const c = inner[j] as string;
    if (c === '\\' && ESCAPABLE.has(inner[j + 1] ?? '')) {
      part += inner[j + 1];
      j += 1;
    } else if (c === '|') {
      parts.push(part);
      part = '';
    } else {
      if (c === '{' || c === '}') braces = true;
      part += c;
    }
  }
  parts.push(part);
  return { parts, braces };
}

type Group =
  | { kind: 'placeholder' }
  | { kind: 'problem'; problem: RubyProblemKind }
  | { kind: 'ruby'; base: string; reading: string };

function readGroup(parts: readonly string[], braces: boolean): Group {
  if (parts.length === 1) {
    return PLACEHOLDER.test(parts[0] ?? '')
      ? { kind: 'placeholder' }
      : { kind: 'problem', problem: 'noBar' };
  }
  if (parts.length > 2 || braces) return { kind: 'problem', problem: 'extraBar' };
  const base = (parts[0] ?? '').trim();
  const reading = (parts[1] ?? '').trim();
  if (base === '') return { kind: 'problem', problem: 'emptyBase' };
  if (reading === '') return { kind: 'problem', problem: 'emptyReading' };
  if (!KANA.test(reading)) return { kind: 'problem', problem: 'readingNotKana' };
  return { kind: 'ruby', base, reading };
}

/** The text without readings: what screen readers, titles, labels and exports get. */
export function plainText(text: string): string {
  // Most texts carry no markup: no braces, no escapes.
  if (!/[{}\\]/.test(text)) return text;
  return parseRuby(text)
    .segments.map((s) => s.base)
    .join('');
}

/** A value put into marked-up text as it is (braces, bars and backslashes escaped). */
export function escapeRuby(value: string): string {
  return value.replace(/[{}|\\]/g, (c) => `\\${c}`);
}

/**
 * Readings shown by default: in やさしい日本語 (written for pupils and new residents), not in
 * standard Japanese (adult readers; a toggle or a link can turn them on), never in English.
 */
export function rubyDefault(lang: Lang): boolean {
  return lang === 'ja-easy';
}

/** Whether readings show: the user's choice (null: the language's default); never in English. */
export function rubyShown(lang: Lang, choice: boolean | null): boolean {
  return lang !== 'en' && (choice ?? rubyDefault(lang));
}

/** The choice to keep in the state: null when it is the language's default (the URL omits it). */
export function rubyChoice(lang: Lang, show: boolean): boolean | null {
  return show === rubyDefault(lang) ? null : show;
}

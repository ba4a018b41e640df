/** Compiles phrase data (JSON lists of regular-expression sources) into one global regex per list. */

/** Characters that may not touch a phrase on either side (so `thanks` does not match in `thanksgiving`). */
const WORD_BEFORE = "(?<![\\p{L}\\p{N}_'])";
const WORD_AFTER = '(?![\\p{L}\\p{N}_])';

/** A space in a pattern matches any run of whitespace, so phrases survive line wrapping. */
function spaces(source: string): string {
  return source.replace(/ /g, '\\s+');
}

/** One case-insensitive, global, Unicode regex matching any of `patterns` as whole words. */
export function compileList(patterns: readonly string[]): RegExp {
  const alternatives = patterns.map((p) => `(?:${spaces(p)})`).join('|');
  return new RegExp(`${WORD_BEFORE}(?:${alternatives})${WORD_AFTER}`, 'giu');
}

/** Like compileList, but each alternative is its own capture group so a match says which entry it came from. */
export function compileIndexed(patterns: readonly string[]): RegExp {
  const alternatives = patterns.map((p) => `(${spaces(p).replace(/\((?!\?)/g, '(?:')})`).join('|');
  return new RegExp(`${WORD_BEFORE}(?:${alternatives})${WORD_AFTER}`, 'giu');
}

/** The index of the capture group that matched (see compileIndexed). */
export function matchedIndex(match: RegExpExecArray): number {
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return i - 1;
  return -1;
}

export interface Span {
  start: number;
  end: number;
}

/** Every match of a global regex inside [from, to) of `text`, without slicing the string. */
export function findAll(re: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index >= to) break;
    if (m.index + m[0].length <= to) out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** True when [start, end) overlaps any span of a list sorted by start. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s.end <= start) lo = mid + 1;
    else if (s.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}

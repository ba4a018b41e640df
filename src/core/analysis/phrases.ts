/**
 * Compiles phrase data (JSON lists of regular-expression sources) into one global regex per list.
 * Speed matters here (a 1 MB document in well under 100 ms): the regexes carry no look-behind and
 * no `u` flag, which lets V8 scan quickly; the left word boundary is checked at each match instead.
 */

/** Letters and digits for word boundaries: ASCII, Latin-1 and Latin Extended, Greek, Cyrillic. */
const WORD_CHAR = 'A-Za-z0-9_\\u00C0-\\u024F\\u0370-\\u04FF';
const WORD_AFTER = `(?![${WORD_CHAR}])`;

/** A space in a pattern matches any run of whitespace, so phrases survive line wrapping. */
function spaces(source: string): string {
  return source.replace(/ /g, '\\s+');
}

/** True when a pattern's first character is a letter or digit (after any opening groups). */
function startsWithWordChar(pattern: string): boolean {
  return /^(?:\((?:\?:)?)*(?:[A-Za-z0-9]|\\d)/.test(pattern);
}

/**
 * Joins alternatives; those that start with a letter or digit are tried only where a word starts
 * (`\b`), which spares the engine most positions of a long text.
 */
function join(alternatives: string[], patterns: readonly string[]): string {
  // Alternatives keep their order within each group; indexed lists rely on group numbers, not order.
  const word = alternatives.filter((_, i) => startsWithWordChar(patterns[i]));
  const other = alternatives.filter((_, i) => !startsWithWordChar(patterns[i]));
  const parts = [...(word.length > 0 ? [`\\b(?:${word.join('|')})`] : []), ...other];
  return `(?:${parts.join('|')})${WORD_AFTER}`;
}

/** One case-insensitive, global regex matching any of `patterns` as whole words (with findAll). */
export function compileList(patterns: readonly string[]): RegExp {
  return new RegExp(join(patterns.map((p) => `(?:${spaces(p)})`), patterns), 'gi');
}

/**
 * Like compileList, but each entry is its own capture group so a match says which entry it came
 * from (matchedIndex). Entries are numbered by their position in `patterns`.
 */
export function compileIndexed(patterns: readonly string[]): RegExp {
  const group = (p: string) => `(${spaces(p).replace(/\((?!\?)/g, '(?:')})`;
  // Word-start entries come first under one \b; capture groups are then numbered in that order.
  const order = [...patterns.keys()].sort((a, b) => Number(startsWithWordChar(patterns[b])) - Number(startsWithWordChar(patterns[a])));
  const word = order.filter((i) => startsWithWordChar(patterns[i])).map((i) => group(patterns[i]));
  const other = order.filter((i) => !startsWithWordChar(patterns[i])).map((i) => group(patterns[i]));
  const parts = [...(word.length > 0 ? [`\\b(?:${word.join('|')})`] : []), ...other];
  const re = new RegExp(`(?:${parts.join('|')})${WORD_AFTER}`, 'gi');
  groupOrder.set(re, order);
  return re;
}

const groupOrder = new WeakMap<RegExp, number[]>();

/** The index in the data list of the entry that matched (see compileIndexed). */
export function matchedIndex(match: RegExpExecArray, re: RegExp): number {
  const order = groupOrder.get(re);
  for (let i = 1; i < match.length; i++) if (match[i] !== undefined) return order ? order[i - 1] : i - 1;
  return -1;
}

/** Windows shorter than this are searched in a copy (see findAll). */
const LOCAL_WINDOW = 4096;
/** Characters after a window that look-aheads at its end may need to see. */
const RIGHT_CONTEXT = 64;

export interface Span {
  start: number;
  end: number;
}

/** True when a phrase may start at `index`: not in the middle of a word. */
export function startsWord(text: string, index: number): boolean {
  if (index === 0) return true;
  const c = text.charCodeAt(index - 1);
  const word =
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 39 || (c >= 0xc0 && c <= 0x24f) || (c >= 0x370 && c <= 0x4ff);
  return !word;
}

/**
 * Visits each whole-word match of a global regex inside [from, to) of `text`, in order, without
 * slicing the string; `visit` returns true to stop early.
 */
export function scan(re: RegExp, text: string, from: number, to: number, visit: (m: RegExpExecArray) => boolean | void): void {
  // A short window of a long text is searched in a copy of the window: exec would otherwise run on
  // past `to` looking for the next match. One character before and some after keep the boundaries.
  if (to - from < LOCAL_WINDOW && text.length - (to - from) > LOCAL_WINDOW) {
    const offset = Math.max(0, from - 1);
    const local = text.slice(offset, Math.min(text.length, to + RIGHT_CONTEXT));
    scan(re, local, from - offset, to - offset, (m) => {
      m.index += offset;
      return visit(m);
    });
    return;
  }
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m.index >= to) break;
    if (!startsWord(text, m.index)) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const next = m.index + Math.max(1, m[0].length);
    if (m.index + m[0].length <= to && visit(m) === true) return;
    re.lastIndex = next;
  }
}

/** Every whole-word match of a global regex inside [from, to) of `text`. */
export function findAll(re: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  scan(re, text, from, to, (m) => {
    out.push(m);
  });
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

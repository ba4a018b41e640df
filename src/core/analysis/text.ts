/**
 * Paragraphs, sentences and words of the body. Sentences come from Intl.Segmenter (with a plain
 * fallback where it is missing), one paragraph at a time and only when a rule asks: segmenting is
 * the costliest step, and most of a long document never needs it. Plain ASCII paragraphs take a
 * shortcut that gives the same sentences (see isSimpleParagraph).
 */
import type { Span } from './phrases';

export type Sentence = Span;

/** Intl.Segmenter slows down sharply on very long strings, so paragraphs are fed to it in pieces of about this size. */
const CHUNK = 1000;
const HAS_LETTER = /[\p{L}\p{N}]/u;

let segmenter: Intl.Segmenter | undefined | null;
function sentenceSegmenter(): Intl.Segmenter | undefined {
  if (segmenter === undefined) {
    segmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;
  }
  return segmenter ?? undefined;
}

/** Paragraphs of [from, to): separated by blank lines, and a list item starts a new one. */
export function splitParagraphs(masked: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const paragraphBreak = /\n[^\S\n]*(?:\r?\n)+|\n(?=[^\S\n]*(?:[-*+\u2022]|\d{1,3}[.)])[^\S\n])/g;
  let at = from;
  paragraphBreak.lastIndex = from;
  for (;;) {
    const m = paragraphBreak.exec(masked);
    const end = m === null || m.index >= to ? to : m.index;
    if (end > at) out.push({ start: at, end });
    if (m === null || m.index >= to) break;
    at = m.index + m[0].length;
  }
  return out;
}

/** The trimmed sentences of one paragraph. Wrapped lines inside it belong to the same sentence. */
export function splitSentences(masked: string, paragraph: Span): Sentence[] {
  const out: Sentence[] = [];
  const joined = masked.slice(paragraph.start, paragraph.end).replace(/[\r\n]/g, ' ');
  let at = 0;
  while (at < joined.length) {
    let end = joined.length;
    if (end - at > CHUNK * 2) {
      // Cut after sentence punctuation near the chunk size, else at a space, else anywhere.
      const window = joined.slice(at + CHUNK, at + CHUNK * 2);
      const punct = /[.!?]\s/.exec(window);
      const space = window.indexOf(' ');
      end = at + CHUNK + (punct ? punct.index + 1 : space >= 0 ? space : CHUNK);
      // Never split a surrogate pair.
      if (end < joined.length && /[\uDC00-\uDFFF]/.test(joined[end]) && /[\uD800-\uDBFF]/.test(joined[end - 1])) end++;
    }
    segment(joined, at, end, paragraph.start, out);
    at = end;
  }
  return out;
}

/**
 * A plain paragraph: printable ASCII in which every run of . ! ? (with any closing quotes or
 * brackets) is followed by spaces and a capital letter, or ends the text. There Intl.Segmenter's
 * rules (UAX #29) reduce to "break after the spaces that follow each run", which `simpleSplit`
 * applies much faster. A unit test checks the two agree on such paragraphs.
 */
const SIMPLE = /^[\x20-\x7E]*$/;
const TERMINATOR_RUN = /[.!?]+["')\]}]*/g;
const GOOD_AFTER = /^(?: +[A-Z]|$)/;

export function isSimpleParagraph(text: string): boolean {
  if (!SIMPLE.test(text)) return false;
  TERMINATOR_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINATOR_RUN.exec(text)) !== null) {
    const after = m.index + m[0].length;
    if (!GOOD_AFTER.test(text.slice(after, after + 2))) return false;
  }
  return true;
}

/** Sentence pieces of a simple paragraph (see isSimpleParagraph), as [start, end) before trimming. */
export function simpleSplit(text: string): Span[] {
  const out: Span[] = [];
  let at = 0;
  TERMINATOR_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TERMINATOR_RUN.exec(text)) !== null) {
    let end = m.index + m[0].length;
    while (end < text.length && text.charCodeAt(end) === 32) end++;
    out.push({ start: at, end });
    at = end;
    TERMINATOR_RUN.lastIndex = end;
  }
  if (at < text.length) out.push({ start: at, end: text.length });
  return out;
}

function segment(joined: string, from: number, to: number, offset: number, out: Sentence[]): void {
  const piece = joined.slice(from, to);
  if (isSimpleParagraph(piece)) {
    for (const s of simpleSplit(piece)) push(piece.slice(s.start, s.end), from + s.start, offset, out);
    return;
  }
  const seg = sentenceSegmenter();
  if (seg) {
    for (const s of seg.segment(piece)) push(s.segment, from + s.index, offset, out);
    return;
  }
  const re = /[^.!?]+(?:[.!?]+["')\]]*|$)\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(piece)) !== null && m[0].length > 0) push(m[0], from + m.index, offset, out);
}

function push(s: string, localStart: number, offset: number, out: Sentence[]): void {
  if (!HAS_LETTER.test(s)) return;
  const lead = s.length - s.trimStart().length;
  out.push({ start: offset + localStart + lead, end: offset + localStart + s.trimEnd().length });
}

/** Words: runs of letters and digits (any script; emoji count too), joined by apostrophes or hyphens. No `u` flag, for speed. */
const WORD = /[A-Za-z0-9\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF]+(?:['\u2019-][A-Za-z0-9\u00C0-\u1FFF\u2070-\u2FFF\u3040-\uFFFF]+)*/g;
/** ASCII words, for looking up the (ASCII) AFINN lexicon. */
const ASCII_WORD = /[A-Za-z]+(?:'[A-Za-z]+)*/g;

/** 1 for the code units WORD treats as letters or digits, 2 for the joiners (' ’ -): a table, for the hottest loop. */
const UNIT = new Uint8Array(65536);
for (let c = 0; c < 65536; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x1fff) || (c >= 0x2070 && c <= 0x2fff) || c >= 0x3040) UNIT[c] = 1;
}
UNIT[39] = UNIT[0x2019] = UNIT[45] = 2;

/** Counts words in [from, to): the same words as WORD, by a plain loop (the hottest count on long documents). */
export function countWords(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  const end = Math.min(to, text.length);
  for (let i = Math.max(0, from); i < end; i++) {
    const u = UNIT[text.charCodeAt(i)];
    if (u === 1) {
      if (!inWord) n++;
      inWord = true;
    } else if (u === 2 && inWord && i + 1 < end && UNIT[text.charCodeAt(i + 1)] === 1) {
      // An apostrophe or hyphen between letters joins one word.
    } else inWord = false;
  }
  return n;
}

/** Calls `visit` for each word in [from, to); `ascii` restricts to ASCII-letter words. */
export function eachWord(text: string, from: number, to: number, visit: (word: string, start: number) => void, ascii = false): void {
  const re = ascii ? ASCII_WORD : WORD;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null && m.index < to) visit(m[0], m.index);
}

/** Index of the span containing `offset` in a sorted list, or -1. */
export function indexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Where the clause around `offset` starts, looking back at most 60 characters: after . ! ? ; or a line break. */
export function clauseStart(masked: string, offset: number): number {
  const limit = Math.max(0, offset - 60);
  for (let i = offset - 1; i >= limit; i--) {
    const c = masked.charCodeAt(i);
    if (c === 46 || c === 33 || c === 63 || c === 59 || c === 10) return i + 1;
  }
  return limit;
}

const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'neither', 'without', 'hardly', 'barely', 'cannot', 'nothing', 'none']);

/** True when one of the (up to) three words before `offset`, within the same sentence, negates what follows. */
export function isNegated(masked: string, offset: number, sentenceStart: number): boolean {
  const before = masked.slice(Math.max(sentenceStart, offset - 40), offset).toLowerCase();
  const words = before.match(/[a-z']+/g);
  if (!words) return false;
  for (const w of words.slice(-3)) if (NEGATORS.has(w) || w.endsWith("n't")) return true;
  return false;
}

/** Spans of quoted speech ("...") in [from, to), sorted. Only straight double quotes: curly ones are straightened by the parser. */
export function quotedSpans(masked: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  const re = /"[^"\n]{1,400}"/g;
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(masked)) !== null && m.index < to) {
    // A quotation mark that opens a line, around whole sentences, wraps the writer's own message
    // ("Thanks for the invite. I will not attend."), not someone else's words.
    const lineStart = masked.lastIndexOf('\n', m.index - 1) + 1;
    if (/^\s*$/.test(masked.slice(lineStart, m.index)) && /[.!?]\s+\S/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

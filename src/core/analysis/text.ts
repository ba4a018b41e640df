/** Sentences and words of the body, found with Intl.Segmenter (with a plain fallback where it is missing). */
import type { Span } from './phrases';

export interface Sentence extends Span {
  /** Position in the body's sentence list. */
  index: number;
}

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

/** Splits [from, to) of `masked` into trimmed sentence spans. Blank lines always end a sentence. */
export function splitSentences(masked: string, from: number, to: number): Sentence[] {
  const out: Sentence[] = [];
  const paragraphBreak = /\n[^\S\n]*(?:\r?\n)+|\n(?=\s*(?:[-*+\u2022]|\d{1,3}[.)])\s)/g;
  let at = from;
  paragraphBreak.lastIndex = from;
  for (;;) {
    const m = paragraphBreak.exec(masked);
    const end = m === null || m.index >= to ? to : m.index;
    if (end > at) paragraph(masked, at, end, out);
    if (m === null || m.index >= to) break;
    at = m.index + m[0].length;
  }
  return out;
}

function paragraph(masked: string, from: number, to: number, out: Sentence[]): void {
  // Wrapped lines inside a paragraph belong to the same sentence: feed line breaks as spaces.
  const joined = masked.slice(from, to).replace(/[\r\n]/g, ' ');
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
    segment(joined, at, end, from, out);
    at = end;
  }
}

function segment(joined: string, from: number, to: number, offset: number, out: Sentence[]): void {
  const piece = joined.slice(from, to);
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
  const start = offset + localStart + lead;
  const end = offset + localStart + s.trimEnd().length;
  out.push({ start, end, index: out.length });
}

const WORD = /[\p{L}\p{N}]+(?:['\u2019-][\p{L}\p{N}]+)*/gu;

/** Counts words in [from, to). */
export function countWords(text: string, from: number, to: number): number {
  let n = 0;
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < to) n++;
  return n;
}

/** Calls `visit` for each word in [from, to). */
export function eachWord(text: string, from: number, to: number, visit: (word: string, start: number) => void): void {
  WORD.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null && m.index < to) visit(m[0], m.index);
}

/** The sentence containing `offset`, by binary search. */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

const NEGATORS = new Set(['not', 'never', 'no', 'nor', 'neither', 'without', 'hardly', 'barely', 'cannot', 'nothing', 'none']);

/** True when one of the (up to) three words before `offset`, within the same sentence, negates what follows. */
export function isNegated(masked: string, offset: number, sentenceStart: number): boolean {
  const before = masked.slice(Math.max(sentenceStart, offset - 40), offset).toLowerCase();
  const words = before.match(/[\p{L}']+/gu);
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
  while ((m = re.exec(masked)) !== null && m.index < to) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

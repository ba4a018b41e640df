/**
 * Turns a raw removal, insertion or replacement into an edit that leaves text a person would
 * write: no doubled spaces, no ", ." or ",,", no conjunction left dangling ("Sorry again, and  for
 * the late notice."), a capital at the start of every sentence, no empty line where a sentence
 * was. Every rule's fix goes through `wellFormedEdit`; it is pure and knows nothing of the rules.
 */
import type { TextEdit } from './types';

/** Words that join a clause to the one before: left dangling when that clause goes. */
const JOINING = /^(?:and|but|or|yet|plus|also|so(?=[ \t]*,|[ \t]+(?:i|we|you|they|he|she|it|this|that|there)\b))\b/i;
/** The same words at the end of the text before a removed clause. */
const JOINING_BEFORE = /(?:^|[\s,;])(?:and|but|or|yet|plus|also|so)[ \t]*$/i;
const TERMINAL = /[.!?]/;
/** Closing quotes and brackets that may follow a sentence's end. */
const CLOSERS = /["')\]}\u201D\u2019]/;
const OPENERS = /["'(\[{\u201C\u2018*_]/;

function isSpace(c: string | undefined): boolean {
  return c === ' ' || c === '\t';
}

/** Upper-cases the first letter of `s` (after any opening quotes). */
function capitalised(s: string): string {
  const m = /^([^\p{L}\n]*)(\p{Ll})/u.exec(s);
  return m ? m[1] + m[2].toUpperCase() + s.slice(m[0].length) : s;
}

/**
 * True when a sentence starts at `at`: at the start of the text or of a paragraph, after a
 * sentence's end, or on the line after a greeting ("Hi Dana,"). A wrapped line inside a
 * sentence is not a start.
 */
export function isSentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && OPENERS.test(text[i]) && !isSpace(text[i])) i--;
  let newlines = 0;
  while (i >= 0 && /\s/.test(text[i])) {
    if (text[i] === '\n') newlines++;
    i--;
  }
  if (i < 0 || newlines >= 2) return true;
  while (i >= 0 && CLOSERS.test(text[i])) i--;
  const c = text[i];
  if (TERMINAL.test(c)) return !(c === '.' && /(?:^|\s)(?:e\.g|i\.e|etc|vs|approx|incl)\.$/i.test(text.slice(Math.max(0, i - 7), i + 1)));
  // A line ending in ":" or "," (a greeting) starts a new sentence on the next line.
  return newlines === 1 && /[,:;\-\u2014]/.test(c);
}

/** The edit, widened and adjusted so the text around it stays well formed. Edits that need nothing are returned unchanged. */
export function wellFormedEdit(text: string, edit: TextEdit): TextEdit {
  const start = Math.max(0, Math.min(edit.start, text.length));
  const end = Math.max(start, Math.min(edit.end, text.length));
  if (edit.newText === '') return start === end ? { start, end, newText: '' } : removal(text, start, end);
  if (start === end) return insertion(text, start, edit.newText);
  return replacement(text, start, end, edit.newText);
}

function replacement(text: string, start: number, end: number, newText: string): TextEdit {
  let s = start;
  let e = end;
  let out = newText;
  if (isSentenceStart(text, s)) out = capitalised(out);
  // "!!!" replaced by "." where a "." already follows, or a space where one already is.
  if (TERMINAL.test(out[out.length - 1]) && TERMINAL.test(text[e] ?? '')) out = out.slice(0, -1);
  if (isSpace(out[0]) && isSpace(text[s - 1])) out = out.trimStart();
  if (isSpace(out[out.length - 1]) && isSpace(text[e])) out = out.trimEnd();
  while (isSpace(text[s - 1]) && isSpace(text[s - 2]) && s > 0) s--;
  while (isSpace(text[e]) && isSpace(text[e + 1])) e++;
  return { start: s, end: e, newText: out };
}

/**
 * An insertion. Text ending in a line break goes in as lines of its own (at a line start);
 * otherwise it is a sentence or phrase, spaced from its neighbours and capitalised (or not) for
 * where it lands.
 */
function insertion(text: string, at: number, newText: string): TextEdit {
  if (newText.endsWith('\n')) {
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    if (/^[ \t]*$/.test(text.slice(lineStart, at))) return { start: lineStart, end: at, newText };
    const eol = text.includes('\r\n') ? '\r\n' : '\n';
    return { start: at, end: at, newText: eol + newText };
  }
  let out = newText.trim();
  let start = at;
  let end = at;
  const sentence = TERMINAL.test(out[out.length - 1]) && /^\p{Lu}/u.test(out);
  const afterComma = /,[ \t]*$/.test(text.slice(Math.max(0, at - 3), at));
  if (isSentenceStart(text, at)) out = capitalised(out);
  else if (afterComma && !/^I\b/.test(out)) out = out[0].toLowerCase() + out.slice(1);
  const before = text[at - 1];
  let contentEnd = at;
  while (contentEnd > 0 && /\s/.test(text[contentEnd - 1])) contentEnd--;
  if (sentence && !afterComma && /[\p{L}\p{N}]/u.test(text[contentEnd - 1] ?? '')) {
    // A sentence after words with no full stop ("Not interested"): end theirs first.
    start = contentEnd;
    const gap = text.slice(contentEnd, at);
    out = `.${gap}${gap === '' || !/\s$/.test(gap) ? ' ' : ''}${out}`;
  } else if (before !== undefined && !/\s/.test(before)) out = ` ${out}`;
  const after = text[at];
  if (after !== undefined && !/\s/.test(after) && !/[.,;:!?]/.test(after)) out = `${out} `;
  if (sentence) {
    // A sentence in front of a lower-case word ("so sorry Kerry..."): that word now starts a sentence.
    let next = at;
    while (isSpace(text[next])) next++;
    const c = text[next] ?? '';
    if (/\p{Ll}/u.test(c)) {
      out = `${out.trimEnd()}${text.slice(at, next) || ' '}${c.toUpperCase()}`;
      end = next + 1;
    }
  }
  // Inserted before a space that separates it from what follows: keep that one space.
  if (end === at && after !== undefined && isSpace(after) && isSpace(out[out.length - 1])) out = out.trimEnd();
  return { start, end, newText: out };
}

/** The removal of [start, end), widened over the joining comma or conjunction and the spaces, with the next sentence start re-capitalised. */
function removal(text: string, start: number, end: number): TextEdit {
  let s = start;
  let e = end;
  // Work with the content, not the spaces around it.
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (s === e) return { start, end, newText: '' };
  const removed = text.slice(s, e);
  const endedSentence = TERMINAL.test(removed.replace(/["')\]}\u201D\u2019]+$/, '').slice(-1));
  let newText = '';

  if (isSentenceStart(text, s)) {
    // A clause or sentence at a sentence start: take the joining punctuation and conjunction after it.
    let r = e;
    while (isSpace(text[r])) r++;
    if (!endedSentence && /[,;:\u2014\u2013-]/.test(text[r] ?? '')) {
      r++;
      while (isSpace(text[r])) r++;
    }
    const joining = JOINING.exec(text.slice(r, r + 12));
    if (joining) {
      r += joining[0].length;
      while (isSpace(text[r]) || text[r] === ',') r++;
    }
    if (!endedSentence && TERMINAL.test(text[r] ?? '')) {
      // Nothing of the sentence is left but its full stop: the whole sentence goes.
      while (TERMINAL.test(text[r] ?? '') || CLOSERS.test(text[r] ?? '')) r++;
      while (isSpace(text[r])) r++;
    }
    e = r;
    if (e === text.length || text[e] === '\n' || text[e] === '\r') {
      // Nothing left after it on the line: take the spaces before it too, and the line itself if it empties.
      const lineStart = text.lastIndexOf('\n', s - 1) + 1;
      while (s > lineStart && isSpace(text[s - 1])) s--;
      if (s === lineStart) return wholeLines(text, s, e);
      return { start: s, end: e, newText: '' };
    }
    const next = text.slice(e);
    const capital = capitalised(next.slice(0, 1)) !== next.slice(0, 1) ? capitalised(next.slice(0, 1)) : '';
    if (capital) {
      e++;
      newText = capital;
    }
    return { start: s, end: e, newText };
  }

  // Inside or at the end of a sentence.
  let after = e;
  while (isSpace(text[after])) after++;
  const next = text[after] ?? '';
  if (/[\p{L}\p{N}]/u.test(next)) {
    // The sentence goes on after it: close the gap to one space.
    while (s > 0 && isSpace(text[s - 1])) s--;
    const prev = text[s - 1];
    return { start: s, end: after, newText: prev === undefined || /\s/.test(prev) ? '' : ' ' };
  }
  // The clause ends its sentence or meets a comma: take the comma or conjunction that joined it.
  let l = s;
  while (l > 0 && isSpace(text[l - 1])) l--;
  const joined = JOINING_BEFORE.exec(text.slice(Math.max(0, l - 8), l));
  let tookJoin = false;
  if (joined) {
    l -= joined[0].replace(/^[\s,;]/, '').length;
    while (l > 0 && isSpace(text[l - 1])) l--;
    tookJoin = true;
  }
  // A colon or dash that introduced the clause goes with it ("I'll be honest: <clause>, and ...").
  const introduced = /[:\u2014]/.test(text[l - 1] ?? '');
  if (/[,;:\u2014]/.test(text[l - 1] ?? '')) {
    l--;
    tookJoin = true;
    while (l > 0 && isSpace(text[l - 1])) l--;
  }
  s = l;
  if (/[,;]/.test(next) && tookJoin && (joined || introduced || JOINING.test(removed))) {
    // A clause joined by "and" between two others: the comma before it goes, the one after stays.
    return { start: s, end: e, newText: '' };
  }
  if (/[,;]/.test(next) && tookJoin) {
    // A parenthetical ", sorry again," goes with both commas.
    after++;
    while (isSpace(text[after])) after++;
    return { start: s, end: after, newText: /[\p{L}\p{N}]/u.test(text[after] ?? '') ? ' ' : '' };
  }
  if (endedSentence && !TERMINAL.test(text[s - 1] ?? '') && !TERMINAL.test(next)) newText = removed.trim().replace(/^[^]*?([.!?]+["')\]}\u201D\u2019]*)$/, '$1');
  if (next === '' || next === '\n' || next === '\r') {
    // At the end of a line: drop the trailing spaces too.
    return { start: s, end: after, newText };
  }
  return { start: s, end: e, newText };
}

/** Removing [s, e) empties its line(s): take the line break too, and never leave two blank lines where one was. */
function wholeLines(text: string, s: number, e: number): TextEdit {
  let end = e;
  if (text[end] === '\r' && text[end + 1] === '\n') end += 2;
  else if (text[end] === '\n') end += 1;
  else {
    // The last line: the text now ends where the content before it ends.
    let start = s;
    while (start > 0 && /\s/.test(text[start - 1])) start--;
    return { start, end: e, newText: '' };
  }
  // A blank line above and below (or the text's start above): one of them goes.
  let above = s;
  while (above > 0 && /\s/.test(text[above - 1])) above--;
  const blankAbove = above === 0 || /\n[ \t]*\r?\n$/.test(text.slice(Math.max(0, s - 4), s));
  const below = /^[ \t]*\r?\n/.exec(text.slice(end));
  if (blankAbove && below) end += below[0].length;
  return { start: s, end, newText: '' };
}

/**
 * A fix's edits made well formed together: each widened, and removals that now touch or overlap
 * (two extra apologies side by side) joined into one and tidied again, so the edits never overlap.
 */
export function wellFormedEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (let edit of [...edits].sort((a, b) => a.start - b.start).map((e) => wellFormedEdit(text, e))) {
    // A merged removal may reach back into the edit before it: merge again until nothing collides.
    for (;;) {
      const last = out[out.length - 1];
      const removals = (last?.newText === '' || /^\p{Lu}$/u.test(last?.newText ?? '')) && (edit.newText === '' || /^\p{Lu}$/u.test(edit.newText));
      if (last === undefined || last.end < edit.start || (last.end === edit.start && !removals && last.start < last.end && edit.start < edit.end)) {
        out.push(edit);
        break;
      }
      // Removals that meet (one may have re-capitalised the start of the other) become one; any other collision: the later edit is left out.
      if (!removals) break;
      out.pop();
      edit = wellFormedEdit(text, { start: Math.min(last.start, edit.start), end: Math.max(last.end, edit.end), newText: '' });
    }
  }
  return out;
}

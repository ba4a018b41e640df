/**
 * Reads a draft as an email: finds the parts (subject, greeting, body, sign-off, signature,
 * postscripts) and blanks out what is not the writer's own new text (front matter, code, quoted
 * replies and forwarded messages, comments). Blanking keeps every offset: the analysable copy has
 * exactly the length of the input.
 */
import structure from './data/structure.json';
import { ruleIds, type RuleId } from './types';
import type { Span } from './phrases';
import { literalPhrase } from '../escapeRegExp';

export interface MessageParts {
  /** The input, unchanged. */
  text: string;
  /** Same length as `text`: ignored regions are spaces (line breaks kept), curly quotes straightened. */
  masked: string;
  subject?: Span;
  greeting?: Span;
  /** Where the message's own prose is; may be empty (start === end). */
  body: Span;
  signOff?: Span;
  /** The signature block (name, title, company, phone, links) below the sign-off; never a postscript. */
  signature?: Span;
  /**
   * What the writer added below the sign-off or signature: a "P.S." (to the end of the message),
   * or a line of their own prose after the name that is no signature line. Each span starts after
   * any "P.S." marker. The message's own text, checked like the body (see AnalysisContext).
   */
  postscripts: Span[];
  /** Rules switched off by comments in the document. */
  disabled: Set<RuleId>;
}

interface Line {
  start: number;
  /** End of the line's content, before any `\r\n` or `\n`. */
  end: number;
}

const byLength = (a: string, b: string) => b.length - a.length;

const GREETING_LINE = new RegExp(`^\\s*(?:${[...structure.greetings].sort(byLength).map(literalPhrase).join('|')})(?![\\p{L}])[^\\n]*$`, 'iu');
const GREETING_PREFIX = new RegExp(`^\\s*(?:${[...structure.greetings].sort(byLength).map(literalPhrase).join('|')})(?![\\p{L}])[^,!:\\n.?]{0,40}[,!:]`, 'iu');
const NAME_GREETING = /^\s*\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}\s*,\s*$/u;
const SIGN_OFF = new RegExp(`^\\s*(?:${[...structure.signOffs].sort(byLength).map(literalPhrase).join('|')})(?:\\s*[,.!]*\\s*(?:[-–—]\\s*)?$|\\s*,\\s*\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,2}\\s*$)`, 'iu');
const SUBJECT = /^\s*subject\s*:/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTED = /^\s{0,3}>/;
const REPLY_HEADER = /^\s*On\s.{1,200}\swrote:\s*$/;
/** An "On ... wrote:" header that a mail client wrapped over two lines. */
const REPLY_HEADER_START = /^\s*On\s.{1,200}$/;
const REPLY_HEADER_END = /^.{0,200}\swrote:\s*$/;
/** The start of a forwarded or included earlier message: everything from here down is theirs. */
const FORWARDED = /^\s*(?:-{2,}\s*(?:Original Message|Forwarded message|Forwarded Message)\s*-{2,}|Begin forwarded message:)\s*$/i;
/** An Outlook-style header of an included earlier message: "From:" then "Sent:"/"Date:" and "To:"/"Subject:" lines. */
const INCLUDED_FROM = /^\s*From:\s*\S/;
const INCLUDED_DATE = /^\s*(?:Sent|Date):\s*\S/;
const INCLUDED_TO = /^\s*(?:To|Subject|Cc):/;
const PLAIN_DIRECTIVE = /^\s*graceful-decline-disable(?![\w-])(.*)$/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const COMMENT_DIRECTIVE = /^<!--\s*graceful-decline-disable(?![\w-])([\s\S]*?)-->$/;
const INLINE_CODE = /`[^`\n]+`/g;
const SIGNATURE_SEPARATOR = /^--\s?$/;
const MARKUP_START = new Set(['`', '~', '>', 'O', 'g', '-', 'B', 'b', 'F']);

/** "P.S.", "PS:", "P.P.S.", "PPS -" opening a line, with what follows the marker. */
const POSTSCRIPT = /^\s*(?:P\.?\s?){1,3}S\b\.?\s*[:\-\u2013\u2014]?\s*/i;
/** Signature-block lines: contact details, links, handles, pronouns. */
const CONTACT = /@|https?:\/\/|\bwww\.|\b[\w-]+\.(?:com|org|net|io|co|uk|dev|me|ai)\b|\d[\d\s().\/-]{6,}\d|^\s*(?:tel|phone|mobile|cell|fax|e-?mail|web|website|linkedin|github|twitter|portfolio|[mtewp])\s*[:.]|\b(?:she|he|they)\/(?:her|him|them)\b/i;
/** Lines a mail client or an employer adds to every message: not the writer's words for this one. */
const BOILERPLATE = /\b(?:sent from my|get outlook|confidential|intended recipient|disclaimer|privileged|unsubscribe|virus|this (?:e-?mail|message) (?:and any|is|may|was))\b/i;
/**
 * Marks of a sentence someone wrote (a title or a company name has none of them): lower-case
 * function words (so "Will Hunter" or "Hope Lee" stay names), "I" before a verb, or a sentence opening.
 */
const SPEECH = /\b(?:me|my|you|your|you're|we|we're|our|us|is|was|are|were|am|will|would|could|should|can't|won't|don't|didn't|not|thanks|thank|sorry|please|hope)\b|\b(?:I'm|I've|I'd|I'll)\b|\bI\s+[a-z]|^\s*(?:Thanks|Thank you|Sorry|Please|You|Your|We|Our|My)\b/;
/** True when a line below the sign-off is the writer's own prose rather than part of the signature block. */
function isWritersLine(t: string): boolean {
  if (POSTSCRIPT.test(t)) return true;
  const words = wordCount(t);
  if (CONTACT.test(t) || BOILERPLATE.test(t) || words < 2) return false;
  return /[!?]\s*$/.test(t) || (words >= 3 && SPEECH.test(t));
}

function firstVisible(text: string, l: Line): string {
  for (let i = l.start; i < l.end; i++) {
    const c = text[i];
    if (c !== ' ' && c !== '\t') return c;
  }
  return '';
}
const NORMALISE = /[\u2018\u2019\u02BC\u201C\u201D\u00A0\u2007\u202F]/;
const NORMALISE_ALL = new RegExp(NORMALISE.source, 'g');
const NORMAL: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u02BC': "'", '\u201C': '"', '\u201D': '"' };

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      lines.push({ start, end: text.length });
      return lines;
    }
    lines.push({ start, end: nl > start && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl });
    start = nl + 1;
  }
}

/** Reads rule ids from a directive's argument text; no valid id listed and nothing else written means all rules. */
function directiveRules(args: string, into: Set<RuleId>): void {
  const words = args.split(/[\s,]+/).filter((w) => w.length > 0);
  if (words.length === 0) {
    for (const id of ruleIds) into.add(id);
    return;
  }
  for (const w of words) if ((ruleIds as readonly string[]).includes(w)) into.add(w as RuleId);
}

export function parseMessage(text: string): MessageParts {
  const disabled = new Set<RuleId>();
  const ignored: Span[] = [];
  const lines = splitLines(text);
  const lineText = (l: Line) => text.slice(l.start, l.end);

  let i = 0;
  // Front matter: a `---` (or `+++`) block at the very top.
  const first = lines.length > 0 ? lineText(lines[0]).replace(/^\uFEFF/, '') : '';
  if (first === '---' || first === '+++') {
    for (let j = 1; j < lines.length; j++) {
      const t = lineText(lines[j]).trimEnd();
      if (t === first || (first === '---' && t === '...')) {
        ignored.push({ start: 0, end: lines[j].end });
        i = j + 1;
        break;
      }
    }
  }

  /** The first non-blank line from `from` is not ">"-quoted (the earlier message is quoted without marks). */
  const unmarkedQuoteFollows = (from: number): boolean => {
    for (let j = from; j < lines.length; j++) {
      const t = lineText(lines[j]);
      if (t.trim() !== '') return !QUOTED.test(t);
    }
    return false;
  };
  /** "From:" at line `at` opens a header block with a date and a recipient or subject within the next four lines. */
  const includedHeader = (at: number): boolean => {
    const next = lines.slice(at + 1, at + 5).map(lineText);
    return next.some((t) => INCLUDED_DATE.test(t)) && next.some((t) => INCLUDED_TO.test(t));
  };
  /** Some line above `at` has text (a header block at the very top is the draft's own). */
  const writerTextBefore = (at: number): boolean => {
    for (let j = at - 1; j >= 0; j--) if (!isBlank(text, lines[j]) && !HEADER_LINE.test(lineText(lines[j]))) return true;
    return false;
  };

  let fence: string | undefined;
  let fenceStart = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    // Only lines whose first visible character is one of ` ~ > O g can be markup handled here.
    if (fence === undefined && !MARKUP_START.has(firstVisible(text, line))) continue;
    const t = lineText(line);
    if (fence !== undefined) {
      const close = FENCE.exec(t);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && t.trim() === close[1]) {
        ignored.push({ start: fenceStart, end: line.end });
        fence = undefined;
      }
      continue;
    }
    const open = FENCE.exec(t);
    if (open) {
      fence = open[1];
      fenceStart = line.start;
      continue;
    }
    if (QUOTED.test(t) || REPLY_HEADER.test(t)) {
      ignored.push({ start: line.start, end: line.end });
      // A reply header over unmarked quoted text (no ">"): the earlier message runs to the end.
      if (REPLY_HEADER.test(t) && unmarkedQuoteFollows(i + 1)) {
        ignored.push({ start: line.start, end: text.length });
        break;
      }
      continue;
    }
    if (i + 1 < lines.length && REPLY_HEADER_START.test(t) && !/[.!?]\s*$/.test(t) && REPLY_HEADER_END.test(lineText(lines[i + 1]))) {
      ignored.push({ start: line.start, end: lines[i + 1].end });
      i++;
      if (unmarkedQuoteFollows(i + 1)) {
        ignored.push({ start: line.start, end: text.length });
        break;
      }
      continue;
    }
    if ((FORWARDED.test(t) || (INCLUDED_FROM.test(t) && includedHeader(i))) && writerTextBefore(i)) {
      ignored.push({ start: line.start, end: text.length });
      break;
    }
    const directive = PLAIN_DIRECTIVE.exec(t);
    if (directive) {
      directiveRules(directive[1], disabled);
      ignored.push({ start: line.start, end: line.end });
    }
  }
  if (fence !== undefined) ignored.push({ start: fenceStart, end: text.length });

  // HTML comments (Markdown), including our directive comments; and inline code spans.
  for (const re of [HTML_COMMENT, INLINE_CODE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (re === HTML_COMMENT) {
        const d = COMMENT_DIRECTIVE.exec(m[0]);
        if (d) directiveRules(d[1], disabled);
      }
      ignored.push({ start: m.index, end: m.index + m[0].length });
    }
  }

  const masked = maskText(text, ignored);
  return { text, masked, disabled, ...findParts(masked, lines) };
}

function maskText(text: string, ignored: Span[]): string {
  let out = text;
  if (ignored.length > 0) {
    ignored.sort((a, b) => a.start - b.start);
    const pieces: string[] = [];
    let at = 0;
    for (const span of ignored) {
      const start = Math.max(span.start, at);
      if (span.end <= start) continue;
      pieces.push(text.slice(at, start), text.slice(start, span.end).replace(/[^\r\n]/g, ' '));
      at = span.end;
    }
    pieces.push(text.slice(at));
    out = pieces.join('');
  }
  // Same-length normalisation so phrase data can use plain ASCII quotes.
  return NORMALISE.test(out) ? out.replace(NORMALISE_ALL, (c) => NORMAL[c] ?? ' ') : out;
}

function isBlank(masked: string, l: Line): boolean {
  for (let i = l.start; i < l.end; i++) {
    const c = masked.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 11 && c !== 12 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}
/** How many lines from the end a "P.S." may start. */
const POSTSCRIPT_LINES = 12;
/** How many lines above the end (or the "P.S.") a sign-off may be, when all lines below it are signature lines. */
const SIGN_OFF_REACH = 14;
const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function findParts(masked: string, lines: Line[]): Omit<MessageParts, 'text' | 'masked' | 'disabled'> {
  // Only the first three and the last few non-blank lines can hold the parts found here.
  const head: Line[] = [];
  for (let i = 0; i < lines.length && head.length < 3; i++) if (!isBlank(masked, lines[i])) head.push(lines[i]);
  const tail: Line[] = [];
  const headEnd = head.length > 0 ? head[head.length - 1].start : -1;
  for (let i = lines.length - 1; i >= 0 && tail.length < SIGN_OFF_REACH + POSTSCRIPT_LINES && lines[i].start > headEnd; i--) if (!isBlank(masked, lines[i])) tail.unshift(lines[i]);
  const content = [...head, ...tail];
  const trimmed = (l: Line): Span => {
    const t = masked.slice(l.start, l.end);
    const lead = t.length - t.trimStart().length;
    return { start: l.start + lead, end: l.start + t.trimEnd().length };
  };
  const parts: Omit<MessageParts, 'text' | 'masked' | 'disabled'> = { body: { start: 0, end: 0 }, postscripts: [] };
  if (content.length === 0) return parts;

  let k = 0;
  let bodyStart = content[0].start;
  if (SUBJECT.test(masked.slice(content[0].start, content[0].end))) {
    parts.subject = trimmed(content[0]);
    k = 1;
    bodyStart = content[0].end;
  }
  if (k < content.length) {
    const l = content[k];
    const t = masked.slice(l.start, l.end);
    if ((GREETING_LINE.test(t) && wordCount(t) <= 8 && !/[.?]\s*$/.test(t)) || NAME_GREETING.test(t)) {
      parts.greeting = trimmed(l);
      k++;
      bodyStart = l.end;
    } else {
      const prefix = GREETING_PREFIX.exec(t);
      if (prefix) {
        const g = trimmed(l);
        parts.greeting = { start: g.start, end: l.start + prefix[0].length };
        bodyStart = parts.greeting.end;
      }
    }
  }

  // Sign-off and signature: look among the last few lines, never at the first body line. A "P.S."
  // below them (and what follows it) is the writer's postscript: the sign-off is looked for above it.
  const firstBody = k;
  const lineAt = (j: number) => masked.slice(content[j].start, content[j].end);
  let end = content.length;
  for (let j = content.length - 1; j > firstBody && j >= content.length - POSTSCRIPT_LINES; j--) {
    const t = lineAt(j);
    if (SIGN_OFF.test(t) || SIGNATURE_SEPARATOR.test(t)) break;
    if (POSTSCRIPT.test(t)) end = j;
  }
  const last = end - 1;
  let bodyEnd = content[last].end;
  let signOffAt = -1;
  let separatorAt = -1;
  // Usually within the last eight lines; further up only past signature lines (a long contact block).
  let onlySignature = true;
  for (let j = last; j > firstBody && j >= end - SIGN_OFF_REACH; j--) {
    const t = lineAt(j);
    if (j < end - 8 && !onlySignature) break;
    if (SIGNATURE_SEPARATOR.test(t)) {
      separatorAt = j;
      parts.signature = { start: content[j].start, end: trimmed(content[last]).end };
      bodyEnd = content[j].start;
      break;
    }
    if (SIGN_OFF.test(t)) {
      signOffAt = j;
      break;
    }
    if (wordCount(t) > 8 || isWritersLine(t)) onlySignature = false;
  }
  /** Content lines (indices) the writer added below the sign-off or signature. */
  const added: number[] = [];
  if (signOffAt >= 0) {
    parts.signOff = trimmed(content[signOffAt]);
    bodyEnd = content[signOffAt].start;
    // Below the sign-off: signature lines (name, title, contact details), and perhaps lines of the writer's own.
    const block: number[] = [];
    for (let j = signOffAt + 1; j <= last; j++) (isWritersLine(lineAt(j)) ? added : block).push(j);
    if (block.length > 0) parts.signature = { start: trimmed(content[block[0]]).start, end: trimmed(content[block[block.length - 1]]).end };
  } else if (separatorAt < 0) {
    // No sign-off: one or two short trailing lines without sentence punctuation read as a signature.
    let j = last;
    let taken = 0;
    while (j > firstBody && taken < 2) {
      const t = lineAt(j).trim();
      if (wordCount(t) > 4 || /[.?!,;:]$/.test(t) || !/^[\p{Lu}[({]/u.test(t) || isWritersLine(t)) break;
      j--;
      taken++;
    }
    if (taken > 0) {
      parts.signature = { start: trimmed(content[j + 1]).start, end: trimmed(content[last]).end };
      bodyEnd = content[j + 1].start;
    }
  }
  parts.postscripts = [];
  if (end < content.length) {
    if (parts.signOff === undefined && parts.signature === undefined) {
      // Nothing closes the message above the "P.S.": it is simply the end of the body.
      bodyEnd = content[content.length - 1].end;
    } else {
      // The "P.S." runs to the end of the message, less any contact lines after it.
      let stop = content.length - 1;
      while (stop > end && !isWritersLine(lineAt(stop)) && (CONTACT.test(lineAt(stop)) || BOILERPLATE.test(lineAt(stop)))) stop--;
      for (let j = end; j <= stop; j++) added.push(j);
    }
  }
  // Runs of consecutive added lines are one postscript each; a "P.S." marker is not part of it.
  for (let a = 0; a < added.length; ) {
    let b = a;
    while (b + 1 < added.length && added[b + 1] === added[b] + 1 && !POSTSCRIPT.test(lineAt(added[b + 1]))) b++;
    const first = content[added[a]];
    const marker = POSTSCRIPT.exec(lineAt(added[a]));
    const span = { start: marker ? first.start + marker[0].length : trimmed(first).start, end: trimmed(content[added[b]]).end };
    if (span.end > span.start) parts.postscripts.push(span);
    a = b + 1;
  }
  // Trim the body to its first and last non-space characters.
  let s = bodyStart;
  let e = Math.max(bodyStart, bodyEnd);
  while (s < e && /\s/.test(masked[s])) s++;
  while (e > s && /\s/.test(masked[e - 1])) e--;
  parts.body = { start: s, end: e };
  return parts;
}

const HEADER_LINE = /^[A-Za-z][A-Za-z0-9-]*:/;
const BLANK_LINE = /\r?\n\r?\n/;

/**
 * Where an email's header block (From, To, Date, ...) ends: at the line break before the first
 * blank line, or at the end of the text when none follows. Undefined when the text does not open
 * with a header line.
 */
export function emailHeaderEnd(text: string): number | undefined {
  if (!HEADER_LINE.test(text)) return undefined;
  const blank = text.search(BLANK_LINE);
  return blank === -1 ? text.length : blank;
}

/**
 * Blanks an email's header lines except the Subject, keeping every offset, so the analysis sees
 * the message the person wrote and fixes land after the headers, not before them. The editor
 * (`.eml` documents) and the CLI (`.eml` files) both read emails through this.
 */
export function maskEmailHeaders(text: string): string {
  const end = emailHeaderEnd(text);
  if (end === undefined) return text;
  return text.slice(0, end).replace(/^(?!subject\s*:)[^\r\n]*/gim, (line) => ' '.repeat(line.length)) + text.slice(end);
}

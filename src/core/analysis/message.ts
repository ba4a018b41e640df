/**
 * Reads a draft as an email: finds the parts (subject, greeting, body, sign-off, signature) and
 * blanks out what is not the writer's own new text (front matter, code, quoted replies, comments).
 * Blanking keeps every offset: the analysable copy has exactly the length of the input.
 */
import structure from './data/structure.json';
import { ruleIds, type RuleId } from './types';
import type { Span } from './phrases';

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
  signature?: Span;
  /** Rules switched off by comments in the document. */
  disabled: Set<RuleId>;
}

interface Line {
  start: number;
  /** End of the line's content, before any `\r\n` or `\n`. */
  end: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (a: string, b: string) => b.length - a.length;

const GREETING_LINE = new RegExp(`^\\s*(?:${[...structure.greetings].sort(byLength).map(escape).join('|')})(?![\\p{L}])[^\\n]*$`, 'iu');
const GREETING_PREFIX = new RegExp(`^\\s*(?:${[...structure.greetings].sort(byLength).map(escape).join('|')})(?![\\p{L}])[^,!:\\n.?]{0,40}[,!:]`, 'iu');
const NAME_GREETING = /^\s*\p{Lu}[\p{L}'.-]*(?:\s+\p{Lu}[\p{L}'.-]*){0,2}\s*,\s*$/u;
const SIGN_OFF = new RegExp(`^\\s*(?:${[...structure.signOffs].sort(byLength).map(escape).join('|')})(?:\\s*[,.!]*\\s*(?:[-–—]\\s*)?$|\\s*,\\s*\\p{Lu}[\\p{L}'.-]*(?:\\s+\\p{Lu}[\\p{L}'.-]*){0,2}\\s*$)`, 'iu');
const SUBJECT = /^\s*subject\s*:/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTED = /^\s{0,3}>/;
const REPLY_HEADER = /^\s*On\s.{1,200}\swrote:\s*$/;
const PLAIN_DIRECTIVE = /^\s*graceful-decline-disable(?![\w-])(.*)$/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
const COMMENT_DIRECTIVE = /^<!--\s*graceful-decline-disable(?![\w-])([\s\S]*?)-->$/;
const INLINE_CODE = /`[^`\n]+`/g;
const SIGNATURE_SEPARATOR = /^--\s?$/;
const MARKUP_START = new Set(['`', '~', '>', 'O', 'g']);

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
      continue;
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
const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

function findParts(masked: string, lines: Line[]): Omit<MessageParts, 'text' | 'masked' | 'disabled'> {
  // Only the first three and last nine non-blank lines can hold the parts found here.
  const head: Line[] = [];
  for (let i = 0; i < lines.length && head.length < 3; i++) if (!isBlank(masked, lines[i])) head.push(lines[i]);
  const tail: Line[] = [];
  const headEnd = head.length > 0 ? head[head.length - 1].start : -1;
  for (let i = lines.length - 1; i >= 0 && tail.length < 9 && lines[i].start > headEnd; i--) if (!isBlank(masked, lines[i])) tail.unshift(lines[i]);
  const content = [...head, ...tail];
  const trimmed = (l: Line): Span => {
    const t = masked.slice(l.start, l.end);
    const lead = t.length - t.trimStart().length;
    return { start: l.start + lead, end: l.start + t.trimEnd().length };
  };
  const parts: Omit<MessageParts, 'text' | 'masked' | 'disabled'> = { body: { start: 0, end: 0 } };
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

  // Sign-off and signature: look among the last few lines, never at the first body line.
  let bodyEnd = content[content.length - 1].end;
  const firstBody = k;
  let signOffAt = -1;
  for (let j = content.length - 1; j > firstBody && j >= content.length - 8; j--) {
    const t = masked.slice(content[j].start, content[j].end);
    if (SIGNATURE_SEPARATOR.test(t)) {
      parts.signature = { start: content[j].start, end: content[content.length - 1].end };
      bodyEnd = content[j].start;
      break;
    }
    if (SIGN_OFF.test(t)) {
      signOffAt = j;
      break;
    }
  }
  if (signOffAt >= 0) {
    parts.signOff = trimmed(content[signOffAt]);
    bodyEnd = content[signOffAt].start;
    if (signOffAt + 1 < content.length) {
      parts.signature = { start: trimmed(content[signOffAt + 1]).start, end: trimmed(content[content.length - 1]).end };
    }
  } else if (parts.signature === undefined) {
    // No sign-off: one or two short trailing lines without sentence punctuation read as a signature.
    let j = content.length - 1;
    let taken = 0;
    while (j > firstBody && taken < 2) {
      const t = masked.slice(content[j].start, content[j].end).trim();
      if (wordCount(t) > 4 || /[.?!,;:]$/.test(t) || !/^[\p{Lu}[({]/u.test(t)) break;
      j--;
      taken++;
    }
    if (taken > 0) {
      parts.signature = { start: trimmed(content[j + 1]).start, end: trimmed(content[content.length - 1]).end };
      bodyEnd = content[j + 1].start;
    }
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

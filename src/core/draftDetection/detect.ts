/**
 * Is this text a message in a job process, worth checking for tone? Decided from its shape (email
 * headers, a subject line, a greeting, a sign-off or a name under it, a quoted earlier message,
 * a short reply in plain sentences, prose written to someone) and its subject (interview, offer,
 * application, role, recruiter, hiring, work, days and times to meet, saying no, yes, thanks or
 * sorry), weighed against the marks of other documents (headings, code, tables, lists, links,
 * HTML, paths and identifiers, length). General features only: no word or phrase of any one
 * message. Pure, web-safe and total: any string gets a verdict with its reasons, and a huge or
 * binary one gets it at once. Word lists: vocabulary.json; greetings and sign-offs:
 * ../analysis/data/structure.json.
 */
import structure from '../analysis/data/structure.json';
import vocabulary from './vocabulary.json';
import { literalPhrase } from '../escapeRegExp';

export interface DraftVerdict {
  /** True when the text reads as a message in a job process. */
  isDraft: boolean;
  /** One sentence saying why, for a status bar tooltip or the CLI. */
  reason: string;
  /** What looks like a message: 'email headers', 'a greeting ("Hi Dana,")', 'mentions interview, role'. */
  signs: string[];
  /** What looks like another kind of document, or why the text was not read: '4 Markdown headings', 'binary'. */
  against: string[];
}

/** The sizes the test goes by (a long decline is a few thousand characters). */
export const draftLimits = {
  /** Characters, checked before anything is read. */
  maxChars: 40_000,
  /** Words of the writer's own prose (quoted replies left out). */
  maxWords: 1_500,
  /**
   * Plain prose this short is taken for a reply even without greeting or sign-off, when it says
   * something to someone: a one-line reply ("Not interested, thanks.") looks like nothing else.
   */
  shortReplyWords: 120,
  /** Plain prose up to this long, written to someone ("I" and "you") about a job, is a message too. */
  addressedProseWords: 400,
  /** So short that nothing can be told from it: taken for a reply when it is plain sentences. */
  tinyWords: 4,
  /** A reply of one line: saying no, yes or thanks is enough to make it a message. */
  oneLineWords: 12,
  /** A short reply is a few lines, not a column of one-line paragraphs. */
  shortReplyLines: 8,
  /** A reply of a line or two in which the writer asks the reader for something ("Send me the next one"). */
  askingReplyWords: 40,
  askingReplyLines: 2,
} as const;

// ---- Vocabulary -------------------------------------------------------------------------------

/**
 * Finds the entries of a word list in a list of lower-case words. An entry is a word or a phrase;
 * `word*` takes any ending. Matching walks the words once (no large regular expression over the
 * text), so a long document costs little.
 */
class TermList {
  private readonly first = new Map<string, { words: string[]; open: boolean; entry: string }[]>();
  private readonly openFirst: { prefix: string; words: string[]; entry: string }[] = [];

  constructor(entries: readonly string[]) {
    for (const entry of entries) {
      const open = entry.endsWith('*');
      const words = tokens(open ? entry.slice(0, -1) : entry);
      if (words.length === 0) continue;
      if (open && words.length === 1) this.openFirst.push({ prefix: words[0], words, entry });
      else {
        const list = this.first.get(words[0]) ?? [];
        list.push({ words, open, entry });
        this.first.set(words[0], list);
      }
    }
  }

  /** The words and phrases found, as written in the text, each once. */
  find(words: readonly string[]): string[] {
    const found = new Set<string>();
    for (let i = 0; i < words.length; i++) {
      // "role's", "company's": the word itself.
      const w = words[i].endsWith("'s") ? words[i].slice(0, -2) : words[i];
      for (const candidate of this.first.get(w) ?? []) {
        const n = candidate.words.length;
        let ok = i + n <= words.length;
        for (let k = 1; ok && k < n; k++) {
          const want = candidate.words[k];
          const got = words[i + k];
          ok = candidate.open && k === n - 1 ? got.startsWith(want) : got === want;
        }
        if (ok) found.add(words.slice(i, i + n).join(' '));
      }
      for (const { prefix } of this.openFirst) if (w.startsWith(prefix)) found.add(w);
    }
    return [...found];
  }
}

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

/**
 * Lower-case words (letters and digits, with inner apostrophes and hyphens), curly apostrophes
 * straightened. A plain loop: a regular expression run once over a long text is interpreted, slowly.
 */
function tokens(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 32;
    const inner = (c === 39 || c === 0x2019 || c === 45) && start !== -1 && i + 1 < lower.length && isWordChar(lower.charCodeAt(i + 1));
    if (isWordChar(c) || inner) {
      if (start === -1) start = i;
    } else if (start !== -1) {
      out.push(lower.slice(start, i).replace(/\u2019/g, "'"));
      start = -1;
    }
  }
  return out;
}

const JOB_TERMS = new TermList([...vocabulary.jobProcess, ...vocabulary.work]);
const ARRANGEMENTS = new TermList(vocabulary.arrangements);
const REQUESTS = new TermList(vocabulary.requests);
const REPLY_TERMS = new TermList(vocabulary.reply);

const byLength = (a: string, b: string) => b.length - a.length;
const phrases = (list: readonly string[]) => [...list].sort(byLength).map(literalPhrase).join('|');
const GREETING_WORD = new RegExp(`^(?:${phrases(structure.greetings)})(?![\\p{L}])`, 'iu');
/** "Dana," or "Ms Rivera," alone on the first line, or a name and a dash before the text ("Rich - re the transfer"). */
const NAME_GREETING = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}(?:\s*,$|\s+[-—–]\s+\S)/u;
const SIGN_OFF = new RegExp(`^(?:${phrases(structure.signOffs)})(?:\\s*[,.!]*\\s*$|\\s*,\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}\\s*$)`, 'iu');
/** "— Sam", "Sent from my phone", or the "-- " signature separator. */
const SIGNATURE = /^(?:[—–]\s?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}|sent from my\s.{1,40}|--\s?)$/iu;

/** A name alone on the last line: "Aaron", "R. Castellano", "- J. Whitfield". */
const NAME_LINE = /^(?:[-—–]\s?)?(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}'’-]*)(?:\s+(?:\p{Lu}\.|\p{Lu}\p{Ll}[\p{L}'’-]*)){0,2}$/u;
const SENTENCE_END = /[.!?…)"'”’]\s*$/;

const HEADER = /^([A-Za-z][A-Za-z0-9-]{0,40}):[ \t]?(.*)$/;
const MAIL_HEADERS = new Set(['from', 'to', 'cc', 'bcc', 'subject', 'date', 'reply-to', 'sender', 'message-id', 'mime-version', 'content-type', 'content-transfer-encoding', 'in-reply-to', 'references', 'received', 'return-path', 'delivered-to']);
const ADDRESS_HEADERS = new Set(['from', 'to', 'subject', 'date']);
const SUBJECT_LINE = /^(?:subject|re|fwd?|aw|sv)\s*:\s*\S/i;
const REPLY_QUOTE_START = /^(?:On\s.{1,200}\swrote:|-{2,}\s*(?:Original|Forwarded)\s+Message\s*-{2,}|From:\s.+)$/i;

const ATX_HEADING = /^ {0,3}#{1,6}(?:\s|$|[\p{L}\p{N}])/u;
const SETEXT_UNDERLINE = /^ {0,3}(?:={3,}|-{3,})\s*$/;
const FENCE = /^ {0,3}(?:`{3,}|~{3,})/;
const TABLE_ROW = /^\s*\|.*\|\s*$|^\s*\|?\s*:?-{3,}:?\s*\|/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+\S/;
const CODE_LIKE = /[;{}]\s*$|=>|^\s*(?:import|export|const|let|var|function|class|def|return|require\(|module\.exports|#include|public|private|if\s*\(|for\s*\()(?:\s|\(|$)/;
/** A path, an identifier or an option: `/usr/bin/editor`, `sys.path`, `LESS_CHARSET`, `--force`, `init()`. */
const TECHNICAL = /[\p{L}\p{N}][/\\_][\p{L}\p{N}]|^\.{0,2}\/\w|\p{Ll}\.\p{Ll}+\.\p{Ll}|\p{L}\(\)|::|^--?\p{Ll}{2}|\p{L}=|^\$\p{L}/u;
const INLINE_CODE = /`[^`\n]+`/g;
const LINK = /\]\([^)\s]*\)|\bhttps?:\/\/|\bwww\.\w/g;
const HTML_TAG = /<\/?[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>]*)?\/?>/g;
const SECOND_PERSON = new Set(['you', 'your', 'yours', "you're", "you've", "you'd", "you'll", 'yourself']);
const FIRST_PERSON = new Set(['i', "i'm", "i've", "i'd", "i'll", 'me', 'my', 'mine', 'myself']);

// ---- Reading the text -------------------------------------------------------------------------

interface Features {
  emailHeaders: boolean;
  subject?: string;
  greeting?: string;
  signOff?: string;
  /** A name alone on the last line, after the prose. */
  signedName?: string;
  quotedReply: boolean;
  addressed: boolean;
  /** "I", "me" or "my" somewhere in the prose: someone speaks for themselves. */
  firstPerson: boolean;
  words: number;
  /** Lines with text in the writer's own part. */
  lines: number;
  /** Lines of prose that end a sentence. */
  sentences: number;
  jobTerms: string[];
  /** Days, times and calls: a message's subject only when it speaks to someone or asks. */
  arrangements: string[];
  /** A sentence asks something: a question mark, or a request ("Send me the link", "Please call"). */
  asks: boolean;
  /** "you" or "your" somewhere in the prose. */
  secondPerson: boolean;
  replyTerms: string[];
  headings: number;
  /** The only heading is the first line: a title over a message ("# Reply to Acme"). */
  titleOnly: boolean;
  codeBlocks: number;
  codeLines: number;
  tableRows: number;
  listItems: number;
  links: number;
  inlineCode: number;
  /** Words that are paths, identifiers or options. */
  technical: number;
  htmlTags: number;
}

function isBinaryLooking(text: string): boolean {
  const sample = text.slice(0, 8192);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) odd++;
  }
  return odd > sample.length * 0.02;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** The sentence opens with a request: "Send me the link", "Please call", "Don't email". */
function isRequest(sentence: string): boolean {
  const opening = tokens(sentence).slice(0, 3);
  return REQUESTS.find(opening).some((request) => opening.slice(0, request.split(' ').length).join(' ') === request);
}

const nonEmpty = (l: string) => l.trim() !== '';
const wordsIn = (line: string) => line.trim().split(/\s+/).filter(Boolean).length;

function read(text: string): Features {
  let lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);

  // Front matter is metadata, not the message.
  if (lines[0]?.trim() === '---') {
    const close = lines.findIndex((l, i) => i > 0 && i < 80 && (l.trim() === '---' || l.trim() === '...'));
    if (close > 0) lines = lines.slice(close + 1);
  }
  while (lines.length > 0 && !nonEmpty(lines[0])) lines.shift();

  // A block of mail headers up to the first blank line, or a lone subject line.
  let emailHeaders = false;
  let subject: string | undefined;
  let headerEnd = 0;
  const known = new Set<string>();
  while (headerEnd < lines.length && nonEmpty(lines[headerEnd])) {
    const m = HEADER.exec(lines[headerEnd]);
    if (m) {
      const name = m[1].toLowerCase();
      if (MAIL_HEADERS.has(name)) known.add(name);
      if (name === 'subject') subject = m[2].trim();
    } else if (!(headerEnd > 0 && /^[ \t]/.test(lines[headerEnd]))) break;
    headerEnd++;
  }
  if (known.size >= 2 && [...known].some((h) => ADDRESS_HEADERS.has(h)) && (headerEnd === lines.length || !nonEmpty(lines[headerEnd]))) {
    emailHeaders = true;
    lines = lines.slice(headerEnd);
  } else {
    subject = undefined;
    if (lines.length > 0 && SUBJECT_LINE.test(lines[0].trim()) && wordsIn(lines[0]) <= 20) {
      subject = lines[0].trim().replace(/^subject\s*:\s*/i, '');
      lines = lines.slice(1);
    }
  }

  // An earlier message quoted below the reply is context, not the writer's own text.
  let quotedReply = false;
  const own: string[] = [];
  let started = false;
  for (const line of lines) {
    const trimmed = line.trim();
    if (started && REPLY_QUOTE_START.test(trimmed)) {
      quotedReply = true;
      break;
    }
    if (/^\s{0,3}>/.test(line)) continue;
    own.push(line);
    if (trimmed !== '') started = true;
  }
  const content = own.filter(nonEmpty).map((l) => l.trim());

  // Document marks.
  let headings = 0;
  let codeBlocks = 0;
  let codeLines = 0;
  let tableRows = 0;
  let listItems = 0;
  let inFence = false;
  let indentedRun = 0;
  let links = 0;
  let htmlTags = 0;
  let inlineCode = 0;
  for (let i = 0; i < own.length; i++) {
    const line = own[i];
    if (FENCE.test(line)) {
      if (!inFence) codeBlocks++;
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      codeLines++;
      continue;
    }
    if (/^(?: {4}|\t)\S/.test(line) && !LIST_ITEM.test(line)) {
      indentedRun++;
      if (indentedRun === 2) codeBlocks++;
    } else if (nonEmpty(line)) indentedRun = 0;
    if (ATX_HEADING.test(line)) headings++;
    else if (SETEXT_UNDERLINE.test(line) && i > 0 && nonEmpty(own[i - 1]) && !LIST_ITEM.test(own[i - 1])) headings++;
    else if (TABLE_ROW.test(line)) tableRows++;
    else if (LIST_ITEM.test(line)) listItems++;
    if (CODE_LIKE.test(line)) codeLines++;
    if (line.includes('http') || line.includes('](') || line.includes('www.')) links += count(LINK, line);
    if (line.includes('<')) htmlTags += count(HTML_TAG, line);
    if (line.includes('`')) inlineCode += count(INLINE_CODE, line);
  }

  const prose = content.join('\n');
  const firstLines = content.filter((l) => !ATX_HEADING.test(l)).slice(0, 2);
  const greetingLine = firstLines.find((l) => (GREETING_WORD.test(l) && (wordsIn(l) <= 8 || /^[^,!:.?]{0,60}[,!:]/.test(l))) || NAME_GREETING.test(l));
  const lastLines = content.slice(-4);
  const signOffLine = lastLines.find((l) => wordsIn(l) <= 6 && (SIGN_OFF.test(l) || SIGNATURE.test(l)));
  const last = content[content.length - 1];
  const signedName = signOffLine === undefined && content.length >= 2 && last !== undefined && NAME_LINE.test(last) && wordsIn(last) <= 3 ? last : undefined;
  const words = tokens([subject ?? '', prose].join('\n'));
  const you = words.filter((w) => SECOND_PERSON.has(w)).length;
  const me = words.filter((w) => FIRST_PERSON.has(w)).length;

  return {
    emailHeaders,
    subject,
    greeting: greetingLine,
    signOff: signOffLine,
    signedName,
    quotedReply,
    addressed: you > 0 && me > 0,
    firstPerson: me > 0,
    words: words.length,
    lines: content.length,
    // A reply typed on a phone may end without a full stop: a lone line longer than a tiny note
    // ("shopping: milk, eggs") is a sentence too.
    sentences: content.filter((l) => (SENTENCE_END.test(l) && wordsIn(l) >= 2) || /[.!?]\s+\S/.test(l) || (content.length === 1 && wordsIn(l) > draftLimits.tinyWords)).length,
    jobTerms: JOB_TERMS.find(words),
    arrangements: ARRANGEMENTS.find(words),
    asks: /\?(?:\s|$)/.test(prose) || prose.split(/(?<=[.!?])\s+|\n/).some(isRequest),
    secondPerson: you > 0,
    replyTerms: REPLY_TERMS.find(words),
    headings,
    titleOnly: headings === 1 && content.length > 0 && ATX_HEADING.test(content[0]),
    codeBlocks,
    codeLines,
    tableRows,
    listItems,
    links,
    inlineCode,
    technical: prose.split(/\s+/).filter((w) => w.length > 2 && !/:\/\/|@|^www\./.test(w) && TECHNICAL.test(w.replace(/^["'(“‘]+|["'),.:;!?”’]+$/g, ''))).length,
    htmlTags,
  };
}

// ---- Weighing ---------------------------------------------------------------------------------

const quote = (s: string) => `"${s.length > 40 ? `${s.slice(0, 39)}…` : s}"`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const list = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

function verdict(isDraft: boolean, signs: string[], against: string[]): DraftVerdict {
  const reason = isDraft
    ? `Looks like a message in a job process: ${list(signs)}.`
    : `Not a draft: ${list(against)}${signs.length > 0 ? ` (though it has ${list(signs)})` : ''}.`;
  return { isDraft, reason, signs, against };
}

/**
 * Decides whether `text` is a message in a job process (a decline, a reply to a recruiter, a
 * LinkedIn note...) rather than another document (a README, a changelog, notes, code). Runs in
 * well under a millisecond on a message; returns at once for a text over `draftLimits.maxChars`.
 */
export function detectDraft(text: string): DraftVerdict {
  if (typeof text !== 'string') return verdict(false, [], ['it is not text']);
  if (text.length > draftLimits.maxChars) return verdict(false, [], [`it is too long for a message (${text.length.toLocaleString('en')} characters)`]);
  if (!/\S/.test(text)) return verdict(false, [], ['it is empty']);
  if (isBinaryLooking(text)) return verdict(false, [], ['it does not look like text']);

  const f = read(text);
  const signs: string[] = [];
  const against: string[] = [];

  // Shape of a message.
  let message = 0;
  if (f.emailHeaders) {
    message += 4;
    signs.push('email headers');
  } else if (f.subject !== undefined) {
    message += 2;
    signs.push(`a subject line (${quote(f.subject)})`);
  }
  if (f.greeting !== undefined) {
    message += 2;
    signs.push(`a greeting (${quote(f.greeting)})`);
  }
  if (f.signOff !== undefined) {
    message += 2;
    signs.push(`a sign-off (${quote(f.signOff)})`);
  }
  if (f.signedName !== undefined) {
    message += 1;
    signs.push(`signed with a name (${quote(f.signedName)})`);
  }
  if (f.quotedReply) {
    message += 1;
    signs.push('a quoted earlier message');
  }
  if (f.addressed) {
    message += 1;
    signs.push('written to someone ("I" and "you")');
  }

  // Marks of another kind of document.
  let document = 0;
  // A title over a message costs nothing; a second heading makes it a document.
  const title = f.titleOnly ? 1 : 0;
  if (f.headings > 0) {
    document += f.headings >= 2 ? 2 : 1;
    against.push(plural(f.headings, 'heading'));
  }
  if (f.codeBlocks > 0 || f.codeLines >= 3) {
    document += 2;
    against.push(f.codeBlocks > 0 ? plural(f.codeBlocks, 'code block') : plural(f.codeLines, 'line of code', 'lines of code'));
  }
  if (f.inlineCode >= 2 && f.codeBlocks === 0) {
    document += 1;
    against.push(plural(f.inlineCode, 'piece of inline code', 'pieces of inline code'));
  }
  if (f.technical >= 3) {
    document += f.technical >= 8 ? 2 : 1;
    against.push(plural(f.technical, 'path or identifier', 'paths or identifiers'));
  }
  if (f.tableRows >= 2) {
    document += 2;
    against.push('a table');
  }
  if (f.listItems >= 5) {
    document += f.listItems >= 10 ? 2 : 1;
    against.push(plural(f.listItems, 'list item'));
  }
  if (f.links >= 3) {
    document += f.links >= 8 ? 3 : 2;
    against.push(plural(f.links, 'link'));
  }
  if (f.htmlTags >= 3) {
    document += 2;
    against.push(plural(f.htmlTags, 'HTML tag'));
  }
  if (f.words > draftLimits.maxWords) {
    document += 4;
    against.push(`it is long for a message (${f.words.toLocaleString('en')} words)`);
  }

  // What it is about. Days and times are a message's subject only when it speaks to someone.
  const responds = f.replyTerms.length > 0 || f.secondPerson || f.asks;
  const subject = [...f.jobTerms, ...(responds ? f.arrangements : [])];
  const topical = subject.length + f.replyTerms.length > 0;
  if (subject.length > 0) signs.push(`mentions ${list(subject.slice(0, 3))}`);
  else if (f.replyTerms.length > 0) signs.push(`says ${list(f.replyTerms.slice(0, 3).map(quote))}`);
  else against.push('nothing in it is about a job process');

  const net = message - document + title;
  const plainProse = document - title === 0 && f.sentences > 0;
  // A reply of a line or two often has no greeting or sign-off; it is still a message when it is
  // plain prose about the job, or about a day or time and answering (no, yes, thanks, sorry, a
  // question or request, "you"), or the writer saying no, yes, thanks or sorry in the first
  // person, or one line said to "you", or a line or two in which the writer asks the reader for
  // something, or so short that it can be nothing else.
  const shortReply =
    plainProse &&
    f.words <= draftLimits.shortReplyWords &&
    f.lines <= draftLimits.shortReplyLines &&
    (message > 0 ||
      f.jobTerms.length > 0 ||
      (subject.length > 0 && responds) ||
      (f.replyTerms.length > 0 && (f.firstPerson || f.words <= draftLimits.oneLineWords)) ||
      (f.secondPerson && f.lines === 1 && f.words <= draftLimits.oneLineWords) ||
      (f.firstPerson && f.asks && f.lines <= draftLimits.askingReplyLines && f.words <= draftLimits.askingReplyWords) ||
      f.words <= draftLimits.tinyWords);
  const addressedProse = plainProse && f.words <= draftLimits.addressedProseWords && f.addressed && subject.length > 0;
  const isDraft = (topical && (net >= 4 || (net >= 3 && subject.length > 0))) || shortReply || addressedProse;
  if (!isDraft) {
    if (message === 0 && document === 0) against.unshift('no greeting, sign-off or subject line');
    else if (document === 0) against.unshift("too little of a message's shape");
  }
  if (isDraft && net < 3) signs.unshift(shortReply ? 'a short reply in plain sentences' : 'plain prose written to someone about a job');
  return verdict(isDraft, signs, against);
}

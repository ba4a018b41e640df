/**
 * Reads a draft someone already wrote and finds what the message is about: who it is to and from,
 * the company, the role, a date, what the writer decided, and at most one reason that is safe to
 * keep. Every fact carries the span it came from, so the user can see where it was taken.
 * Pure and total: any string in, facts out, never a throw.
 */
import { analyze, parseMessage } from '../analysis';
import structure from '../analysis/data/structure.json';
import { findDecision, type DecisionKind } from '../analysis/decision/decision';
import { isDecisionKind } from './kinds';
import phrases from './phrases.json';

export type { DecisionKind };
export type ReasonKind = 'accepted-offer' | 'circumstances' | 'timing';

/** A value found in the draft and the UTF-16 span it was read from (end exclusive). */
export interface Fact<T = string> {
  value: T;
  start: number;
  end: number;
}

/**
 * The decision, and where it came from: `draft` when it was read from the draft's words at
 * [start, end); `chosen` when the person chose it (extractFacts' `decision` option) and the draft
 * did not say it: the span is then empty, at the start of the message.
 */
export interface DecisionFact extends Fact<DecisionKind> {
  from: 'draft' | 'chosen';
}

export interface ExtractOptions {
  /**
   * The decision the person chose. It wins over what the draft seems to say; when the draft states
   * the same kind, the fact keeps the draft's span. Anything but a decision kind is ignored.
   */
  decision?: DecisionKind;
}

export interface DraftFacts {
  recipient?: Fact;
  sender?: Fact;
  company?: Fact;
  role?: Fact;
  date?: Fact;
  decision?: DecisionFact;
  /** Kept only when it is one of the neutral kinds. */
  reason?: Fact<ReasonKind>;
}

/** The parts of a draft that a rewrite keeps as they are. */
export interface DraftFrame {
  /** Header lines at the top (From:, To:, Subject:, ...), with their line breaks; '' when none. */
  headers: string;
  /** Whether the headers include a Subject line. */
  hasSubject: boolean;
  /** Where the writer's own message starts and ends. */
  message: { start: number; end: number };
  /** An earlier message quoted below the reply, from its first line to the end; '' when none. */
  quoted: string;
}

const compile = (list: readonly string[]) => new RegExp(list.map((p) => `(?:${p})`).join('|'), 'g');
const REASONS = phrases.reasons.map((r) => ({ kind: r.kind as ReasonKind, re: compile(r.phrases) }));
const GENERIC_RECIPIENT = new RegExp(phrases.genericRecipients, 'i');
const NOT_NAMES = new Set(phrases.notNames);
const ROLE_NOUNS = phrases.roleNouns.join('|');

const HEADER_LINE = /^(?:from|to|cc|bcc|date|subject|reply-to|sent|message-id|in-reply-to|references)[ \t]*:.*(?:\r?\n|$)/i;
const QUOTE_START = /^(?:[ \t]{0,3}>|[ \t]*On\s.{1,200}\swrote:[ \t]*$|-{2,}[ \t]*(?:original message|forwarded message)[ \t]*-{2,})/im;
const PLACEHOLDER = /[[\]{}<>]|\bx{3,}\b/i;
/** A capitalised name of one to four words (company or person), allowing &, of, and, digits. */
const CAPS_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}&'+-]*(?:\.[\p{L}\p{N}]+)*|\p{N}+\p{Lu}[\p{L}\p{N}]*)`;
const CAPS_NAME = String.raw`${CAPS_WORD}(?:[ \t]+(?:&[ \t]+|of[ \t]+|and[ \t]+)?${CAPS_WORD}){0,3}`;
const COMPANY_AFTER = new RegExp(
  [
    // "the role at Acme", "everyone at Acme". One interviews or applies *for* a role and *at* a company:
    // "interview for Warehouse Team Leader" names no company.
    String.raw`\b(?:${ROLE_NOUNS}|team|offer|process|here|everyone|everybody|colleagues|staff)\s+(?:at|with|for)\s+(${CAPS_NAME})`,
    // "the offer from Acme" is the offer under discussion; "an offer from Initech" is another one.
    String.raw`\bthe\s+(?:[\p{L}-]+\s+)?offer\s+from\s+(${CAPS_NAME})`,
    // "I hope to apply to Acme again": the employer written to.
    String.raw`\b(?:apply|applying|reapply|reapplying)\s+(?:to|at|with)\s+(${CAPS_NAME})(?=\s+(?:again|in\s+(?:the\s+)?future)\b)`,
    String.raw`\b(?:interview|interviewing|application|candidacy)\s+(?:at|with)\s+(${CAPS_NAME})`,
    String.raw`\b(?:join|joining|at|with)\s+(${CAPS_NAME})(?=\s*(?:[.,!?;:]|'s\b|\s+(?:team|and|for|as|in|on|is|was|has|have|but|so|this|next|after|because|since|now|anymore|either|too|until|then)\b|$))`,
  ].join('|'),
  'gu',
);
const COMPANY_TEAM = new RegExp(String.raw`\b(?:the|your)\s+(${CAPS_NAME})\s+team\b`, 'gu');
const ROLE = new RegExp(
  String.raw`\b(?:the|your|this|for|as an?|as)\s+((?:[\p{L}\p{N}+#./&-]+[ \t]+){0,5}?[\p{L}\p{N}+#./&-]+)[ \t]+(?:${ROLE_NOUNS})\b`,
  'giu',
);
const ROLE_HEADS = phrases.roleHeads.join('|');
const ROLE_HEAD_END = new RegExp(String.raw`\b(?:${ROLE_HEADS})$`, 'i');
const NOT_ROLES = new Set(phrases.notRoles);
/** A title without "role" or "position" after it, known by its last word: "as senior project manager", "for Warehouse Team Leader", "the Product Owner process". */
const TITLE = new RegExp(
  String.raw`\b(?:as|for|become|becoming)\s+(?:an?\s+|the\s+|our\s+|your\s+)?(?:new\s+|next\s+)?((?:[\p{L}-]+[ \t]+){0,3}?(?:${ROLE_HEADS}))\b(?!['’]s\b)|\b(?:the|your|this)\s+((?:[\p{L}-]+[ \t]+){0,3}?(?:${ROLE_HEADS}))[ \t]+(?:process|interview|interviews|application|opening|vacancy|offer)\b`,
  'giu',
);
/** "the position of Junior Web Developer", "the role of site surveyor". */
const ROLE_OF = new RegExp(
  String.raw`\b(?:role|position|post|job|vacancy)\s+of\s+(?:an?\s+|the\s+)?((?:[\p{L}-]+[ \t]+){0,4}?[\p{L}-]+)(?=[ \t]*(?:[.,;:!?(\n]|$)|\s+(?:at|with|for|in|and|but|as|which|that|is|was|on|starting|from|to|here)\b)`,
  'giu',
);
const ROLE_STOP = /^(?:the|a|an|this|that|your|my|our|their|its|new|open|above|same|other|another|different|current|exciting|great|interesting|wonderful|amazing|full|job|role|position|interview|next|final|second|first|whole|entire|perfect|right|any|such|what|which|remote|full-time|part-time|permanent|temporary|temp|fixed-term|freelance|hybrid|onsite|on-site|in-person|advertised|posted|available|vacant|offered|proposed|mentioned|aforementioned|particular|specific|ideal|wrong|dream|similar|comparable|equivalent)$/i;
const DATE = new RegExp(
  String.raw`\b(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?|tomorrow)(?:\s+at\s+\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)?)?`,
  'giu',
);

/** Splits off the header block and any quoted earlier message. */
export function frameOf(text: string): DraftFrame {
  let at = 0;
  let hasSubject = false;
  const headerLines: string[] = [];
  for (;;) {
    const m = HEADER_LINE.exec(text.slice(at, at + 2000));
    if (!m || m.index !== 0) break;
    if (/^subject/i.test(m[0])) hasSubject = true;
    headerLines.push(m[0]);
    at += m[0].length;
  }
  // Headers end at the blank line after them; a lone "Subject:" line is a header too.
  const blank = /^[ \t]*\r?\n/.exec(text.slice(at));
  if (headerLines.length > 0 && blank) at += blank[0].length;
  const rest = text.slice(at);
  const q = QUOTE_START.exec(rest);
  const end = q ? at + q.index : text.length;
  return { headers: text.slice(0, at), hasSubject, message: { start: at, end }, quoted: q ? text.slice(end) : '' };
}

function firstMatch(re: RegExp, text: string, from: number, to: number): RegExpExecArray | null {
  re.lastIndex = from;
  const m = re.exec(text);
  return m && m.index < to ? m : null;
}

function trimFact(text: string, start: number, end: number): Fact | undefined {
  let s = start;
  let e = end;
  while (s < e && /[\s"'([,:;-]/.test(text[s])) s++;
  while (e > s && /[\s"'),.:;!?-]/.test(text[e - 1])) e--;
  const value = text.slice(s, e);
  if (value === '' || PLACEHOLDER.test(value)) return undefined;
  return { value, start: s, end: e };
}

/** A greeting the message parser does not take as one, such as "Hi Ms. Harlow, thank you...". */
const INLINE_GREETING = /^\s*(?:dear|hi|hello|hey|kia ora|good (?:morning|afternoon|evening))\s+[^,\n]{1,40},/i;
/** "Lena Park, NP": letters after the name are not part of it. */
const CREDENTIALS = new RegExp(phrases.credentials.pattern);

function findRecipient(text: string, parsed: { start: number; end: number } | undefined, bodyStart: number): Fact | undefined {
  const inline = parsed ? undefined : INLINE_GREETING.exec(text.slice(bodyStart, bodyStart + 200));
  const greeting = parsed ?? (inline ? { start: bodyStart + inline.index, end: bodyStart + inline.index + inline[0].length } : undefined);
  if (!greeting) return undefined;
  const line = text.slice(greeting.start, greeting.end);
  const m = /^\s*(?:dear|hi|hello|hey|hiya|greetings|kia ora|good (?:morning|afternoon|evening|day))\b[ \t]*/i.exec(line);
  const nameStart = greeting.start + (m ? m[0].length : 0);
  // The name ends at the greeting's comma: "Dear Tom,Dear Tom," names Tom.
  const comma = text.indexOf(',', nameStart);
  const fact = trimFact(text, nameStart, comma >= 0 && comma < greeting.end ? comma : greeting.end);
  // "hey jake,": a casual writer's lower-case name counts after a greeting word, as one word.
  const casual = m !== null && /^\p{Ll}[\p{L}'-]+$/u.test(fact?.value ?? '');
  if (!fact || GENERIC_RECIPIENT.test(fact.value) || fact.value.split(/\s+/).length > 4 || !(/^\p{Lu}/u.test(fact.value) || casual)) return undefined;
  return fact;
}

/** No greeting, but the first sentence ends by naming the reader: "Thanks for thinking of me, Hana!" */
const ADDRESSED = /^[^\n.!?]{1,100},[ \t]*(\p{Lu}[\p{Ll}'-]*\p{Ll})[ \t]*[!.]/u;

function addressedName(text: string, bodyStart: number): Fact | undefined {
  const m = ADDRESSED.exec(text.slice(bodyStart, bodyStart + 200));
  if (!m || NOT_NAMES.has(m[1]) || SIGN_OFF_WORDS.has(m[1].toLowerCase())) return undefined;
  const start = bodyStart + m[0].lastIndexOf(m[1]);
  return { value: m[1], start, end: start + m[1].length };
}

/** Closing words ("Best", "Thanks") are not the writer's name, wherever the parser puts them. */
const SIGN_OFF_WORDS = new Set(structure.signOffs);
const isName = (fact: Fact | undefined): fact is Fact => fact !== undefined && /^\p{Lu}/u.test(fact.value) && !SIGN_OFF_WORDS.has(fact.value.toLowerCase().replace(/[\s,.!]+$/, ''));

/** A casual writer signs in lower case ("mo"): one lower-case word is still a name. */
const casualName = (fact: Fact | undefined): fact is Fact => fact !== undefined && /^\p{Ll}[\p{L}'-]*$/u.test(fact.value) && !SIGN_OFF_WORDS.has(fact.value);

function findSender(text: string, parts: ReturnType<typeof parseMessage>): Fact | undefined {
  if (parts.signature) {
    const sig = text.slice(parts.signature.start, parts.signature.end);
    const firstLine = sig.split(/\r?\n/)[0];
    // "Best,A" run together on the signature line: the name is after the closing word.
    const comma = firstLine.indexOf(',');
    const skip = comma > 0 && SIGN_OFF_WORDS.has(firstLine.slice(0, comma).trim().toLowerCase()) ? comma + 1 : 0;
    const credential = CREDENTIALS.exec(firstLine);
    const fact = trimFact(text, parts.signature.start + skip, parts.signature.start + (credential && credential.index > skip ? credential.index : firstLine.length));
    if ((isName(fact) || casualName(fact)) && fact.value.split(/\s+/).length <= 4) return fact;
  }
  if (parts.signOff) {
    // "Best, Drew" on one line.
    const line = text.slice(parts.signOff.start, parts.signOff.end);
    const comma = line.indexOf(',');
    if (comma > 0) {
      const fact = trimFact(text, parts.signOff.start + comma + 1, parts.signOff.end);
      // Not a sentence run into the sign-off ("Best,I decline.Sam"): a name has no "I", "the"...
      if (isName(fact) && !fact.value.split(/[\s.]+/).some((w) => FUNCTION_WORD.test(w))) return fact;
    }
  }
  const body = text.slice(parts.body.start, parts.body.end);
  // "- mo" on the last line: a dash marks a signature, in any case.
  const dashed = /(?:^|\n)[ \t]*(?:--?|–|—|~)[ \t]*(\p{L}(?:[\p{L}'-]*\p{L})?(?:[ \t]+\p{L}(?:[\p{L}'-]*\p{L})?){0,2})[ \t]*$/u.exec(body);
  // "Thanks for everything. Jess": one capitalised word after the last sentence.
  const trailing = /[.!?][ \t]+(\p{Lu}(?:[\p{Ll}'-]*\p{Ll})?)[ \t]*$/u.exec(body);
  for (const m of [dashed, trailing]) {
    if (!m) continue;
    const start = parts.body.start + m.index + m[0].lastIndexOf(m[1]);
    const fact = { value: m[1], start, end: start + m[1].length };
    if ((isName(fact) || casualName(fact)) && !fact.value.split(/\s+/).some((w) => NOT_NAMES.has(w) || FUNCTION_WORD.test(w))) return fact;
  }
  return undefined;
}

/** Whether `value` is read back as the sender from under a closing: what a rewrite puts there must read the same again. */
function signsAs(value: string): boolean {
  const probe = parseMessage(`Hi,\n\nThank you.\n\nBest regards,\n${value}\n`);
  return findSender(probe.masked, probe)?.value === value;
}

/** `avoid`: where the draft names the employer whose offer the writer accepted, which is not the company they write to. */
function findCompany(text: string, from: number, to: number, avoid?: { start: number; end: number }): Fact | undefined {
  for (const re of [COMPANY_AFTER, COMPANY_TEAM]) {
    re.lastIndex = from;
    for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
      const value = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
      if (value === undefined) continue;
      const words = value.split(/\s+/).filter((w) => !NOT_NAMES.has(w));
      if (words.length === 0 || NOT_NAMES.has(value.split(/\s+/)[0])) continue;
      // "the job offer for Brand Manager": a title, not an employer.
      if (ROLE_HEAD_END.test(value)) continue;
      const start = m.index + m[0].lastIndexOf(value);
      if (avoid && start >= avoid.start && start < avoid.end) continue;
      const fact = trimFact(text, start, start + value.length);
      if (fact && fact.end <= to) return fact;
    }
  }
  return undefined;
}

const FUNCTION_WORD = /^(?:i|me|you|we|he|she|they|because|since|got|get|have|has|had|am|is|are|was|were|be|been|not|so|but|if|than|then|just|also|really|very|or|and|any|every|no|some|such|which|what|it|its|to|in|on|at|with|from|by|this|that|these|those|the|a|an|your|my|our|their)$/i;

/** A capitalised title before "interview", "role" or "application" at the start of a subject line. */
function subjectTitle(line: string): Fact | undefined {
  const m = /^((?:\p{Lu}[\p{L}-]*[ \t]+){0,4}?\p{Lu}[\p{L}-]*)[ \t]+(?:interview|role|position|application|offer|vacancy|opening)\b/iu.exec(line);
  if (!m || !/^\p{Lu}/u.test(m[1])) return undefined;
  const words = m[1].split(/\s+/);
  if (words.some((w) => FUNCTION_WORD.test(w) || ROLE_STOP.test(w) || NOT_NAMES.has(w))) return undefined;
  return trimFact(line, 0, m[1].length);
}

/** "and" inside a capitalised title: "Monitoring and Evaluation Officer". */
function titleAnd(words: readonly string[], i: number): boolean {
  return words[i].toLowerCase() === 'and' && i > 0 && i < words.length - 1 && words.every((w, k) => k === i || /^\p{Lu}/u.test(w));
}

/** Words before "as ..." that make it the writer's own work: "working as an engineer", "two years as an editor". */
const OWN_WORK = /\b(?:worked|working|years?|months?|experience|career|background|employed|trained|qualified|licensed|spent|stint)\b[^.!?\n]{0,25}$/i;

function findRole(text: string, from: number, to: number, company: Fact | undefined): Fact | undefined {
  ROLE.lastIndex = from;
  // A rejected match is retried from its next character: "for considering me for the X role".
  for (let m = ROLE.exec(text); m && m.index < to; ROLE.lastIndex = m.index + 1, m = ROLE.exec(text)) {
    let group = m[1];
    let groupStart = m.index + m[0].indexOf(group);
    // "looking for a fully remote role": a kind of role wanted, not the one on offer.
    if (/^for\s+an?\s/i.test(m[0])) continue;
    // "two years as a production editor": the writer's own work, not the role on offer.
    if (/^as\b/i.test(m[0]) && OWN_WORK.test(text.slice(Math.max(from, m.index - 40), m.index))) continue;
    // Drop leading words that describe rather than name the role ("the", "exciting", "open").
    let own = false;
    for (let lead = /^(\S+)\s+/.exec(group); lead && ROLE_STOP.test(lead[1]); lead = /^(\S+)\s+/.exec(group)) {
      // "for my first nursing job": the writer's own job, not the one on offer.
      own ||= /^my$/i.test(lead[1]);
      groupStart += lead[0].length;
      group = group.slice(lead[0].length);
    }
    if (own) continue;
    const words = group.split(/\s+/);
    if (ROLE_STOP.test(group) || words.some((w, i) => FUNCTION_WORD.test(w) && !titleAnd(words, i))) continue;
    if (company && group === company.value) continue;
    const fact = trimFact(text, groupStart, groupStart + group.length);
    if (fact) return fact;
  }
  ROLE_OF.lastIndex = from;
  for (let m = ROLE_OF.exec(text); m && m.index < to; ROLE_OF.lastIndex = m.index + 1, m = ROLE_OF.exec(text)) {
    const words = m[1].split(/\s+/);
    if (words.some((w, i) => FUNCTION_WORD.test(w) && !titleAnd(words, i)) || ROLE_STOP.test(words[0])) continue;
    const start = m.index + m[0].lastIndexOf(m[1]);
    const fact = trimFact(text, start, start + m[1].length);
    if (fact && fact.end <= to) return fact;
  }
  TITLE.lastIndex = from;
  for (let m = TITLE.exec(text); m && m.index < to; TITLE.lastIndex = m.index + 1, m = TITLE.exec(text)) {
    const group = m[1] ?? m[2];
    if (/^as\b/i.test(m[0]) && OWN_WORK.test(text.slice(Math.max(from, m.index - 40), m.index))) continue;
    const words = group.split(/\s+/);
    if (NOT_ROLES.has(group.toLowerCase()) || words.some((w) => FUNCTION_WORD.test(w) || ROLE_STOP.test(w))) continue;
    const start = m.index + m[0].indexOf(group);
    const fact = trimFact(text, start, start + extendTitle(text, start, start + group.length, to) - start);
    if (fact && fact.end <= to) return fact;
  }
  return undefined;
}

/**
 * A title goes on past its first head word while the next one to three words end in another head,
 * written in the same case: "Associate Software Engineer", "nurse practitioner" (not "Associate").
 */
function extendTitle(text: string, start: number, end: number, to: number): number {
  const capitalised = /^\p{Lu}/u.test(text.slice(start, end));
  const next = /^((?:[ \t]+[\p{L}-]+){1,3})/u.exec(text.slice(end, Math.min(to, end + 60)));
  if (!next) return end;
  const words = next[1].trim().split(/[ \t]+/);
  for (let n = words.length; n > 0; n--) {
    const part = words.slice(0, n);
    const sameCase = part.every((w) => (capitalised ? /^\p{Lu}/u.test(w) : /^\p{Ll}/u.test(w)));
    if (!sameCase || part.some((w) => FUNCTION_WORD.test(w) || ROLE_STOP.test(w)) || !ROLE_HEAD_END.test(part[n - 1])) continue;
    return end + next[1].indexOf(part[n - 1]) + part[n - 1].length;
  }
  return end;
}

function findKind<K extends string>(lower: string, from: number, to: number, table: readonly { kind: K; re: RegExp }[]): Fact<K> | undefined {
  for (const { kind, re } of table) {
    const m = firstMatch(re, lower, from, to);
    if (m) return { value: kind, start: m.index, end: Math.min(to, m.index + m[0].length) };
  }
  return undefined;
}

function clauseEnd(text: string, from: number, to: number): number {
  const m = /[.!?;,\n]/.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

/** "your stupid job": words the tone checker flags are an opinion of the job, not its title. */
function plainTitle(role: string): boolean {
  return !analyze(`Thank you for the offer of the ${role} role.`, { disabledRules: ['missing-gratitude', 'over-explaining', 'excessive-apology', 'unclear-decision', 'unfilled-placeholder'] }).some((f) => f.ruleId === 'negative-tone');
}

/** The facts a careful reader would keep from `text`; `options.decision`, the person's own choice, wins over the draft's reading. */
export function extractFacts(text: string, options: ExtractOptions = {}): DraftFacts {
  const source = typeof text === 'string' ? text : '';
  const wanted = options?.decision;
  const chosen = isDecisionKind(wanted) ? wanted : undefined;
  const frame = frameOf(source);
  const offset = frame.message.start;
  const parts = parseMessage(source.slice(offset, frame.message.end));
  const masked = parts.masked;
  const lower = masked.toLowerCase();
  const { start: bodyStart, end: bodyEnd } = parts.body;
  const found: DraftFacts = {
    recipient: findRecipient(masked, parts.greeting, parts.body.start) ?? (parts.greeting ? undefined : addressedName(masked, parts.body.start)),
    sender: ((sender) => (sender && signsAs(sender.value) ? sender : undefined))(findSender(masked, parts)),
    date: (() => {
      const m = firstMatch(DATE, masked, bodyStart, bodyEnd);
      return m ? trimFact(masked, m.index, m.index + m[0].length) : undefined;
    })(),
    decision: ((read) => (read ? { ...read, from: 'draft' as const } : undefined))(findDecision(masked, bodyStart, bodyEnd)),
  };
  // The employer named where the writer says they accepted elsewhere is the other one: "accepted an offer at Initech".
  const elsewhere = found.decision?.value === 'accepted-elsewhere' ? { start: found.decision.start, end: clauseEnd(masked, found.decision.end, bodyEnd) } : undefined;
  found.company = findCompany(masked, bodyStart, bodyEnd, elsewhere);
  found.role = ((role) => (role && plainTitle(role.value) ? role : undefined))(findRole(masked, bodyStart, bodyEnd, found.company));
  found.reason = found.decision?.value === 'accepted-elsewhere' ? { value: 'accepted-offer', start: found.decision.start, end: found.decision.end } : findKind(lower, bodyStart, bodyEnd, REASONS);
  // Spans point into the whole text; values are read from it, not from the masked copy.
  const facts: DraftFacts = {};
  for (const [key, fact] of Object.entries(found) as [keyof DraftFacts, Fact<string> | undefined][]) {
    if (!fact) continue;
    const start = fact.start + offset;
    const end = fact.end + offset;
    const value = key === 'decision' || key === 'reason' ? fact.value : source.slice(start, end);
    (facts as Record<string, Fact<string>>)[key] = { ...fact, value, start, end };
  }
  // A role named only in the subject line ("Subject: Data Analyst interview").
  if (!facts.role) {
    const subject = /^(subject[ \t]*:[ \t]*(?:(?:re|fwd?|aw)[ \t]*:[ \t]*)*)([^\n]*)/im.exec(source.slice(0, offset));
    if (subject) {
      const at = subject.index + subject[1].length;
      const line = source.slice(at, at + subject[2].length);
      const found = findRole(line, 0, line.length, undefined) ?? subjectTitle(line);
      if (found) facts.role = { value: found.value, start: found.start + at, end: found.end + at };
    }
  }
  // A decision stated only in the subject line ("Subject: Withdrawing my application") still counts.
  if (!facts.decision) {
    const subject = /^subject[ \t]*:([^\n]*)/im.exec(source.slice(0, offset)) ?? (parts.subject ? { index: parts.subject.start + offset, 0: source.slice(parts.subject.start + offset, parts.subject.end + offset) } : null);
    const read = subject ? findDecision(source.replace(/[\u2018\u2019]/g, "'"), subject.index, subject.index + subject[0].length) : undefined;
    if (read) facts.decision = { ...read, from: 'draft' };
  }
  if (!facts.decision) delete facts.decision;
  return choose(facts, chosen, offset + bodyStart);
}

/** The person's choice over what the draft says; `at` is where the writer's message starts (the empty span of a chosen decision). */
function choose(read: DraftFacts, chosen: DecisionKind | undefined, at: number): DraftFacts {
  if (!chosen) return read;
  const facts: DraftFacts = read.decision?.value === chosen ? { ...read } : { ...read, decision: { value: chosen, start: at, end: at, from: 'chosen' } };
  // "Decline", chosen over a draft that mentions another offer: the person chose not to say so (also
  // when the draft read as a decline too, so that rewriting the rewrite with the same choice changes nothing).
  if (chosen !== 'accepted-elsewhere' && facts.reason?.value === 'accepted-offer') delete facts.reason;
  return facts;
}

/**
 * The facts extractFacts(text) returned, with the decision the person chose (as extractFacts(text,
 * { decision }) would give) without reading the draft again: Rewrite Politely reads once, asks, and
 * passes the facts on.
 */
export function withChosenDecision(text: string, read: DraftFacts, decision: unknown): DraftFacts {
  const source = typeof text === 'string' ? text : '';
  const chosen = isDecisionKind(decision) ? decision : undefined;
  if (!chosen) return read;
  const frame = frameOf(source);
  const parts = parseMessage(source.slice(frame.message.start, frame.message.end));
  return choose(read, chosen, frame.message.start + parts.body.start);
}

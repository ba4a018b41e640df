/**
 * The phrase-level facts the rules and metrics share: real thanks, apologies, reasons,
 * statements of intent. Each is computed once per draft (AnalysisContext.once).
 */
import apologyData from './data/apology.json';
import decisionData from './data/decision.json';
import explaining from './data/explaining.json';
import gratitudeData from './data/gratitude.json';
import reasonData from './data/reasons.json';
import type { AnalysisContext } from './context';
import { compileIndexed, findAll, matchedIndex, scan, type Span } from './phrases';
import { compilePhrase, phraseAlternation, phraseList } from './phraseSyntax';
import { clauseStart, isNegated, type Sentence } from './text';

const THANKS = phraseList(gratitudeData.thanks);
const NOT_THANKS = phraseList([...gratitudeData.notThanks, ...gratitudeData.sarcasticThanks]);
const SARCASTIC_THANKS = phraseList(gratitudeData.sarcasticThanks);
const APOLOGY = phraseList(apologyData.apologies);
const NOT_APOLOGY = phraseList(apologyData.notApologies);
const DEFENSIVE = phraseList(apologyData.defensive);
const HEDGE = phraseList(decisionData.hedges);
const MIXED = phraseList(decisionData.mixed);
const INTENT_KINDS = ['decline', 'reschedule', 'alternative', 'otherRole', 'stayInTouch', 'thanksReply'] as const;
export type IntentKind = (typeof INTENT_KINDS)[number];
const INTENT = INTENT_KINDS.map((kind) => ({ kind, re: phraseList(decisionData[kind]) }));
const DECISION_NEGATORS = new Set(decisionData.negators);

/** How far around a match an excluding phrase ("thanks for nothing", "no need to apologise") can reach. */
const EXCLUSION_REACH = 80;

/** True when a match of `exclude` near `s` overlaps it. Searched locally: exclusions are rare, matches are few. */
function excluded(ctx: AnalysisContext, exclude: RegExp, s: Span): boolean {
  const from = Math.max(0, s.start - EXCLUSION_REACH);
  const to = Math.min(ctx.masked.length, s.end + EXCLUSION_REACH);
  return findAll(exclude, ctx.masked, from, to).some((m) => m.index < s.end && s.start < m.index + m[0].length);
}

/** Matches of `re` in `span`, minus quoted speech and anything an `exclude` match overlaps; at most `limit`. */
function matches(ctx: AnalysisContext, re: RegExp, span: Span, exclude?: RegExp, limit = Infinity): Span[] {
  const out: Span[] = [];
  scan(re, ctx.masked, span.start, span.end, (m) => {
    const s = toSpan(m);
    if (ctx.inQuote(s.start, s.end) || (exclude && excluded(ctx, exclude, s))) return false;
    out.push(s);
    return out.length >= limit;
  });
  return out;
}

const toSpan = (m: RegExpExecArray): Span => ({ start: m.index, end: m.index + m[0].length });

/** Real expressions of thanks anywhere in the prose (subject, greeting, body, sign-off). */
export function thanks(ctx: AnalysisContext): Span[] {
  return ctx.once('thanks', () => matches(ctx, THANKS, ctx.prose, NOT_THANKS));
}

/** Whether the prose thanks the reader at all (stops at the first real thanks). */
export function hasThanks(ctx: AnalysisContext): boolean {
  return ctx.once('hasThanks', () => matches(ctx, THANKS, ctx.prose, NOT_THANKS, 1).length > 0);
}

/** Thanks said sarcastically in the body ("thanks for nothing", "thanks but no thanks"): where real thanks would go. */
export function sarcasticThanks(ctx: AnalysisContext): Span[] {
  return ctx.once('sarcasticThanks', () => matches(ctx, SARCASTIC_THANKS, ctx.body));
}

/** Apologies in the prose, not counting "no need to apologise" and the like. */
export function apologies(ctx: AnalysisContext): Span[] {
  return ctx.once('apologies', () => matches(ctx, APOLOGY, ctx.prose, NOT_APOLOGY));
}

/** Defensive wording in the body. */
export function defensive(ctx: AnalysisContext): Span[] {
  return ctx.once('defensive', () => matches(ctx, DEFENSIVE, ctx.body));
}

/** What each reason is about (data/reasons.json categories), one regex per category. */
const CATEGORY_NAMES = Object.keys(reasonData.categories);
/** One regex for every category's cues, each cue its own group (one pass over the body, not one per category). */
const CATEGORY_CUES = Object.entries(reasonData.categories).flatMap(([about, entries]) => entries.map((e) => ({ about, p: compilePhrase(e.phrase) })));
const CATEGORY_RE = compileIndexed(CATEGORY_CUES.map((c) => c.p));
/** Sentences that thank or wish well: their words ("the team", "your process") are not reasons. */
const STACKER = phraseList(reasonData.stackers);
export const WARM_SENTENCE = new RegExp(`\\b${phraseAlternation(explaining.warmSentence, { oneSpace: true })}`, 'i');

export interface Reason {
  about: string;
  sentence: Sentence;
  span: Span;
}

/**
 * The reasons the body gives, one per subject (another offer, location, pay, hours, family,
 * health, fit, the role, studies, their side, current job), in order of first mention.
 */
export function reasons(ctx: AnalysisContext): Reason[] {
  return ctx.once('reasons', () => {
    const out: Reason[] = [];
    const seen = new Set<string>();
    for (const m of findAll(CATEGORY_RE, ctx.masked, ctx.body.start, ctx.body.end)) {
      if (seen.size === CATEGORY_NAMES.length) break;
      const about = CATEGORY_CUES[matchedIndex(m, CATEGORY_RE)]?.about;
      if (about === undefined || seen.has(about) || ctx.inQuote(m.index, m.index + m[0].length)) continue;
      const sentence = ctx.sentenceAt(m.index);
      const text = sentence ? ctx.masked.slice(sentence.start, sentence.end) : '';
      if (!sentence || WARM_SENTENCE.test(text) || text.trimEnd().endsWith('?')) continue;
      seen.add(about);
      out.push({ about, sentence, span: toSpan(m) });
    }
    out.sort((a, b) => a.span.start - b.span.start);
    // Two subjects in one phrase ("focus on my current role") are one reason; a list separates them.
    return out.filter((r, i) => {
      const prev = out[i - 1];
      if (!prev || prev.sentence.start !== r.sentence.start) return true;
      return LIST_SEPARATOR.test(ctx.masked.slice(prev.span.end, r.span.start));
    });
  });
}
/** A comma or semicolon (characters), or a joining word of explaining.json's listSeparator. */
const LIST_SEPARATOR = new RegExp(`[,;]|\\b${phraseAlternation(explaining.listSeparator, { oneSpace: true })}\\b`, 'i');

/** Reasons given: one per subject, and one more when a single reason is stacked with "plus", "in addition"... */
export function reasonCount(ctx: AnalysisContext): number {
  return ctx.once('reasonCount', () => {
    const given = reasons(ctx);
    if (given.length !== 1) return given.length;
    const s = given[0].sentence;
    return matches(ctx, STACKER, s, undefined, 1).length > 0 ? 2 : 1;
  });
}

export interface Intent extends Span {
  kind: IntentKind;
  /** The sentence also hedges ("maybe", "I think I might"). */
  hedged: boolean;
}

function negatedIntent(ctx: AnalysisContext, offset: number): boolean {
  const from = clauseStart(ctx.masked, offset);
  if (isNegated(ctx.masked, offset, from)) return true;
  const before = ctx.masked.slice(Math.max(from, offset - 30), offset).toLowerCase().match(/[a-z']+/g) ?? [];
  return before.slice(-3).some((w) => DECISION_NEGATORS.has(w));
}

export interface IntentSearch {
  /** The first statement of intent, in text order, that is neither negated nor hedged. */
  clear?: Intent;
  /** The first hedged one, when there is no clear one. */
  firstHedged?: Intent;
}

/**
 * Looks for a clear statement of intent of the given kinds (decline, reschedule, ...) in the body.
 * Stops at the first clear one: checking a statement for hedging means finding (segmenting) its
 * sentence, and one clear statement is all the rules need.
 */
export function findIntent(ctx: AnalysisContext, kinds: readonly IntentKind[]): IntentSearch {
  return ctx.once(`intent:${kinds.join(',')}`, () => {
    if (kinds.length === 1) return firstIntentOfKind(ctx, kinds[0]);
    const candidates = INTENT.filter(({ kind }) => kinds.includes(kind)).flatMap(({ kind, re }) => matches(ctx, re, ctx.body).map((m) => ({ ...m, kind })));
    candidates.sort((a, b) => a.start - b.start);
    const result: IntentSearch = {};
    for (const c of candidates) {
      if (negatedIntent(ctx, c.start)) continue;
      const sentence = ctx.sentenceAt(c.start);
      const hedged = sentence !== undefined && matches(ctx, HEDGE, sentence, undefined, 1).length > 0;
      if (!hedged) return { clear: { ...c, hedged } };
      result.firstHedged ??= { ...c, hedged };
    }
    return result;
  });
}

/** findIntent for one kind: reads the matches in order and stops at the first clear one. */
function firstIntentOfKind(ctx: AnalysisContext, kind: IntentKind): IntentSearch {
  const re = INTENT.find((i) => i.kind === kind)?.re;
  const result: IntentSearch = {};
  if (!re) return result;
  scan(re, ctx.masked, ctx.body.start, ctx.body.end, (m) => {
    const c = { ...toSpan(m), kind };
    if (ctx.inQuote(c.start, c.end) || negatedIntent(ctx, c.start)) return false;
    const sentence = ctx.sentenceAt(c.start);
    const hedged = sentence !== undefined && matches(ctx, HEDGE, sentence, undefined, 1).length > 0;
    if (!hedged) {
      result.clear = { ...c, hedged };
      return true;
    }
    result.firstHedged ??= { ...c, hedged };
    return false;
  });
  return result.clear ? { clear: result.clear } : result;
}

export const allIntentKinds: readonly IntentKind[] = INTENT_KINDS;

/** Requests to stay in the running for this same role. */
export function mixedSignals(ctx: AnalysisContext): Span[] {
  return ctx.once('mixed', () =>
    matches(ctx, MIXED, ctx.body).filter((m) => {
      return !negatedIntent(ctx, m.start);
    }),
  );
}

/** True when hedge `h` is about the writer's own next step: "I think I might pass", not "you might want to". */
function ownHedge(ctx: AnalysisContext, h: Span): boolean {
  const sentence = ctx.sentenceAt(h.start);
  if (!sentence) return false;
  const text = ctx.masked.slice(sentence.start, sentence.end);
  if (/^kind of you|^sort of you/i.test(ctx.masked.slice(h.start, h.end + 4))) return false;
  // Not the writer's decision: "you might want to", "kind of you", a hope for "the future", a rhetorical "not sure what you expected".
  return !/\b(?:you|they|it) (?:might|may)\b|\bin (?:the )?future\b|\bnot sure (?:what|why|how|who) (?:you|they)\b|\bprobably (?:better|best|easier)\b/i.test(text);
}

/** The first undecided wording in the body ("maybe", "I'm not sure yet", "let me think"), if any. */
export function undecidedMarker(ctx: AnalysisContext): Span | undefined {
  return ctx.once('undecided', () => {
    for (const h of matches(ctx, HEDGE, ctx.body)) if (ownHedge(ctx, h)) return h;
    return undefined;
  });
}

/** Every undecided wording about the writer's own next step in the body (at most 8). */
export function hedges(ctx: AnalysisContext): Span[] {
  return ctx.once('hedges', () => matches(ctx, HEDGE, ctx.body, undefined, 16).filter((h) => ownHedge(ctx, h)).slice(0, 8));
}

const INVITATION = phraseList(decisionData.invitation);

/** Whether the message answers an invitation, an offer or a recruiter's message (in the prose). */
export function answersInvitation(ctx: AnalysisContext): boolean {
  return ctx.once('invitation', () => matches(ctx, INVITATION, ctx.prose, undefined, 1).length > 0);
}

const REJECTION = phraseList(decisionData.rejection);

/** Whether the message answers their rejection (the decision was theirs): in the prose, quoted rejections included. */
export function repliesToRejection(ctx: AnalysisContext): boolean {
  return ctx.once('rejection', () => findAll(REJECTION, ctx.masked, ctx.prose.start, ctx.prose.end).length > 0);
}

const ACCEPTANCE = phraseList(decisionData.acceptance);

/** Whether the body accepts an offer or confirms the next step: a message that is not a decline. */
export function acceptance(ctx: AnalysisContext): boolean {
  return ctx.once('acceptance', () => matches(ctx, ACCEPTANCE, ctx.body).some((m) => !negatedIntent(ctx, m.start)));
}



/**
 * The phrase-level facts the rules and metrics share: real thanks, apologies, reasons,
 * statements of intent. Each is computed once per draft (AnalysisContext.once).
 */
import apologyData from './data/apology.json';
import decisionData from './data/decision.json';
import gratitudeData from './data/gratitude.json';
import reasonData from './data/reasons.json';
import type { AnalysisContext } from './context';
import { compileList, findAll, overlapsAny, type Span } from './phrases';
import { clauseStart, isNegated, type Sentence } from './text';

const THANKS = compileList(gratitudeData.thanks);
const NOT_THANKS = compileList(gratitudeData.notThanks);
const APOLOGY = compileList(apologyData.apologies);
const NOT_APOLOGY = compileList(apologyData.notApologies);
const DEFENSIVE = compileList(apologyData.defensive);
const REASON = compileList(reasonData.reasons);
const STACKER = compileList(reasonData.stackers);
const HEDGE = compileList(decisionData.hedges);
const MIXED = compileList(decisionData.mixed);
const INTENT_KINDS = ['decline', 'reschedule', 'alternative', 'otherRole', 'stayInTouch', 'thanksReply'] as const;
export type IntentKind = (typeof INTENT_KINDS)[number];
const INTENT = INTENT_KINDS.map((kind) => ({ kind, re: compileList(decisionData[kind]) }));
const DECISION_NEGATORS = new Set(decisionData.negators);

/** Matches of `re` in the writer's prose, minus quoted speech and anything overlapping `exclude` matches. */
function matches(ctx: AnalysisContext, re: RegExp, span: Span, exclude?: RegExp): Span[] {
  const excluded = exclude ? findAll(exclude, ctx.masked, span.start, span.end).map(toSpan) : [];
  const out: Span[] = [];
  for (const m of findAll(re, ctx.masked, span.start, span.end)) {
    const s = toSpan(m);
    if (ctx.inQuote(s.start, s.end) || overlapsAny(excluded, s.start, s.end)) continue;
    out.push(s);
  }
  return out;
}

const toSpan = (m: RegExpExecArray): Span => ({ start: m.index, end: m.index + m[0].length });

/** Real expressions of thanks anywhere in the prose (subject, greeting, body, sign-off). */
export function thanks(ctx: AnalysisContext): Span[] {
  return ctx.once('thanks', () => matches(ctx, THANKS, ctx.prose, NOT_THANKS));
}

/** Apologies in the prose, not counting "no need to apologise" and the like. */
export function apologies(ctx: AnalysisContext): Span[] {
  return ctx.once('apologies', () => matches(ctx, APOLOGY, ctx.prose, NOT_APOLOGY));
}

/** Defensive wording in the body. */
export function defensive(ctx: AnalysisContext): Span[] {
  return ctx.once('defensive', () => matches(ctx, DEFENSIVE, ctx.body));
}

export interface ReasonSentence {
  sentence: Sentence;
  /** Reasons this sentence adds: 1, plus one for each word that stacks another reason on it. */
  units: number;
}

/** Body sentences that give a reason or justification, in order. */
export function reasons(ctx: AnalysisContext): ReasonSentence[] {
  return ctx.once('reasons', () => {
    const bySentence = new Map<number, ReasonSentence>();
    for (const s of matches(ctx, REASON, ctx.body)) {
      const sentence = ctx.sentenceAt(s.start);
      if (sentence && !bySentence.has(sentence.start)) bySentence.set(sentence.start, { sentence, units: 1 });
    }
    for (const s of matches(ctx, STACKER, ctx.body)) {
      const r = bySentence.get(ctx.sentenceAt(s.start)?.start ?? -1);
      if (r) r.units++;
    }
    return [...bySentence.values()].sort((a, b) => a.sentence.start - b.sentence.start);
  });
}

export function reasonCount(ctx: AnalysisContext): number {
  return reasons(ctx).reduce((n, r) => n + r.units, 0);
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

interface IntentScan {
  /** Candidate statements of intent, in text order, not yet checked for negation or hedging. */
  candidates: (Span & { kind: IntentKind })[];
  hedges: Span[];
  checked: Intent[];
  next: number;
}

/**
 * Statements of what the writer intends (decline, reschedule, ...) in the body, in text order,
 * negated ones left out. Checked lazily: deciding whether a draft is clear usually needs only the
 * first one, and checking a statement for hedging means finding (segmenting) its sentence.
 */
export function* intents(ctx: AnalysisContext): Generator<Intent> {
  const scan = ctx.once<IntentScan>('intents', () => {
    const candidates = INTENT.flatMap(({ kind, re }) => matches(ctx, re, ctx.body).map((m) => ({ ...m, kind })));
    candidates.sort((a, b) => a.start - b.start);
    return { candidates, hedges: matches(ctx, HEDGE, ctx.body), checked: [], next: 0 };
  });
  for (let i = 0; ; i++) {
    while (scan.checked.length <= i && scan.next < scan.candidates.length) {
      const c = scan.candidates[scan.next++];
      if (negatedIntent(ctx, c.start)) continue;
      const sentence = ctx.sentenceAt(c.start);
      const hedged = sentence !== undefined && overlapsAny(scan.hedges, sentence.start, sentence.end);
      scan.checked.push({ ...c, hedged });
    }
    if (i >= scan.checked.length) return;
    yield scan.checked[i];
  }
}

/** Requests to stay in the running for this same role. */
export function mixedSignals(ctx: AnalysisContext): Span[] {
  return ctx.once('mixed', () =>
    matches(ctx, MIXED, ctx.body).filter((m) => {
      return !negatedIntent(ctx, m.start);
    }),
  );
}

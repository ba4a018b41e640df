/**
 * The writer's stance toward THEIR side: the company, team, people, role, offer or pay, process or
 * timeline, as opposed to the writer's own situation. Read a clause at a time in the writer's own
 * lines (the body and postscripts: quotes and the signature are not the writer's, see message.ts
 * and context.ts), it returns spans of five kinds:
 * - evaluation: a negative or faint judgement of their side ("the role holds little interest for
 *   me", "hoping for something more challenging", "not what I'd call competitive", "came across as
 *   stern"), from stance.json's phrases and its judgement words aimed at their side;
 * - reproach: about delay, silence or treatment ("still nothing", "it took you a month", "finally");
 * - dismissive: their side as practice, a backup or second best ("only interviewed for practice",
 *   "waiting on my first choice", "a real company");
 * - thirdParty: someone else's low view of them, reported ("my husband thinks I can do better");
 * - irony: mock praise and mock thanks ("your unique approach to keeping candidates updated").
 * Pure: phrase data in data/stance.json (phraseSyntax.ts), one scan of the body per list.
 */
import stanceData from './data/stance.json';
import { aimOf, clauseAround, targetLabel, type Target } from './aim';
import type { AnalysisContext } from './context';
import { compileIndexed, findAll, matchedIndex, overlapsAny, type Span } from './phrases';
import { compilePhrase, inflections, phraseAlternation } from './phraseSyntax';
import { removeSentenceFix } from './removal';
import { clauseStart, isNegated } from './text';
import { excerpt, type RawFinding } from './rules/rule';

export const STANCE_KINDS = ['evaluation', 'reproach', 'dismissive', 'thirdParty', 'irony'] as const;
export type StanceKind = (typeof STANCE_KINDS)[number];

export interface StanceSpan extends Span {
  kind: StanceKind;
  /** What of theirs the clause is about, when the clause names it. */
  target?: Target;
}

interface StanceEntry {
  kind: string;
  phrase: string;
  /** Left alone when the clause's subject is the writer: "I couldn't even call". */
  notWriter?: boolean;
}

const ENTRIES = stanceData.phrases as readonly StanceEntry[];
const PHRASES = compileIndexed(ENTRIES.map((e) => compilePhrase(e.phrase)));

const WORDS = new Set<string>();
for (const w of stanceData.evaluative.words) for (const f of w.endsWith('~') ? inflections(w.slice(0, -1)) : [w]) WORDS.add(f);
const JUDGEMENT = new RegExp(`\\b(?:${[...WORDS].sort((a, b) => b.length - a.length).map((w) => w.replace(/[-']/g, '\\$&')).join('|')})(?![A-Za-z0-9_'-])`, 'gi');

/** A clause that apologises: its judgements are about the writer's own doing ("sorry to cancel without notice"). */
const APOLOGY = new RegExp(`\\b${phraseAlternation(stanceData.apology, { oneSpace: true })}\\b`, 'i');

/** The feature each kind counts under in a model. */
export const STANCE_FEATURE: Record<StanceKind, string> = {
  evaluation: 'stanceEvaluation',
  reproach: 'stanceReproach',
  dismissive: 'stanceDismissive',
  thirdParty: 'stanceThirdParty',
  irony: 'stanceIrony',
};

/** Whether a judgement word in its clause is aimed at their side, and at what. */
function judged(ctx: AnalysisContext, start: number, end: number): Target | undefined {
  const clause = clauseAround(ctx, start, end);
  if (APOLOGY.test(ctx.masked.slice(clause.start, clause.end))) return undefined;
  const aim = aimOf(ctx, clause, start);
  // "I was curt on the call" is the writer's; "I found the panel curt" is not.
  if (aim.subject === 'writer') return aim.target === 'you' || aim.target === 'it' ? undefined : aim.target;
  return aim.target;
}

/** The stance spans of a draft, in order (computed once per draft). */
export function readStance(ctx: AnalysisContext): readonly StanceSpan[] {
  return ctx.once('stance', () => {
    const out: StanceSpan[] = [];
    const taken: Span[] = [];
    const { start: from, end: to } = ctx.body;
    for (const m of findAll(PHRASES, ctx.masked, from, to)) {
      const start = m.index;
      const end = start + m[0].length;
      const entry = ENTRIES[matchedIndex(m, PHRASES)];
      if (!entry || ctx.inQuote(start, end) || overlapsAny(taken, start, end)) continue;
      const kind = entry.kind as StanceKind;
      // In an apology the words are about the writer's own doing: "sorry for going quiet",
      // "I know this is the third time and I really apologise".
      if (kind === 'reproach') {
        const sentence = ctx.sentenceAt(start);
        if (sentence && APOLOGY.test(ctx.masked.slice(sentence.start, sentence.end))) continue;
      } else if (kind !== 'irony') {
        const clause = clauseAround(ctx, start, end);
        if (APOLOGY.test(ctx.masked.slice(clause.start, Math.min(clause.end, start)))) continue;
      }
      const aim = aimOf(ctx, clauseAround(ctx, start, end), start);
      if (entry.notWriter && aim.subject === 'writer') continue;
      taken.push({ start, end });
      out.push({ kind, start, end, ...(aim.target ? { target: aim.target } : {}) });
    }
    for (const m of findAll(JUDGEMENT, ctx.masked, from, to)) {
      const start = m.index;
      const end = start + m[0].length;
      if (ctx.inQuote(start, end) || overlapsAny(taken, start, end)) continue;
      if (isNegated(ctx.masked, start, clauseStart(ctx.masked, start))) continue;
      const target = judged(ctx, start, end);
      if (target === undefined) continue;
      out.push({ kind: 'evaluation', start, end, target });
    }
    return out.sort((a, b) => a.start - b.start);
  });
}

/** Counts of each kind, by feature name (STANCE_FEATURE), for a model's feature vector. */
export function stanceCounts(ctx: AnalysisContext): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const s of readStance(ctx)) counts[STANCE_FEATURE[s.kind]] = (counts[STANCE_FEATURE[s.kind]] ?? 0) + 1;
  return counts;
}

const WHAT: Record<StanceKind, (label: string) => string> = {
  evaluation: (label) => `Criticism of ${label}`,
  reproach: () => 'Reproach',
  dismissive: () => 'Dismissive about them',
  thirdParty: () => "Someone else's low view of them",
  irony: () => 'Sarcasm',
};
const ADVICE: Record<StanceKind, string> = {
  evaluation: 'leave the judgement out, or give one neutral reason about you.',
  reproach: 'leave it out; if the delay is your reason, say it as a fact ("as I hadn\'t heard back, I accepted another offer").',
  dismissive: 'say plainly that the role is not the right match for you, without belittling it.',
  thirdParty: "leave out what others think of them; the decision is yours to state.",
  irony: 'say what you mean plainly, or leave it out.',
};

/**
 * The stance span a model's weights push hardest toward the rule (features from stanceCounts), as a
 * finding that names it and offers to remove its sentence; undefined when none has a positive weight.
 */
export function strongestStance(ctx: AnalysisContext, weights: Readonly<Record<string, number>>): { weight: number; finding: RawFinding } | undefined {
  let best: StanceSpan | undefined;
  let bestWeight = 0;
  for (const s of readStance(ctx)) {
    const w = weights[STANCE_FEATURE[s.kind]] ?? 0;
    if (w > bestWeight) {
      best = s;
      bestWeight = w;
    }
  }
  if (!best) return undefined;
  const label = targetLabel(best.target);
  return {
    weight: bestWeight,
    finding: {
      start: best.start,
      end: best.end,
      message: `${WHAT[best.kind](label)}: ${excerpt(ctx.text.slice(best.start, best.end))}; ${ADVICE[best.kind]}`,
      fixes: removeSentenceFix(ctx, best.start, best.end),
    },
  };
}

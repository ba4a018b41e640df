/**
 * unclear-decision: no clear statement of intent (decline, withdraw, reschedule, propose another
 * format, ask about another role, stay in touch, thank them for their reply), only hedged ones,
 * or mixed signals (declining while asking to stay in the running for the same role). Hand-written
 * detectors find the candidate sentences; a small model trained on the corpus's dev part
 * (data/models/unclear-decision.json, rebuilt by scripts/train-tone.ts) weighs them with general
 * features (hedges, questions, conditionals, messages that are not declines) and decides.
 */
import model from '../data/models/unclear-decision.json';
import type { AnalysisContext } from '../context';
import { predict, type Features } from '../model';
import { acceptance, allIntentKinds, answersInvitation, findIntent, hedges, mixedSignals, repliesToRejection, undecidedMarker, type IntentSearch } from '../signals';
import { isWholeMessage, excerpt, type RawFinding, type Rule } from './rule';

interface Candidates {
  findings: RawFinding[];
  features: Record<string, number>;
}

/** A question: a question mark after a word (not "?!" runs counted twice). */
const QUESTION = /\w["')]?\?+/g;
const CONDITIONAL = /\b(?:if|unless|depend(?:s|ing)?)\b/gi;
/**
 * Where a hedge sits. A hedge hedges the decision unless its sentence is plainly about something
 * else: thanks or good wishes that name no decision ("Thanks for the honesty, I guess"), advice to
 * them ("Maybe try a search filter"), or deliberation told as over ("I went back and forth for a
 * week", "She was torn about it for weeks").
 */
const WARM = /\b(?:thank|thanks|appreciat\w*|grateful|wish|wishes|hope|congratulat\w*|luck)\b/i;
/** Words that name the decision itself: with them a warm sentence can still hedge it ("Thanks, but I think I might pass"). */
const DECISION_VERB = /\b(?:decid\w*|decision|pass|declin\w*|withdraw\w*|attend\w*|accept\w*|join\w*|sure|take (?:it|this|the offer|the role|the job))\b/i;
/** Past narrative: a past-tense verb and nothing in the present, future or conditional. */
const PAST = /\b(?:was|were|went|had|felt|spent|did|took|thought|talked)\b|\b(?:i|we|she|he|they) (?:also |even |then |first )?\w+ed\b/i;
/** A decision told as made: the deliberation in its sentence is over. */
const SETTLED = /\b(?:i've|i have|we've|we have|i|we) (?:now |finally |since |already )?(?:decided|made (?:my|a|the|our) decision|made up my mind)\b|\bin the end\b/i;
const NOW = /\b(?:am|i'm|is|are|will|would|won't|might|may|could|should|can|still|yet|now|not sure)\b/i;
/** A hedged suggestion to them: "Maybe try a search filter", "Perhaps consider...". */
const ADVICE = /^\W*(?:maybe|perhaps)\W+(?:next time\W+)?(?:try|consider|check|read|use|learn|look|get|hire|ask|tell|let|stop|start|do|don't|be)\b/i;
/** A modal hedge whose subject is not the writer ("the maple leaf on my page might have hinted"), or about the past ("might have"). */
const MODAL = /^(?:might|may|could)\b/i;
const WRITER_BEFORE = /\b(?:i|we|i'd|we'd)\W+(?:\w+\W+)?$/i;
/** Someone else's state: "She was torn", "they might". */
const SOMEONE_ELSE = /\b(?:she|he|they|it|you)(?:'s|'re| (?:was|were|is|are|seemed|seems|might|may))\W+(?:\w+\W+)?$/i;
/** A question that asks them about the decision itself ("what do you think?", "would that be OK?"). */
const DECISION_QUESTION = /\b(?:what do you (?:think|suggest|recommend)|should i|would (?:that|it|this) be (?:ok|okay|alright|fine|possible)|is (?:that|it|this) (?:ok|okay|alright|fine)|do you mind|could i|can i|would you mind)\b/i;

type Place = 'decision' | 'elsewhere';

/** Whether the sentence around a hedge is about the writer's next step or about something else. */
export function hedgePlace(ctx: AnalysisContext, at: number): Place {
  const s = ctx.sentenceAt(at);
  if (!s) return 'elsewhere';
  const text = ctx.masked.slice(s.start, s.end);
  if (WARM.test(text) && !DECISION_VERB.test(text)) return 'elsewhere';
  const before = ctx.masked.slice(s.start, at);
  if (ADVICE.test(text) || SOMEONE_ELSE.test(before)) return 'elsewhere';
  if (MODAL.test(ctx.masked.slice(at, at + 6)) && (!WRITER_BEFORE.test(before) || /^\w+ have \w+(?:ed|en)\b/i.test(ctx.masked.slice(at, s.end)))) return 'elsewhere';
  // Deliberation told as over ("I was torn for weeks", "I looked at whether a later date might work",
  // "after a lot of back and forth I've decided", "we had been thinking of moving").
  if (SETTLED.test(text) || /\bhad\s+$/i.test(before)) return 'elsewhere';
  if (PAST.test(text) && (!NOW.test(text) || /\bwhether\b/i.test(text))) return 'elsewhere';
  return 'decision';
}

/** The search with a "clear" intent that sits in a question moved to the hedged ones. */
function statedOnly(ctx: AnalysisContext, found: IntentSearch): IntentSearch {
  const c = found.clear;
  if (c === undefined) return found;
  const s = ctx.sentenceAt(c.start);
  if (!s || !ctx.masked.slice(s.start, s.end).trimEnd().endsWith('?')) return found;
  return { firstHedged: found.firstHedged ?? { ...c, hedged: true } };
}

function candidates(ctx: AnalysisContext): Candidates {
  return ctx.once('unclear-decision', () => {
    // A clear decline settles it; otherwise any other clear statement of intent will do. A decision
    // asked about ("Or would it be better if I simply declined?") is not stated: it counts as hedged.
    const decline = statedOnly(ctx, findIntent(ctx, ['decline']));
    const clearDecline = decline.clear !== undefined;
    const any = clearDecline ? decline : statedOnly(ctx, findIntent(ctx, allIntentKinds));
    const clear = any.clear;
    const firstHedged = any.firstHedged;
    const out: RawFinding[] = [];
    const marker = clear === undefined && firstHedged === undefined ? undecidedMarker(ctx) : undefined;
    // A hedged decline is undecided even when the message also thanks them for understanding.
    const undecided = clear === undefined ? (firstHedged ?? marker) : !clearDecline && decline.firstHedged ? decline.firstHedged : undefined;
    const body = ctx.masked.slice(ctx.body.start, ctx.body.end);
    const hedged = hedges(ctx);
    const hedgeAt = hedged.map((h) => ({ h, place: hedgePlace(ctx, h.start) }));
    const onDecision = hedgeAt.filter((x) => x.place === 'decision').length;
    // Questions: one that is hedged or asks about the decision, or a plain one (a detail, a date).
    let decisionQuestions = 0;
    let lastQuestionOnDecision = false;
    const questionSentences = new Set<number>();
    for (const m of body.matchAll(QUESTION)) {
      const s = ctx.sentenceAt(ctx.body.start + (m.index ?? 0));
      if (!s || questionSentences.has(s.start)) continue;
      questionSentences.add(s.start);
      const text = ctx.masked.slice(s.start, s.end);
      lastQuestionOnDecision = DECISION_QUESTION.test(text) || hedged.some((h) => h.start >= s.start && h.start < s.end);
      if (lastQuestionOnDecision) decisionQuestions++;
    }
    const plainQuestions = questionSentences.size - decisionQuestions;
    const mixed = mixedSignals(ctx);
    const features: Record<string, number> = {
      'clear decline': clearDecline ? 1 : 0,
      'clear intent': clear !== undefined ? 1 : 0,
      'hedged decline': !clearDecline && decline.firstHedged ? 1 : 0,
      'hedged intent only': clear === undefined && firstHedged !== undefined ? 1 : 0,
      'undecided wording, no intent': marker !== undefined && onDecision > 0 ? 1 : 0,
      'no intent at all': clear === undefined && firstHedged === undefined && (marker === undefined || onDecision === 0) ? 1 : 0,
      'mixed signals': Math.min(mixed.length, 2),
      'decline with mixed signals': clearDecline && mixed.length > 0 ? 1 : 0,
      'hedges on the decision': Math.min(onDecision, 4),
      'hedges elsewhere': Math.min(hedged.length - onDecision, 3),
      'questions on the decision': Math.min(decisionQuestions, 3),
      'plain questions': Math.min(plainQuestions, 3),
      'plain questions, clear intent': clear !== undefined ? Math.min(plainQuestions, 3) : 0,
      'ends with a question on the decision': body.trimEnd().endsWith('?') && lastQuestionOnDecision ? 1 : 0,
      conditionals: Math.min((body.match(CONDITIONAL) ?? []).length, 3),
      acceptance: acceptance(ctx) ? 1 : 0,
      'reply to a rejection': repliesToRejection(ctx) ? 1 : 0,
      'short message': ctx.bodyWords < 40 ? 1 : 0,
      'answers an invitation, no intent': clear === undefined && firstHedged === undefined && answersInvitation(ctx) ? 1 : 0,
    };
    // Not a decline at all (an acceptance, a reply to their rejection) and nothing undecided in it:
    // there is no decision of the writer's to judge (docs/labelling.md).
    if ((features.acceptance || features['reply to a rejection']) && hedged.length === 0 && mixed.length === 0 && clear === undefined) return { findings: out, features };
    if (undecided !== undefined) {
      const sentence = ctx.sentenceAt(undecided.start);
      const at = sentence ?? ctx.firstSentences(1)[0] ?? ctx.body;
      out.push({ start: at.start, end: at.end, message: 'The decision sounds undecided here: say it plainly, without "maybe" or "I think I might".' });
    } else if (clear === undefined) {
      // Nothing we know as a decision: the first hedge says where, else the first sentence.
      const h = hedged[0];
      const at = (h && ctx.sentenceAt(h.start)) ?? ctx.firstSentences(1)[0] ?? ctx.body;
      out.push({
        start: at.start,
        end: at.end,
        message: h ? 'The decision sounds undecided here: say it plainly, without "maybe" or "I think I might".' : 'No clear statement of your decision: say plainly that you are declining or withdrawing.',
      });
    } else if (hedged.length > 0 && !clearDecline) {
      const at = ctx.sentenceAt(hedged[0].start) ?? ctx.body;
      out.push({ start: at.start, end: at.end, message: 'The decision sounds undecided here: say it plainly, without "maybe" or "I think I might".' });
    }
    for (const m of mixed) {
      const s = ctx.sentenceAt(m.start) ?? m;
      out.push({ start: s.start, end: s.end, message: `Mixed signals: you decline but ${excerpt(ctx.text.slice(m.start, m.end))} asks to stay in the running.` });
    }
    // Beside a clear decision, only a hedge on the decision itself is a candidate (not one on thanks
    // or a story), and only one after it: "I'm not sure yet. ... I have decided to withdraw" ends decided.
    const settledAt = decline.clear?.start ?? 0;
    const firstOnDecision = hedgeAt.find((x) => x.place === 'decision' && x.h.start > settledAt)?.h;
    if (out.length === 0 && firstOnDecision) {
      const at = ctx.sentenceAt(firstOnDecision.start) ?? ctx.body;
      out.push({ start: at.start, end: at.end, message: 'The decision sounds undecided here: say it plainly, without "maybe" or "I think I might".' });
    }
    return { findings: out, features };
  });
}

/** Whether the hand detectors found anything for the model to decide on. */
export function unclearDecisionCandidates(ctx: AnalysisContext): boolean {
  return isWholeMessage(ctx) && candidates(ctx).findings.length > 0;
}

/** The features the model reads for a draft (scripts/train-tone.ts trains on them). */
export function unclearDecisionFeatures(ctx: AnalysisContext): Features {
  return isWholeMessage(ctx) ? candidates(ctx).features : {};
}

export const unclearDecision: Rule = {
  id: 'unclear-decision',
  title: "Unclear decision",
  defaultSeverity: 'warning',
  docs: {
    summary: "A decision that sounds undecided (\"I think I might have to pass?\", \"maybe, maybe not\", \"let me think about it\") or mixed signals (declining while asking to stay in the running for the same role, or \"no, unless you raise the offer\"). A clear intent in any wording (\"I've signed with another company\", a reschedule, an acceptance, a thank-you note) is left alone.",
    why: "The reader should know after one read what happens next. A vague or hedged note leads to follow-up emails and can look like you are still available.",
    example: "Maybe it would make sense for me to step back from the process? I'm honestly not sure.",
    fix: "Say it in one plain sentence, for example \"I have decided to withdraw my application.\" If you want other roles, say so separately and name them as other roles.",
  },
  check(ctx: AnalysisContext): RawFinding[] {
    if (!isWholeMessage(ctx)) return [];
    const { findings, features } = candidates(ctx);
    return findings.length > 0 && predict(model, features) ? findings : [];
  },
};

/**
 * unclear-decision: no clear statement of intent (decline, withdraw, reschedule, propose another
 * format, ask about another role, stay in touch, thank them for their reply), only hedged ones,
 * or mixed signals (declining while asking to stay in the running for the same role). Hand-written
 * detectors find the candidate sentences; a small model trained on the corpus's dev part
 * (data/models/unclear-decision.json, rebuilt by scripts/train-tone.ts) weighs them with general
 * features (hedges and whose step they are about, questions, conditionals, messages that are not
 * declines or that criticise them, and whether the sentence-shape decision reader of ../decision,
 * the one Rewrite Politely uses, finds a decision stated plainly) and decides.
 */
import decisionData from '../data/decision.json';
import model from '../data/models/unclear-decision.json';
import type { AnalysisContext } from '../context';
import { predict, type Features } from '../model';
import { phraseAlternation } from '../phraseSyntax';
import type { Span } from '../phrases';
import { acceptance, allIntentKinds, answersInvitation, findIntent, hedges, mixedSignals, repliesToRejection, undecidedMarker } from '../signals';
import { aimOf, clauseAround } from '../aim';
import { findDecision } from '../decision/decision';
import { stanceCounts } from '../stance';
import { isWholeMessage, excerpt, type RawFinding, type Rule } from './rule';

interface Candidates {
  findings: RawFinding[];
  features: Record<string, number>;
}

/** A question: a question mark after a word (not "?!" runs counted twice). A regular expression: punctuation. */
const QUESTION = /\w["')]?\?+/g;
const CONDITIONAL = new RegExp(`\\b${phraseAlternation(decisionData.conditions, { oneSpace: true })}\\b`, 'gi');

function candidates(ctx: AnalysisContext): Candidates {
  return ctx.once('unclear-decision', () => {
    // A clear decline settles it; otherwise any other clear statement of intent will do.
    const decline = findIntent(ctx, ['decline']);
    const clearDecline = decline.clear !== undefined;
    const any = clearDecline ? decline : findIntent(ctx, allIntentKinds);
    const clear = any.clear;
    const firstHedged = any.firstHedged;
    const out: RawFinding[] = [];
    const marker = clear === undefined && firstHedged === undefined ? undecidedMarker(ctx) : undefined;
    // A hedged decline is undecided even when the message also thanks them for understanding.
    const undecided = clear === undefined ? (firstHedged ?? marker) : !clearDecline && decline.firstHedged ? decline.firstHedged : undefined;
    const body = ctx.masked.slice(ctx.body.start, ctx.body.end);
    const hedged = hedges(ctx);
    const questions = (body.match(QUESTION) ?? []).length;
    const mixed = mixedSignals(ctx);
    const features: Record<string, number> = {
      'clear decline': clearDecline ? 1 : 0,
      'clear intent': clear !== undefined ? 1 : 0,
      'hedged decline': !clearDecline && decline.firstHedged ? 1 : 0,
      'hedged intent only': clear === undefined && firstHedged !== undefined ? 1 : 0,
      'undecided wording, no intent': marker !== undefined ? 1 : 0,
      'no intent at all': clear === undefined && firstHedged === undefined && marker === undefined ? 1 : 0,
      'mixed signals': Math.min(mixed.length, 2),
      'decline with mixed signals': clearDecline && mixed.length > 0 ? 1 : 0,
      hedges: Math.min(hedged.length, 4),
      questions: Math.min(questions, 3),
      'ends with a question': body.trimEnd().endsWith('?') ? 1 : 0,
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
    if (out.length === 0 && hedged.length > 0) {
      const at = ctx.sentenceAt(hedged[0].start) ?? ctx.body;
      out.push({ start: at.start, end: at.end, message: 'The decision sounds undecided here: say it plainly, without "maybe" or "I think I might".' });
    }
    if (out.length > 0) Object.assign(features, readerFeatures(ctx, hedged));
    return { findings: out, features };
  });
}

/**
 * Features the model reads only when there is a finding to decide on (the model is never asked
 * otherwise, so a draft without one skips the cost of reading them).
 */
function readerFeatures(ctx: AnalysisContext, hedged: readonly Span[]): Features {
  // The decision as the sentence-shape reader reads it (the one Rewrite Politely keeps): a no in
  // wording the lists above do not know ("I'm not going to sign", "I've chosen to stay put"), a
  // reschedule or an acceptance elsewhere, each passed through its checks for hedges, conditions
  // and someone else's decision.
  const stated = findDecision(ctx.masked, ctx.body.start, ctx.body.end);
  // Whose next step each hedge is about: the writer's ("I might pass"), someone else's ("they will
  // probably disappoint you"), or nobody's ("Maybe try a search filter": advice, or a bare "maybe").
  const subjects = hedged.map((h) => aimOf(ctx, clauseAround(ctx, h.start, h.end), h.start).subject);
  // What the message is: criticism aimed at them (the stance reader) is a complaint, not an undecided decline.
  const criticism = Object.values(stanceCounts(ctx)).reduce((a, b) => a + b, 0);
  return {
    'stated decision (sentence reader)': stated ? 1 : 0,
    'stated decline (sentence reader)': stated?.value === 'decline' ? 1 : 0,
    'hedges, the writer as subject': Math.min(subjects.filter((x) => x === 'writer').length, 3),
    'hedges, someone else as subject': Math.min(subjects.filter((x) => x === 'them').length, 3),
    'hedges, no subject': Math.min(subjects.filter((x) => x === undefined).length, 3),
    'criticism of them (stance reader)': Math.min(criticism, 3),
  };
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

/**
 * unclear-decision: no clear statement of intent (decline, withdraw, reschedule, propose another
 * format, ask about another role, stay in touch, thank them for their reply), only hedged ones,
 * or mixed signals (declining while asking to stay in the running for the same role).
 */
import type { AnalysisContext } from '../context';
import { allIntentKinds, findIntent, mixedSignals, undecidedMarker } from '../signals';
import { isWholeMessage, excerpt, type RawFinding, type Rule } from './rule';

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
    // A clear decline settles it; otherwise any other clear statement of intent will do.
    const decline = findIntent(ctx, ['decline']);
    const clearDecline = decline.clear !== undefined;
    const any = clearDecline ? decline : findIntent(ctx, allIntentKinds);
    const clear = any.clear;
    const firstHedged = any.firstHedged;
    const out: RawFinding[] = [];
    // No statement of intent we know and nothing undecided in it: the message says what it wants in
    // words of its own ("I've signed with another company"); readers do not need our phrasing.
    // A hedged decline is undecided even when the message also thanks them for understanding.
    const undecided = clear === undefined ? (firstHedged ?? undecidedMarker(ctx)) : !clearDecline && decline.firstHedged ? decline.firstHedged : undefined;
    if (undecided !== undefined) {
      const sentence = undecided ? ctx.sentenceAt(undecided.start) : undefined;
      const at = sentence ?? ctx.firstSentences(1)[0] ?? ctx.body;
      out.push({
        start: at.start,
        end: at.end,
        message: undecided
          ? 'The decision sounds undecided here: say it plainly, without "maybe" or "I think I might".'
          : 'No clear statement of your decision: say plainly that you are declining or withdrawing.',
      });
    }
    if (clearDecline) {
      for (const m of mixedSignals(ctx)) {
        const s = ctx.sentenceAt(m.start) ?? m;
        out.push({
          start: s.start,
          end: s.end,
          message: `Mixed signals: you decline but ${excerpt(ctx.text.slice(m.start, m.end))} asks to stay in the running.`,
        });
      }
    }
    return out;
  },
};

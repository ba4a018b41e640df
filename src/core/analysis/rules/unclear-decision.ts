/**
 * unclear-decision: no clear statement of intent (decline, withdraw, reschedule, propose another
 * format, ask about another role, stay in touch, thank them for their reply), only hedged ones,
 * or mixed signals (declining while asking to stay in the running for the same role).
 */
import type { AnalysisContext } from '../context';
import { allIntentKinds, findIntent, mixedSignals } from '../signals';
import { isWholeMessage, excerpt, type RawFinding, type Rule } from './rule';

export const unclearDecision: Rule = {
  id: 'unclear-decision',
  check(ctx: AnalysisContext): RawFinding[] {
    if (!isWholeMessage(ctx)) return [];
    // A clear decline settles it; otherwise any other clear statement of intent will do.
    const decline = findIntent(ctx, ['decline']);
    const clearDecline = decline.clear !== undefined;
    const any = clearDecline ? decline : findIntent(ctx, allIntentKinds);
    const clear = any.clear;
    const firstHedged = any.firstHedged;
    const out: RawFinding[] = [];
    if (clear === undefined) {
      const sentence = firstHedged ? ctx.sentenceAt(firstHedged.start) : undefined;
      const at = sentence ?? ctx.firstSentences(1)[0] ?? ctx.body;
      out.push({
        start: at.start,
        end: at.end,
        message: firstHedged
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

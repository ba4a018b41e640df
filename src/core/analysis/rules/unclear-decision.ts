/**
 * unclear-decision: no clear statement of intent (decline, withdraw, reschedule, propose another
 * format, ask about another role, stay in touch, thank them for their reply), only hedged ones,
 * or mixed signals (declining while asking to stay in the running for the same role).
 */
import type { AnalysisContext } from '../context';
import { intents, mixedSignals } from '../signals';
import { isWholeMessage, excerpt, type RawFinding, type Rule } from './rule';

export const unclearDecision: Rule = {
  id: 'unclear-decision',
  check(ctx: AnalysisContext): RawFinding[] {
    if (!isWholeMessage(ctx) || ctx.sentences.length === 0) return [];
    const all = intents(ctx);
    const clear = all.filter((i) => !i.hedged);
    const out: RawFinding[] = [];
    if (clear.length === 0) {
      const hedged = all[0];
      const sentence = hedged ? ctx.sentenceAt(hedged.start) : undefined;
      const at = sentence ?? ctx.sentences[0];
      out.push({
        start: at.start,
        end: at.end,
        message: hedged
          ? 'The decision sounds undecided here: say it plainly, without "maybe" or "I think I might".'
          : 'No clear statement of your decision: say plainly that you are declining or withdrawing.',
      });
    }
    if (all.some((i) => i.kind === 'decline' && !i.hedged)) {
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

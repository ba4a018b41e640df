/** excessive-apology: apologising more than once. */
import type { AnalysisContext } from '../context';
import type { Span } from '../phrases';
import { apologies } from '../signals';
import type { Fix, TextEdit } from '../types';
import { excerpt, type RawFinding, type Rule } from './rule';

/** The edit that removes an extra apology: its whole sentence, or only the phrase when that sentence also holds a kept apology. */
function removal(ctx: AnalysisContext, apology: Span, kept: Span[]): TextEdit {
  // An apology in the sign-off ("Sorry again,") gives way to a plain one.
  const { signOff } = ctx.parts;
  if (signOff && apology.start >= signOff.start && apology.end <= signOff.end) return { start: signOff.start, end: signOff.end, newText: 'Best regards,' };
  const sentence = ctx.sentenceAt(apology.start);
  if (!sentence || kept.some((k) => k.start >= sentence.start && k.end <= sentence.end)) {
    return { start: apology.start, end: apology.end, newText: '' };
  }
  // Take the spaces after the sentence too, unless that would join two lines.
  let end = sentence.end;
  while (end < ctx.text.length && (ctx.text[end] === ' ' || ctx.text[end] === '\t')) end++;
  return { start: sentence.start, end, newText: '' };
}

/** Above this many extra apologies the "remove all" fix is left out (a pasted document, not a draft). */
const MAX_REMOVE_ALL = 50;

export const excessiveApology: Rule = {
  id: 'excessive-apology',
  title: "Excessive apology",
  defaultSeverity: 'information',
  docs: {
    summary: "More than one apology in the draft.",
    why: "Declining is a normal part of hiring, not a wrong to atone for. One apology (for short notice, say) is gracious; more makes the message about your guilt rather than your decision.",
    example: "I am so sorry to do this. I apologise for any trouble, and sorry again for the late reply.",
    fix: "Keep one apology at most and remove the others. The quick fix removes the extra ones. This rule reports at information level: it is advice, not an error.",
  },
  check(ctx: AnalysisContext): RawFinding[] {
    const all = apologies(ctx);
    const max = ctx.options.maxApologies;
    if (all.length <= max) return [];
    const kept = all.slice(0, max);
    const extra = all.slice(max);
    const edits: TextEdit[] = [];
    for (const a of extra.length <= MAX_REMOVE_ALL ? extra : []) {
      const e = removal(ctx, a, kept);
      // Apologies come in text order, so only the previous edit can overlap this one.
      const last = edits[edits.length - 1];
      if (last === undefined || last.end <= e.start) edits.push(e);
    }
    const removeAll: Fix = { title: 'Remove all extra apologies', edits };
    return extra.map((a) => {
      const fixes: Fix[] = [{ title: 'Remove this extra apology', edits: [removal(ctx, a, kept)], preferred: true }];
      // One fix for all of them, unless there are so many that it would weigh down every finding.
      if (extra.length > 1 && extra.length <= MAX_REMOVE_ALL) fixes.push(removeAll);
      return {
        start: a.start,
        end: a.end,
        message: `${all.length} apologies: one is enough, ${excerpt(ctx.text.slice(a.start, a.end))} is extra.`,
        fixes,
      };
    });
  },
};

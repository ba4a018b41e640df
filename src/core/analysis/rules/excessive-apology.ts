/** excessive-apology: apologising more than once. */
import type { AnalysisContext } from '../context';
import { overlapsAny, type Span } from '../phrases';
import { clauseAt } from '../removal';
import { apologies, thanks } from '../signals';
import type { Fix, TextEdit } from '../types';
import { excerpt, type RawFinding, type Rule } from './rule';

/** An apology that says what for ("sorry for the late notice"); "Sorry again" and a bare "I'm sorry" add nothing. */
function carriesMeaning(ctx: AnalysisContext, apology: Span): boolean {
  const clause = clauseAt(ctx, apology.start, apology.end);
  const words = ctx.masked.slice(clause.start, clause.end);
  return !/\bagain\b/i.test(words) && /\b(?:for|about|that|if)\b/i.test(ctx.masked.slice(apology.end, clause.end));
}

/** What brings a second apology into the clause of the first: "and I am (so) ", "and we're ", "and ". */
const JOINED_APOLOGY = /\s(?:and|but)\s+(?:(?:i|we)(?:\s+(?:am|are)|['\u2019](?:m|re))\s+)?(?:(?:so|very|truly|really|also|again)\s+)*$/i;

/** The edit that removes an extra apology: its clause, or only its words when the clause also holds a kept one (the engine widens it over the joining comma or "and", or to the whole sentence). */
function removal(ctx: AnalysisContext, apology: Span, kept: ReadonlySet<Span>): TextEdit | undefined {
  // An apology in the sign-off ("Sorry again,") gives way to a plain one.
  const { signOff } = ctx.parts;
  if (signOff && apology.start >= signOff.start && apology.end <= signOff.end) return { start: signOff.start, end: signOff.end, newText: 'Best regards,' };
  const clause = clauseAt(ctx, apology.start, apology.end);
  const keptHere = [...kept].filter((k) => k.start >= clause.start && k.end <= clause.end);
  if (keptHere.length > 0) {
    // "I am sorry for this and I am sorry for the trouble": the second apology's own words go from
    // the "and" that brought them in, not the word "sorry" alone ("... and I am for the trouble").
    const before = keptHere.filter((k) => k.end <= apology.start).pop();
    const joined = before && JOINED_APOLOGY.exec(ctx.masked.slice(before.end, apology.start));
    if (before && joined) return { start: before.end + joined.index, end: clause.end, newText: '' };
    // Two apologies in one phrase ("sorry, so sorry"): only the extra words go.
    return { start: apology.start, end: apology.end, newText: '' };
  }
  // A clause that also thanks them ("I apologise again and would be grateful for...") is left to the writer.
  if (overlapsAny(thanks(ctx), clause.start, clause.end)) return undefined;
  const sentence = ctx.sentenceAt(apology.start);
  // A clause that runs to the end of its sentence takes the sentence's full stop with it when it is the whole sentence.
  const whole = sentence && clause.start === sentence.start && /^[.!?]+["')\]]*$/.test(ctx.masked.slice(clause.end, sentence.end));
  return whole && sentence ? { start: sentence.start, end: sentence.end, newText: '' } : { start: clause.start, end: clause.end, newText: '' };
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
    fix: "Keep one apology at most, the one that says what it is for, and remove the others. The quick fix keeps that one and removes the extra ones (\"Sorry again\", a bare \"I'm sorry\") with the words that joined them. This rule reports at information level: it is advice, not an error.",
  },
  check(ctx: AnalysisContext): RawFinding[] {
    const all = apologies(ctx);
    const max = ctx.options.maxApologies;
    if (all.length <= max) return [];
    // Keep the apologies that say what they are for, first; the rest (an "again", a bare "sorry") are extra.
    const meaningful = all.length <= MAX_REMOVE_ALL ? all.filter((a) => carriesMeaning(ctx, a)) : [];
    const kept = new Set([...new Set([...meaningful, ...all])].slice(0, max));
    const extra = all.filter((a) => !kept.has(a));
    const edits: TextEdit[] = [];
    for (const a of extra.length <= MAX_REMOVE_ALL ? extra : []) {
      const e = removal(ctx, a, kept);
      // Apologies come in text order, so only the previous edit can overlap this one.
      const last = edits[edits.length - 1];
      if (e && (last === undefined || last.end <= e.start)) edits.push(e);
    }
    const removeAll: Fix = { title: 'Remove all extra apologies', edits };
    return extra.map((a) => {
      const edit = removal(ctx, a, kept);
      const fixes: Fix[] = edit ? [{ title: 'Remove this extra apology', edits: [edit], preferred: true }] : [];
      // One fix for all of them, unless there are so many that it would weigh down every finding.
      if (extra.length > 1 && extra.length <= MAX_REMOVE_ALL && edits.length > 1) fixes.push(removeAll);
      return {
        start: a.start,
        end: a.end,
        message: `${all.length} apologies: one is enough, ${excerpt(ctx.text.slice(a.start, a.end))} is extra.`,
        fixes,
      };
    });
  },
};

/** missing-gratitude: no real expression of thanks anywhere in the draft. */
import gratitudeData from '../data/gratitude.json';
import type { AnalysisContext } from '../context';
import { compileList, findAll } from '../phrases';
import { compilePhrase } from '../phraseSyntax';
import { hasThanks, thanks } from '../signals';
import { isWholeMessage, type RawFinding, type Rule } from './rule';

/** Negated or sarcastic thanks ("thanks for nothing", "I can't say I appreciate being ghosted"). */
const HOSTILE_THANKS = compileList(gratitudeData.notThanks.filter((e) => 'hostile' in e && e.hostile).map((e) => compilePhrase(e.phrase)));

/**
 * Whether the draft thanks them. A bare "Thanks" sign-off does not count under a message that
 * also thanks them sarcastically or denies any thanks (docs/labelling.md: "Thanks" as a bare
 * sign-off on a hostile message).
 */
function thanksThem(ctx: AnalysisContext): boolean {
  if (!hasThanks(ctx)) return false;
  const signOff = ctx.parts.signOff;
  if (!signOff) return true;
  const outsideSignOff = thanks(ctx).some((t) => t.end <= signOff.start || t.start >= signOff.end);
  if (outsideSignOff) return true;
  return findAll(HOSTILE_THANKS, ctx.masked, ctx.prose.start, ctx.prose.end).every((m) => ctx.inQuote(m.index, m.index + m[0].length));
}

const SENTENCE = 'Thank you for your time and for considering me.';

export const missingGratitude: Rule = {
  id: 'missing-gratitude',
  title: "Missing gratitude",
  defaultSeverity: 'warning',
  docs: {
    summary: "The message never thanks the reader. Negated, sarcastic or causal uses (\"not grateful\", \"thanks for nothing\", \"thanks to the delays\") and a bare \"Thanks\" sign-off under a hostile message do not count. Every reply is judged, however short: \"Not interested.\" thanks nobody.",
    why: "Someone spent time reading your application and arranging an interview. A sentence of thanks acknowledges that and leaves a good last impression.",
    example: "Dear Ms Rivera,\nI will not be attending the interview on Friday.",
    fix: "Add a thank-you sentence near the start, for example \"Thank you for your time and for considering me.\" The quick fix inserts one after the greeting (or at the end, when there is none).",
  },
  check(ctx: AnalysisContext): RawFinding[] {
    if (!isWholeMessage(ctx) || thanksThem(ctx)) return [];
    const { greeting } = ctx.parts;
    const [first] = ctx.firstSentences(1);
    const at = greeting ?? (first ? { start: first.start, end: first.end } : ctx.body);
    // After the greeting as a paragraph (or line) of its own, never run into the first sentence
    // (which may be the criticism being fixed); without a greeting, at the end of the body.
    const eol = ctx.text.includes('\r\n') ? '\r\n' : '\n';
    const between = greeting ? ctx.text.slice(greeting.end, ctx.body.start) : '';
    const ownLine = greeting !== undefined && between.includes('\n');
    const insertAt = greeting ? ctx.body.start : ctx.body.end;
    const newText = ownLine ? SENTENCE + eol.repeat((between.match(/\n/g) ?? []).length >= 2 ? 2 : 1) : SENTENCE;
    return [
      {
        start: at.start,
        end: at.end,
        message: 'No thanks anywhere: thank them for their time or the invitation.',
        fixes: [{ title: `Insert "${SENTENCE}"`, edits: [{ start: insertAt, end: insertAt, newText }], preferred: true }],
      },
    ];
  },
};

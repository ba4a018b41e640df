/** missing-gratitude: no real expression of thanks anywhere in the draft. */
import gratitudeData from '../data/gratitude.json';
import type { AnalysisContext } from '../context';
import { findAll, overlapsAny, type Span } from '../phrases';
import { phraseList } from '../phraseSyntax';
import { clauseAt } from '../removal';
import { allIntentKinds, answersInvitation, findIntent, hasThanks, sarcasticThanks, thanks } from '../signals';
import type { Fix } from '../types';
import { excerpt, isWholeMessage, type RawFinding, type Rule } from './rule';

/** Negated, sarcastic or grudging thanks: notThanks entries marked hostile, and both lists of them. */
const HOSTILE = phraseList([...gratitudeData.notThanks.filter((e) => 'hostile' in e && e.hostile), ...gratitudeData.sarcasticThanks, ...gratitudeData.grudging]);
const GRUDGING = phraseList(gratitudeData.grudging);
/** Sarcastic thanks that also says no ("Thanks, but no thanks"). */
const SARCASTIC_NO = phraseList(gratitudeData.sarcasticThanks.filter((e) => 'declines' in e && e.declines));
/** Appreciation in other words ("it was kind of you to think of me"). */
const KINDNESS = phraseList(gratitudeData.kindness);

/** Matches of `re` in the prose outside quoted speech. */
function inProse(ctx: AnalysisContext, re: RegExp): Span[] {
  return findAll(re, ctx.masked, ctx.prose.start, ctx.prose.end)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }))
    .filter((m) => !ctx.inQuote(m.start, m.end));
}

/**
 * Whether the draft thanks them (docs/labelling.md). Sarcastic thanks ("Thanks for the honesty, I
 * guess") do not count, and a bare "Thanks" sign-off does not count under a message that thanks
 * them sarcastically or denies any thanks.
 */
function thanksThem(ctx: AnalysisContext): boolean {
  if (inProse(ctx, KINDNESS).length > 0) return true;
  if (!hasThanks(ctx)) return false;
  const grudging = inProse(ctx, GRUDGING);
  const real = thanks(ctx).filter((t) => !overlapsAny(grudging, t.start, t.end));
  const signOff = ctx.parts.signOff;
  const outsideSignOff = real.filter((t) => !signOff || t.end <= signOff.start || t.start >= signOff.end);
  if (outsideSignOff.length > 0) return true;
  return real.length > 0 && inProse(ctx, HOSTILE).length === 0;
}

const SENTENCE = 'Thank you for your time and for considering me.';
/** For a draft that answers no invitation or offer (a status chase, a note): thanks that claims none. */
const PLAIN_SENTENCE = 'Thank you for your time.';
const thanksFor = (ctx: AnalysisContext) => (answersInvitation(ctx) || findIntent(ctx, allIntentKinds).clear ? SENTENCE : PLAIN_SENTENCE);

export const missingGratitude: Rule = {
  id: 'missing-gratitude',
  title: "Missing gratitude",
  defaultSeverity: 'warning',
  docs: {
    summary: "The message never thanks the reader. Negated, sarcastic or causal uses (\"not grateful\", \"thanks for nothing\", \"thanks to the delays\") and a bare \"Thanks\" sign-off under a hostile message do not count. Every reply is judged, however short: \"Not interested.\" thanks nobody.",
    why: "Someone spent time reading your application and arranging an interview. A sentence of thanks acknowledges that and leaves a good last impression.",
    example: "Dear Ms Rivera,\nI will not be attending the interview on Friday.",
    fix: "Add a thank-you sentence near the start, for example \"Thank you for your time and for considering me.\" The quick fix inserts one after the greeting (or at the end, when there is none); where the draft thanks them sarcastically (\"Thanks, but no thanks\") and says no elsewhere, it puts the thank-you in place of the sarcasm.",
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
    const sentence = thanksFor(ctx);
    const newText = ownLine ? sentence + eol.repeat((between.match(/\n/g) ?? []).length >= 2 ? 2 : 1) : sentence;
    const insert: Fix = { title: `Insert "${sentence}"`, edits: [{ start: insertAt, end: insertAt, newText }], preferred: true };
    // Thanks said sarcastically or grudgingly is where the reader sees "thanks": name it there.
    const [hollow] = [...sarcasticThanks(ctx), ...inProse(ctx, GRUDGING)].sort((a, b) => a.start - b.start);
    const where = hollow ?? at;
    return [
      {
        start: where.start,
        end: where.end,
        message: hollow
          ? `The only thanks here, ${excerpt(ctx.text.slice(hollow.start, hollow.end))}, reads as sarcastic or grudging: thank them plainly for their time or the invitation.`
          : 'No thanks anywhere: thank them for their time or the invitation.',
        fixes: [inPlaceOfSarcasm(ctx) ?? insert],
      },
    ];
  },
};

/** In place of sarcastic thanks that also carries the "no" ("Thanks, but no thanks."). */
const DECLINE_SENTENCE = 'Thank you, but I will decline.';

/**
 * Sarcastic thanks ("Thanks but no thanks.", "thanks for wasting my time") is where the draft
 * meant to thank them: the thank-you replaces it (its sentence, or its clause when the sentence
 * says more), rather than going in beside it and leaving the sarcasm. When the sarcasm is also the
 * draft's "no", the thank-you keeps the decision.
 */
function inPlaceOfSarcasm(ctx: AnalysisContext): Fix | undefined {
  const [sarcasm] = sarcasticThanks(ctx);
  const sentence = sarcasm && ctx.sentenceAt(sarcasm.start);
  if (!sarcasm || !sentence) return undefined;
  const clause = clauseAt(ctx, sarcasm.start, sarcasm.end);
  // The whole sentence when the rest of it is a tail of a word or two ("..., I guess").
  const rest = ctx.masked.slice(sentence.start, clause.start) + ' ' + ctx.masked.slice(clause.end, sentence.end);
  const whole = (rest.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 2;
  const span = whole ? sentence : clause;
  const decision = findIntent(ctx, allIntentKinds).clear;
  const overlaps = (m: Span) => m.start < span.end && span.start < m.end;
  // The only "no" in the draft is here: the decision we know, or a sarcastic "no thanks".
  const carriesDecision = decision ? overlaps(decision) : inProse(ctx, SARCASTIC_NO).some(overlaps);
  const replacement = carriesDecision ? DECLINE_SENTENCE : thanksFor(ctx);
  // A clause takes the sentence without its full stop; the engine capitalises it at a sentence start.
  const newText = whole ? replacement : `t${replacement.slice(1, -1)}`;
  return { title: `Replace ${excerpt(ctx.text.slice(span.start, span.end))} with "${whole ? replacement : newText}"`, edits: [{ start: span.start, end: span.end, newText }], preferred: true };
}

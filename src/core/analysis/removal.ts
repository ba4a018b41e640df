/**
 * What a "remove it" fix takes out: the flagged sentence, or only the flagged clause when the
 * same sentence also thanks the reader, states the decision or says something of the writer's own
 * ("Thank you for the note, it's clear you actually read it" keeps its thanks; "I won't attend
 * since the recruiter was rude" keeps "I won't attend"). The engine then makes the edit well formed.
 */
import type { AnalysisContext } from './context';
import { overlapsAny, type Span } from './phrases';
import { allIntentKinds, findIntent, thanks } from './signals';
import type { Fix } from './types';

const overlap = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/** A comma, semicolon, colon, dash or bracket that ends a clause (not the comma in "140,000"). */
function isBoundary(text: string, i: number): boolean {
  const c = text[i];
  if (c === ',') return !(/\d/.test(text[i - 1] ?? '') && /\d/.test(text[i + 1] ?? ''));
  if (c === '.' || c === '!' || c === '?') return /\s/.test(text[i + 1] ?? ' ');
  return c === ';' || c === ':' || c === '\u2014' || c === '(' || c === ')';
}

/** Words that open a new clause inside a sentence; the flagged clause takes its opening word with it. */
const OPENS_CLAUSE = /\b(?:but|since|because|although|though|while|which|whereas)\b/gi;


/**
 * The clause holding [start, end): between the punctuation around it, narrowed to the nearest
 * joining word ("since", "because", "but"...; not "and", which also joins words: "back and forth") on each side, inside its sentence.
 */
export function clauseAt(ctx: AnalysisContext, start: number, end = start): Span {
  const opens = OPENS_CLAUSE;
  const sentence = ctx.sentenceAt(start) ?? { start, end };
  const stop = Math.max(end, start);
  let from = start;
  while (from > sentence.start && !isBoundary(ctx.masked, from - 1)) from--;
  let to = stop;
  while (to < sentence.end && !isBoundary(ctx.masked, to)) to++;
  // The last joining word before the flagged words opens their clause; the first one after them ends it.
  const before = [...ctx.masked.slice(from, start).matchAll(opens)].pop();
  if (before?.index) from += before.index;
  const after = [...ctx.masked.slice(stop, to).matchAll(opens)].find((m) => m.index > 0);
  if (after) to = stop + after.index;
  while (from < to && /\s/.test(ctx.masked[from])) from++;
  while (to > from && /\s/.test(ctx.masked[to - 1])) to--;
  return { start: from, end: to };
}

/** The writer speaking of themselves ("I won't attend", "we've decided"): a statement of theirs to keep. */
const OWN_STATEMENT = /\b(?:i|i'm|i've|i'll|i'd|i am|we|we're|we've|we'll|my decision)\b/i;

/**
 * Removes the sentence holding [at, end), or only that clause when the sentence also thanks them,
 * states the decision or says something of the writer's own; never a sentence that states the
 * decision (no fix then: the person rewords it, which is better than losing the "no").
 */
export function removeSentenceFix(ctx: AnalysisContext, at: number, end = at): Fix[] {
  const sentence = ctx.sentenceAt(at);
  if (!sentence) return [];
  const decision = findIntent(ctx, allIntentKinds).clear;
  const kept = thanks(ctx);
  const states = (span: Span) => decision !== undefined && overlap(decision, span);
  const holds = (span: Span) => overlapsAny(kept, span.start, span.end) || states(span);
  const clause = clauseAt(ctx, at, end);
  // What the sentence says besides the flagged clause: the writer's own statement stays too.
  const rest = ctx.masked.slice(sentence.start, clause.start) + ' ' + ctx.masked.slice(clause.end, sentence.end);
  if (holds(sentence) || OWN_STATEMENT.test(rest)) {
    // Thanks inside the flagged clause is part of the problem ("I can't say I appreciate being ghosted"): the sentence goes.
    if (!holds(clause) && (clause.start > sentence.start || clause.end < sentence.end)) {
      return [{ title: 'Remove this part', edits: [{ start: clause.start, end: clause.end, newText: '' }] }];
    }
  }
  return states(sentence) ? [] : [{ title: 'Remove this sentence', edits: [{ start: sentence.start, end: sentence.end, newText: '' }] }];
}

/**
 * What a "remove it" fix takes out: the flagged sentence, or only the flagged clause when the
 * same sentence also thanks the reader or states the decision ("Thank you for the note, it's
 * clear you actually read it" keeps its thanks). The engine then makes the edit well formed.
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

/** The clause holding [start, end): between the clause boundaries around it, inside its sentence. */
export function clauseAt(ctx: AnalysisContext, start: number, end = start): Span {
  const sentence = ctx.sentenceAt(start) ?? { start, end };
  let from = start;
  while (from > sentence.start && !isBoundary(ctx.masked, from - 1)) from--;
  let to = Math.max(end, start);
  while (to < sentence.end && !isBoundary(ctx.masked, to)) to++;
  while (from < to && /\s/.test(ctx.masked[from])) from++;
  while (to > from && /\s/.test(ctx.masked[to - 1])) to--;
  return { start: from, end: to };
}

/** Removes the sentence holding [at, end), or only that clause when the sentence also thanks them or states the decision. */
export function removeSentenceFix(ctx: AnalysisContext, at: number, end = at): Fix[] {
  const sentence = ctx.sentenceAt(at);
  if (!sentence) return [];
  const decision = findIntent(ctx, allIntentKinds).clear;
  const kept = thanks(ctx);
  const holds = (span: Span) => overlapsAny(kept, span.start, span.end) || (decision !== undefined && overlap(decision, span));
  if (holds(sentence)) {
    const clause = clauseAt(ctx, at, end);
    // Thanks inside the flagged clause is part of the problem ("I can't say I appreciate being ghosted"): the sentence goes.
    if (!holds(clause) && (clause.start > sentence.start || clause.end < sentence.end)) {
      return [{ title: 'Remove this part', edits: [{ start: clause.start, end: clause.end, newText: '' }] }];
    }
  }
  return [{ title: 'Remove this sentence', edits: [{ start: sentence.start, end: sentence.end, newText: '' }] }];
}

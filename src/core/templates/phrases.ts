// The decline phrases (snippets/decline.json) as completions: which word being typed asks for
// them. Pure; the editor adapter is src/features/drafts/phrases.ts.
import snippetFile from '../../../snippets/decline.json';

export interface Phrase {
  prefix: string;
  name: string;
  description: string;
  /** The snippet body in VS Code's snippet syntax (tab stops, choices). */
  body: string;
}

/** Every phrase of snippets/decline.json, in the file's order (one source for the snippets and the completions). */
export const phrases: readonly Phrase[] = Object.entries(snippetFile as Record<string, { prefix: string; description: string; body: string | string[] }>).map(([name, s]) => ({
  prefix: s.prefix,
  name,
  description: s.description,
  body: Array.isArray(s.body) ? s.body.join('\n') : s.body,
}));

export const PHRASE_WORD = 'decline';
/** Typed after the word, this character asks for the phrases even where VS Code does not suggest as you type (Markdown). */
export const PHRASE_TRIGGER = '-';

/**
 * The word being typed at the end of `linePrefix` (the line up to the cursor) when it asks for the
 * phrases: at the start of the line or after a space or an opening bracket or quote, the start of
 * "decline-" (from its first letter: VS Code asks the providers when a word begins and then only
 * filters, so a provider that waits for more letters is never heard) or "decline-" and more. Its
 * start column and text; else undefined, and the usual suggestions apply.
 */
export function phraseQuery(linePrefix: string): { start: number; typed: string } | undefined {
  const match = /(?:^|[\s([{"'“‘>*_])([A-Za-z][\w-]*)$/.exec(linePrefix);
  if (!match) return undefined;
  const typed = match[1];
  const lower = typed.toLowerCase();
  const full = `${PHRASE_WORD}${PHRASE_TRIGGER}`;
  return full.startsWith(lower) || lower.startsWith(full) ? { start: linePrefix.length - typed.length, typed } : undefined;
}

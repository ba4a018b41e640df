/**
 * Rewrite Politely, in words: which facts a rewrite kept (and where in the draft each came from)
 * and which fields stayed placeholders. Pure; the editor shows the summary and logs the sources.
 */
import type { DecisionKind, DraftFacts, ReasonKind } from './extract';
import { decisionChoice } from './kinds';
import type { Rewrite } from './rewrite';

const reasonWords: Record<ReasonKind, string> = {
  'accepted-offer': 'accepted another offer',
  circumstances: 'circumstances changed',
  timing: 'timing',
};

/** The facts in the order a reader meets them in a message, each with how the summary names it. */
const factNames: readonly [keyof DraftFacts, string][] = [
  ['recipient', 'recipient'],
  ['sender', 'your name'],
  ['company', 'company'],
  ['role', 'role'],
  ['date', 'date'],
  ['decision', 'decision'],
  ['reason', 'reason'],
];

export interface KeptFact {
  /** `recipient`, `sender`, `company`, `role`, `date`, `decision` or `reason`. */
  fact: keyof DraftFacts;
  /** What the summary calls it: `recipient`, `your name`, ... */
  name: string;
  /** The value in words (`Dana`, `declining`, `accepted another offer`). */
  value: string;
  /** Where in the draft it was read: 1-based line and column, and the text there ('' when the person chose it). */
  line: number;
  column: number;
  source: string;
  /** The person chose it (the decision they picked), rather than the draft saying it. */
  chosen: boolean;
}

export interface RewriteSummary {
  kept: KeptFact[];
  /** Labels of the fields left as placeholders (`Your name`, `Company`). */
  placeholders: string[];
  /** The details, for the expanded notification: each fact kept, the placeholders left. */
  message: string;
  /**
   * What a person needs first, in the few words a collapsed notification shows: a warning when the
   * rewrite chose a decision the draft did not state, then how many facts were kept and how many
   * blanks are left, then what to do next.
   */
  headline: string;
}

/** "1 fact", "3 facts". */
const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * `draft`: the text the facts were read from; `labels`: the template's field labels by field name
 * (placeholders are named by label, as New Decline Draft shows them).
 */
export function describeRewrite(draft: string, rewrite: Rewrite, labels: Readonly<Record<string, string>> = {}): RewriteSummary {
  const kept: KeptFact[] = [];
  for (const [fact, name] of factNames) {
    const found = rewrite.facts[fact];
    if (!found) continue;
    const value = fact === 'decision' ? decisionChoice(found.value as DecisionKind).summary : fact === 'reason' ? reasonWords[found.value as ReasonKind] : found.value;
    const chosen = fact === 'decision' && rewrite.facts.decision?.from === 'chosen';
    const source = chosen ? '' : draft.slice(found.start, found.end).replace(/\s+/g, ' ').trim();
    kept.push({ fact, name, value, ...position(draft, found.start), source, chosen });
  }
  const placeholders = rewrite.missing.map((field) => labels[field] ?? field);
  const keptWords = kept.map((k) => (k.fact === 'decision' || k.fact === 'reason' ? `${k.name}: ${k.value}${k.chosen ? ' (you chose it)' : ''}` : `${k.value} (${k.name})`));
  const parts = [keptWords.length ? `Kept ${keptWords.join(', ')}.` : 'Found no names, company, role or decision to keep.'];
  if (placeholders.length) parts.push(`Left as placeholders: ${placeholders.join(', ')}.`);
  // The draft did not say what the writer decided: the rewrite declines, and says so, so nobody sends a decision they never made.
  if (!rewrite.facts.decision) parts.push('The draft states no clear decision, so this rewrite declines: check that is what you mean.');
  const blanks = placeholders.length ? `, ${count(placeholders.length, 'blank', 'blanks')} left` : '';
  const warning = rewrite.facts.decision ? '' : 'Check the decision: your draft states none. ';
  const headline = `${warning}${kept.length ? `${count(kept.length, 'fact', 'facts')} kept` : 'No facts kept'}${blanks}. Apply or Discard above the diff.`;
  return { kept, placeholders, message: parts.join(' '), headline };
}

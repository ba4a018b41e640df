/**
 * The decisions a rewrite can carry, in one place: the kind's id (the CLI's --decision value), the
 * words a person picks it by, and how the summary names it. Pure data; the editor's quick pick, the
 * CLI and the summary all read it.
 */
import type { DecisionKind } from '../analysis/decision/decision';

export interface DecisionChoice {
  kind: DecisionKind;
  /** What the person means, in their words: the quick pick's label. */
  choice: string;
  /** The summary's name for it: "decision: asking to reschedule". */
  summary: string;
}

/** In the order a person is asked. */
export const decisionChoices: readonly DecisionChoice[] = [
  { kind: 'decline', choice: 'Decline the interview', summary: 'declining' },
  { kind: 'accepted-elsewhere', choice: 'Withdraw because I accepted another offer', summary: 'withdrawing after accepting another offer' },
  { kind: 'reschedule', choice: 'Ask to reschedule', summary: 'asking to reschedule' },
  { kind: 'shorter-call', choice: 'Ask for a shorter call first', summary: 'asking for a shorter call first' },
  { kind: 'different-role', choice: 'Ask about a different role', summary: 'asking about a different role' },
  { kind: 'stay-in-touch', choice: 'Say no for now and stay in touch', summary: 'staying in touch' },
];

export const decisionKinds: readonly DecisionKind[] = decisionChoices.map((c) => c.kind);

export function isDecisionKind(value: unknown): value is DecisionKind {
  return typeof value === 'string' && (decisionKinds as readonly string[]).includes(value);
}

export function decisionChoice(kind: DecisionKind): DecisionChoice {
  return decisionChoices.find((c) => c.kind === kind)!;
}

/** The shape of one rule: a pure function from the shared context to findings. */
import type { Fix, RuleId } from '../types';

/** A finding before the engine adds the rule id, severity and `why`. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
}

export interface Rule {
  id: RuleId;
  check(ctx: AnalysisContext): RawFinding[];
}

import type { AnalysisContext } from '../context';

/**
 * Rules about what a message lacks (thanks, a decision) judge whole messages. A reply is a whole
 * message however short: "Not interested." thanks nobody. Only an empty body is left alone
 * (deciding whether a text is a draft at all happens before the engine is asked).
 */
export function isWholeMessage(ctx: AnalysisContext): boolean {
  return ctx.bodyWords >= 2;
}

/** Quotes a short excerpt for a message, shortening long ones. */
export function excerpt(text: string, max = 40): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return `"${one.length > max ? `${one.slice(0, max - 1)}\u2026` : one}"`;
}

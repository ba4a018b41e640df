/** The shape of one rule: a pure function from the shared context to findings. */
import type { Fix, RuleId, Severity } from '../types';

/** A finding before the engine adds the rule id, severity and `why`. */
export interface RawFinding {
  start: number;
  end: number;
  message: string;
  fixes?: Fix[];
}

/** A rule's documentation: hovers, findings' `why`, the README and the settings are made from it. */
export interface RuleDocs {
  /** What the rule flags, one line. */
  summary: string;
  /** The advice behind it, one or two sentences. */
  why: string;
  /** A short draft excerpt the rule flags. */
  example: string;
  /** How to put it right. */
  fix: string;
}

/** One rule, one module: each file in rules/ exports one of these (scripts/generate-rules.ts lists them). */
export interface Rule {
  id: RuleId;
  title: string;
  docs: RuleDocs;
  defaultSeverity: Severity;
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

/** The analysis engine's public shapes. Pure data: adapters (diagnostics, CLI) render these. */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

import { ruleIds } from './ruleIds';

export { ruleIds };

export type RuleId = (typeof ruleIds)[number];

/** Replace the text between UTF-16 offsets `start` and `end` (end exclusive) with `newText`. */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The fix an editor should offer first. */
  preferred?: boolean;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** UTF-16 offsets into the analysed text; `start <= end`. */
  start: number;
  end: number;
  /** Short, one line. */
  message: string;
  /** One or two sentences of the advice behind the rule, in our own words. */
  why: string;
  fixes: Fix[];
}

export interface AnalyzeOptions {
  /** Rules switched off. Default: none. */
  disabledRules?: readonly RuleId[];
  /** Severity per rule, overriding the rule's default. */
  severities?: Partial<Record<RuleId, Severity>>;
  /** Body words above which a draft is too long. Default: DEFAULT_MAX_BODY_WORDS (150). */
  maxBodyWords?: number;
  /** Reasons a draft may give before they count as stacked (over-explaining). Default: 1. */
  maxReasons?: number;
  /** Apologies a draft may make before the rest are extra (excessive-apology). Default: 1. */
  maxApologies?: number;
}

export type ToneSummary = 'warm' | 'neutral' | 'cool' | 'negative';

export interface Metrics {
  words: number;
  sentences: number;
  bodyWords: number;
  readingGrade: number;
  questions: number;
  thanks: number;
  apologies: number;
  reasons: number;
  tone: ToneSummary;
}

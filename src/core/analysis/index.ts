/**
 * The tone analysis engine: reads a decline draft and returns findings a person can act on.
 * Pure TypeScript, no editor API: the diagnostics adapter, the CLI and the tests all use it.
 */
import { AnalysisContext } from './context';
import { measureContext } from './metrics';
import { rules } from './rules';
import type { AnalyzeOptions, Finding, Metrics, RuleId, Severity } from './types';

export * from './types';
export type { Rule, RuleDocs } from './rules/rule';
export { rules };

/** A rule's title, documentation and default severity, by id (hovers and tests read it). */
export interface RuleDoc {
  title: string;
  summary: string;
  why: string;
  example: string;
  fix: string;
  defaultSeverity: Severity;
}

/** Each rule's documentation, taken from its module. */
export const ruleDocs = Object.fromEntries(rules.map((r) => [r.id, { title: r.title, ...r.docs, defaultSeverity: r.defaultSeverity }])) as Record<RuleId, RuleDoc>;
export { DEFAULT_MAX_APOLOGIES, DEFAULT_MAX_BODY_WORDS, DEFAULT_MAX_REASONS } from './context';
export { parseMessage, maskEmailHeaders, type MessageParts } from './message';
export { fixAllEdits, ignoreComment, shiftFindings, type TextChange } from './fixes';

function contextFor(text: string, options?: AnalyzeOptions): AnalysisContext {
  return new AnalysisContext(typeof text === 'string' ? text : String(text ?? ''), options);
}

/** Runs the enabled rules; also says whether negative-tone found anything (the tone summary needs it). */
function runRules(ctx: AnalysisContext): { findings: Finding[]; negativeFound?: boolean } {
  const findings: Finding[] = [];
  let negativeFound: boolean | undefined;
  for (const rule of rules) {
    if (!ctx.options.enabled.has(rule.id)) continue;
    const severity = ctx.options.severities[rule.id] ?? rule.defaultSeverity;
    const raw = rule.check(ctx);
    if (rule.id === 'negative-tone') negativeFound = raw.length > 0;
    const tidy = ctx.parts.postscripts.length > 0;
    for (const f of raw) {
      const fixes = tidy ? (f.fixes ?? []).map((fix) => ({ ...fix, edits: fix.edits.map((e) => ctx.tidyEdit(e)) })) : (f.fixes ?? []);
      findings.push({ ruleId: rule.id, severity, start: f.start, end: f.end, message: f.message, why: rule.docs.why, fixes });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, negativeFound };
}

/** Findings for `text`, sorted by position then rule. Never throws on any string. */
export function analyze(text: string, options?: AnalyzeOptions): Finding[] {
  return runRules(contextFor(text, options)).findings;
}

/** Counts and a tone summary for `text`. */
export function measure(text: string): Metrics {
  return measureContext(contextFor(text));
}

/** analyze() and measure() from one reading of the text: what the editor and the CLI need on every check. */
export function check(text: string, options?: AnalyzeOptions): { findings: Finding[]; metrics: Metrics } {
  const ctx = contextFor(text, options);
  const { findings, negativeFound } = runRules(ctx);
  return { findings, metrics: measureContext(ctx, negativeFound) };
}

/**
 * The tone analysis engine: reads a decline draft and returns findings a person can act on.
 * Pure TypeScript, no editor API: the diagnostics adapter, the CLI and the tests all use it.
 */
import { AnalysisContext } from './context';
import { measureContext } from './metrics';
import { ruleDocs } from './ruleDocs';
import { rules } from './rules';
import type { AnalyzeOptions, Finding, Metrics } from './types';

export * from './types';
export { ruleDocs, type RuleDoc } from './ruleDocs';
export { DEFAULT_MAX_APOLOGIES, DEFAULT_MAX_BODY_WORDS, DEFAULT_MAX_REASONS } from './context';
export { parseMessage, type MessageParts } from './message';

/** Findings for `text`, sorted by position then rule. Never throws on any string. */
export function analyze(text: string, options?: AnalyzeOptions): Finding[] {
  const ctx = new AnalysisContext(typeof text === 'string' ? text : String(text ?? ''), options);
  const findings: Finding[] = [];
  for (const rule of rules) {
    if (!ctx.options.enabled.has(rule.id)) continue;
    const doc = ruleDocs[rule.id];
    const severity = ctx.options.severities[rule.id] ?? doc.defaultSeverity;
    for (const f of rule.check(ctx)) {
      findings.push({ ruleId: rule.id, severity, start: f.start, end: f.end, message: f.message, why: doc.why, fixes: f.fixes ?? [] });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Counts and a tone summary for `text`. */
export function measure(text: string): Metrics {
  return measureContext(new AnalysisContext(typeof text === 'string' ? text : String(text ?? '')));
}

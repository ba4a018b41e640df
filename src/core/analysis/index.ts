/**
 * The tone analysis engine: reads a decline draft and returns findings a person can act on.
 * Pure TypeScript, no editor API: the diagnostics adapter, the CLI and the tests all use it.
 */
import { AnalysisContext } from './context';
import { measureContext } from './metrics';
import { rules } from './rules';
import { fixAllEdits } from './fixes';
import type { AnalyzeOptions, Finding, Fix, Metrics, RuleId, Severity, TextEdit } from './types';
import { wellFormedEdits } from './wellFormed';

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
export { rulePage, type DocumentedRule } from './ruleDocMarkdown';

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
    const ranges = new Set<string>();
    for (const f of raw) {
      // Two detectors of one rule on the same words make one finding, not two on top of each other.
      const range = `${f.start}:${f.end}`;
      if (ranges.has(range)) continue;
      ranges.add(range);
      // Every fix leaves well-formed text; one that would empty a postscript takes its "P.S." too.
      const fixes = (f.fixes ?? []).map((fix) => wellFormedFix(ctx.text, fix)).map((fix) => (tidy ? { ...fix, edits: fix.edits.map((e) => ctx.tidyEdit(e)) } : fix));
      findings.push({ ruleId: rule.id, severity, start: f.start, end: f.end, message: f.message, why: rule.docs.why, fixes });
    }
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  return { findings, negativeFound };
}

/** Every rule's fix, made to leave well-formed text (see wellFormed.ts). */
function wellFormedFix(text: string, fix: Fix): Fix {
  return { ...fix, edits: wellFormedEdits(text, fix.edits) };
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

/** What Fix All did: the fixed text, one edit list that turns the input into it, and what it could not fix. */
export interface FixAllResult {
  text: string;
  /** Edits in the input's offsets, not overlapping, to apply in one go (empty when nothing changed). */
  edits: TextEdit[];
  /** The findings left in the fixed text: those with no automatic fix, or whose fix would collide. Never hidden. */
  remaining: Finding[];
}

/** Rounds of fixing at most: a fix skipped because it touched another is taken in the next round. */
const FIX_ROUNDS = 4;

/**
 * Applies every finding's preferred (or only) fix, checks again and repeats while fixes remain
 * that could not be taken together, then reports what is left. `prepare` turns the text into
 * what the engine reads (an email's headers masked), keeping its length.
 */
export function fixAll(text: string, options?: AnalyzeOptions, prepare: (text: string) => string = (t) => t): FixAllResult {
  let current = text;
  let rounds: TextEdit[][] = [];
  let findings = analyze(prepare(current), options);
  for (let round = 0; round < FIX_ROUNDS; round++) {
    const edits = fixAllEdits(findings);
    const next = applyTextEdits(current, edits);
    if (edits.length === 0 || next === current) break;
    rounds.push(edits);
    current = next;
    findings = analyze(prepare(current), options);
  }
  if (rounds.length > 1) rounds = [[differenceEdit(text, current)]];
  return { text: current, edits: rounds[0] ?? [], remaining: findings };
}

/** Applies non-overlapping edits given in the text's offsets. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** One edit that turns `before` into `after`: the part between their common start and common end. */
function differenceEdit(before: string, after: string): TextEdit {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end, newText: after.slice(start, after.length - end) };
}

/**
 * The one message Fix All shows about what it left, naming each rule once with its count, or
 * nothing when everything was fixed. `applied`: whether it changed anything.
 */
export function describeUnfixed(remaining: readonly Finding[], applied: boolean): string | undefined {
  if (remaining.length === 0) return undefined;
  const counts = new Map<RuleId, number>();
  for (const f of remaining) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
  const rulesLeft = [...counts].map(([id, n]) => `${ruleDocs[id].title}${n > 1 ? ` (${n})` : ''}`).join(', ');
  const issues = remaining.length === 1 ? '1 issue needs' : `${remaining.length} issues need`;
  return `Graceful Decline: ${applied ? 'fixed what it could;' : 'nothing here has an automatic fix;'} ${issues} your own words: ${rulesLeft}.`;
}

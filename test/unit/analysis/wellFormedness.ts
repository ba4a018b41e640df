// What a fix must not leave behind, counted in a text so a fix is judged only by what it adds:
// the corpus's own writing may already contain any of these. Independent of src/core/analysis/
// wellFormed.ts on purpose (a checker that shared its code would share its blind spots).
import { analyze, type AnalyzeOptions, type Finding, type RuleId, type TextEdit } from '../../../src/core/analysis';

export const defectKinds = [
  'doubled space',
  'space at line end',
  'doubled or orphan punctuation',
  'space before punctuation',
  'line starting with punctuation',
  'sentence ending in a conjunction',
  'sentence starting with a dangling conjunction',
  'sentence starting lower-case',
  'conjunction joining nothing',
  'blank lines piled up',
] as const;
export type DefectKind = (typeof defectKinds)[number];

const ABBREVIATION = /(?:^|\s)(?:e\.g|i\.e|etc|vs|approx|incl|a\.m|p\.m|no|mr|mrs|ms|dr|st)\.$/i;

const PATTERNS: Record<Exclude<DefectKind, 'sentence starting lower-case'>, RegExp> = {
  'doubled space': /(?<=\S)[ \t]{2,}(?=\S)/g,
  'space at line end': /(?<=\S)[ \t]+$/gm,
  'doubled or orphan punctuation': /,[ \t]*,|;[ \t]*;|,[ \t]*[.;:!?]|[.;:!?][ \t]*,|(?<!\.)\.\.(?!\.)|(?<!\.)\.[ \t]+\.(?!\.)|[!?][ \t]+[.!?]/g,
  'space before punctuation': /(?<=[\p{L}\p{N}])[ \t]+[,.;:!?](?=\s|$)/gmu,
  'line starting with punctuation': /^[ \t]*[,;:.](?![.\d\w])/gm,
  'sentence ending in a conjunction': /\b(?:and|but|or)[ \t]*[.!?](?![\w.])|\b(?:and|but|or)[ \t]*\n[ \t]*\n/gi,
  'sentence starting with a dangling conjunction': /(?:^|[.!?][ \t]+|\n[ \t]*\n[ \t]*)(?:and|but|or|so)\b[ \t]*[,.!?]|(?:^|[.!?]["')\]]*[ \t]+|\n[ \t]*\n[ \t]*)(?:and|but|or)[ \t]+(?:and|but|or)\b|\b(?:and|but|or)[ \t,]+(?:and|but|or)\b/gim,
  // "Sorry again, and  for the late notice.": the clause after "and" is gone.
  'conjunction joining nothing': /,[ \t]*(?:and|but|or)[ \t]+(?:for|about|to|with|of|on|in|at)\b/gi,
  'blank lines piled up': /\n[ \t]*\n[ \t]*\n/g,
};

function lowerCaseStarts(text: string): number {
  let n = 0;
  const re = /[.!?]["')\]\u201D\u2019]*[ \t]+(\p{Ll})|\n[ \t]*\n[ \t]*(\p{Ll})/gu;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[1] !== undefined && ABBREVIATION.test(text.slice(Math.max(0, m.index - 6), m.index + 1))) continue;
    n++;
  }
  if (/^\s*\p{Ll}/u.test(text)) n++;
  return n;
}

export function countDefects(raw: string): Record<DefectKind, number> {
  const text = raw.replace(/\r\n/g, '\n');
  const out = {} as Record<DefectKind, number>;
  for (const [kind, re] of Object.entries(PATTERNS)) out[kind as DefectKind] = text.match(re)?.length ?? 0;
  out['sentence starting lower-case'] = lowerCaseStarts(text);
  return out;
}

/** The defects `after` has more of than `before`. */
export function newDefects(before: string, after: string): DefectKind[] {
  const a = countDefects(before);
  const b = countDefects(after);
  return defectKinds.filter((k) => b[k] > a[k]);
}

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((x, y) => y.start - x.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const countByRule = (findings: readonly Finding[]) => {
  const m = new Map<RuleId, number>();
  for (const f of findings) m.set(f.ruleId, (m.get(f.ruleId) ?? 0) + 1);
  return m;
};

/**
 * Problems with one fix's result: defects it added, rules it brought in, and its own finding not
 * gone (the rule reports as often as before, and on the same words; it may still report other
 * words, as a reader would).
 */
export function judgeFix(before: string, beforeFindings: readonly Finding[], after: string, fixed: Finding | undefined, options?: AnalyzeOptions): string[] {
  const problems: string[] = newDefects(before, after);
  const was = countByRule(beforeFindings);
  const afterFindings = analyze(after, options);
  const now = countByRule(afterFindings);
  for (const rule of now.keys()) if (!was.has(rule)) problems.push(`new finding: ${rule}`);
  if (fixed !== undefined && (now.get(fixed.ruleId) ?? 0) >= (was.get(fixed.ruleId) ?? 0)) {
    const words = before.slice(fixed.start, fixed.end);
    if (afterFindings.some((f) => f.ruleId === fixed.ruleId && after.slice(f.start, f.end) === words)) problems.push(`not fixed: ${fixed.ruleId}`);
  }
  return problems;
}

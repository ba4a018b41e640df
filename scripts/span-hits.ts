/**
 * `npx tsx scripts/span-hits.ts <rule>`: where a rule's findings point, measured against the gold
 * spans (test/fixtures/corpus/spans/<rule>.json) on the dev messages labelled with the rule that the
 * rule reports: the share of its findings that overlap a gold span, the share of drafts where at
 * least one does, and the share of gold spans some finding overlaps. Dev only, and in-sample (the
 * models were trained on these drafts): a check that the editor's ranges sit on the problem.
 */
import { analyze, ruleIds, type RuleId } from '../src/core/analysis';
import { loadCorpus, loadSpans, spanRanges } from './corpus';

const rule = process.argv[2] as RuleId;
if (!(ruleIds as readonly string[]).includes(rule)) {
  console.error('Usage: npx tsx scripts/span-hits.ts <rule id>');
  process.exit(2);
}
const spans = loadSpans(rule);
let drafts = 0;
let hitDrafts = 0;
let findings = 0;
let onSpan = 0;
let golds = 0;
let covered = 0;
let chars = 0;
let goldChars = 0;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) - Math.max(a.start, b.start) >= Math.min(4, b.end - b.start, a.end - a.start);
for (const m of loadCorpus().messages) {
  const marked = spans.get(m.file);
  if (m.part !== 'dev' || !m.expected.has(rule) || !marked) continue;
  const found = analyze(m.text).filter((f) => f.ruleId === rule);
  if (found.length === 0) continue;
  const ranges = spanRanges(m.text, marked);
  drafts++;
  findings += found.length;
  const hits = found.filter((f) => ranges.some((r) => overlaps(f, r)));
  onSpan += hits.length;
  if (hits.length > 0) hitDrafts++;
  golds += ranges.length;
  covered += ranges.filter((r) => found.some((f) => overlaps(f, r))).length;
  for (const f of found) {
    chars += f.end - f.start;
    for (const r of ranges) goldChars += Math.max(0, Math.min(f.end, r.end) - Math.max(f.start, r.start));
  }
}
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(`${rule}: ${drafts} labelled dev drafts reported; findings on a gold span ${onSpan}/${findings} (${pct(onSpan, findings)}); drafts with a finding on a gold span ${hitDrafts}/${drafts} (${pct(hitDrafts, drafts)}); gold spans covered ${covered}/${golds} (${pct(covered, golds)}); characters of findings inside gold spans ${pct(goldChars, chars)}`);

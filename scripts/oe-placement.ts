/**
 * Experiment (dev only): where over-explaining's findings point, against the gold spans
 * (test/fixtures/corpus/spans/over-explaining.json). Over dev drafts labelled over-explaining and
 * reported: the share of findings that overlap a gold span, the share of gold spans a finding
 * overlaps, and the findings' mean length in characters. Totals only (the models saw these drafts:
 * an optimistic reading, for comparing placements).
 */
import { analyze } from '../src/core/analysis';
import { loadCorpus, loadSpans, spanRanges } from './corpus';

const spans = loadSpans('over-explaining');
let findings = 0;
let onGold = 0;
let gold = 0;
let covered = 0;
let chars = 0;
let drafts = 0;
for (const m of loadCorpus().messages.filter((d) => d.part === 'dev' && d.expected.has('over-explaining'))) {
  const fs = analyze(m.text).filter((f) => f.ruleId === 'over-explaining' && !f.message.startsWith('The body has'));
  const marked = spans.get(m.file);
  if (fs.length === 0 || !marked) continue;
  drafts++;
  const ranges = spanRanges(m.text, marked);
  const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.min(a.end, b.end) > Math.max(a.start, b.start);
  for (const f of fs) {
    findings++;
    chars += f.end - f.start;
    if (ranges.some((r) => overlaps(f, r))) onGold++;
  }
  for (const r of ranges) {
    gold++;
    if (fs.some((f) => overlaps(f, r))) covered++;
  }
}
console.log(`${drafts} reported labelled drafts: ${findings} findings, ${(onGold / findings).toFixed(3)} on a gold span; ${(covered / gold).toFixed(3)} of ${gold} gold spans pointed at; mean finding ${(chars / findings).toFixed(0)} characters`);

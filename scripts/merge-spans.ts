/**
 * `npx tsx scripts/merge-spans.ts <rule> <annotator.json>...`: merges annotators' gold spans files
 * (file -> exact substrings of the body; they may still be mid-write) into
 * test/fixtures/corpus/spans/<rule>.json, keeping only dev messages labelled with the rule and
 * spans found verbatim (see mergeSpans in scripts/corpus.ts). Prints what it left out.
 */
import * as fs from 'node:fs';
import { ruleIds, type RuleId } from '../src/core/analysis';
import { mergeSpans, readSpansLenient, serialiseSpans, spansDir, spansPath } from './corpus';

const [rule, ...sources] = process.argv.slice(2);
if (!(ruleIds as readonly string[]).includes(rule) || sources.length === 0) {
  console.error('Usage: npx tsx scripts/merge-spans.ts <rule id> <spans.json>...');
  process.exit(2);
}
const { spans, problems } = mergeSpans(rule as RuleId, sources.map(readSpansLenient));
fs.mkdirSync(spansDir, { recursive: true });
fs.writeFileSync(spansPath(rule as RuleId), serialiseSpans(spans));
console.log(`${rule}: ${Object.keys(spans).length} files, ${Object.values(spans).reduce((n, s) => n + s.length, 0)} spans -> ${spansPath(rule as RuleId)}`);
for (const p of problems) console.log(`  ${p}`);

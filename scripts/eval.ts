/**
 * `npm run eval`: precision and recall per rule on the corpus's dev part and on its holdout.
 * `--misses` lists the dev misses (file, rule, FP/FN, what was found). The holdout is reported
 * in aggregate only: no file of it is ever named or printed, so nobody tunes on it. `--dev-only`
 * leaves the holdout columns out altogether: use it while changing the engine, and look at the
 * holdout once, when a change is finished.
 */
import { loadCorpus, score, judgementRules, type Labelled, type RuleScore } from './corpus';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleIds, type RuleId } from '../src/core/analysis';
import { detectDraft } from '../src/core/draftDetection';
import { dependencyDocuments, root } from '../test/unit/draftDetection/documents';

const args = process.argv.slice(2);
const listMisses = args.includes('--misses');
const devOnly = args.includes('--dev-only');
const only = args.find((a) => a.startsWith('--rule='))?.slice('--rule='.length);

const { messages, unsplit } = loadCorpus();
const dev = messages.filter((m) => m.part === 'dev');
const holdout = messages.filter((m) => m.part === 'holdout');
const d = score(dev, true);
const h = devOnly ? undefined : score(holdout, false);

const f2 = (n: number) => n.toFixed(2);
const cell = (s: RuleScore) => `${f2(s.precision)} | ${f2(s.recall)} | ${s.positives} | ${s.fp} | ${s.fn}`;
console.log(`Corpus: ${messages.length} messages, dev ${dev.length}, holdout ${holdout.length}${unsplit.length ? `, ${unsplit.length} not in split.json (run node scripts/corpus-split.mjs)` : ''}\n`);
const holdoutHead = h ? ' holdout P | holdout R | holdout labelled | holdout FP | holdout FN |' : '';
console.log(`| Rule | dev P | dev R | dev labelled | dev FP | dev FN |${holdoutHead}`);
console.log(`| --- | --- | --- | --- | --- | --- |${h ? ' --- | --- | --- | --- | --- |' : ''}`);
for (const id of ruleIds) console.log(`| ${id}${judgementRules.includes(id) ? '' : ' (mechanical)'} | ${cell(d[id])} |${h ? ` ${cell(h[id])} |` : ''}`);

const sizes = (ms: Labelled[]) => `${ms.filter((m) => m.expected.size === 0).length} with no label`;
console.log(`\ndev: ${sizes(dev)}${h ? `; holdout: ${sizes(holdout)}` : ''}`);

// Documents nobody on the team wrote (the Markdown and text files of the installed dependencies):
// the share taken for drafts, and so checked as you type (src/core/draftDetection).
const { files } = dependencyDocuments();
const taken = files.filter((f) => detectDraft(fs.readFileSync(path.join(root, f), 'utf8')).isDraft).length;
console.log(`Dependency documents taken for drafts: ${taken} of ${files.length} (${((100 * taken) / Math.max(1, files.length)).toFixed(2)}%; limit 0.5%)`);

if (listMisses) {
  console.log('\nDev misses:');
  for (const id of ruleIds as readonly RuleId[]) {
    if (only && id !== only) continue;
    for (const miss of d[id].misses) {
      console.log(`${miss.kind} ${id} ${miss.file}${miss.messages.length ? `\n    ${miss.messages.join('\n    ')}` : ''}`);
    }
  }
}

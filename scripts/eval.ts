/**
 * `npm run eval`: precision and recall per rule on the corpus's dev part, its holdout and its fresh
 * part. `--misses` lists the dev misses (file, rule, FP/FN, what was found). The holdout and fresh
 * parts are reported in aggregate only: no file of them is ever named or printed, so nobody tunes on
 * them. `--prefix=nh-,ni-` scores only the dev messages with those file-name prefixes (a batch not
 * yet tuned on). `--dev-only` leaves the holdout and fresh columns out altogether: use it while
 * changing the engine, and look at the other parts once, when a change is finished.
 */
import { agreement, loadCorpus, score, judgementRules, type Labelled, type RuleScore } from './corpus';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleIds, type RuleId } from '../src/core/analysis';
import { detectDraft } from '../src/core/draftDetection';
import { dependencyDocuments, root } from '../test/unit/draftDetection/documents';

const args = process.argv.slice(2);
const listMisses = args.includes('--misses');
const devOnly = args.includes('--dev-only');
const only = args.find((a) => a.startsWith('--rule='))?.slice('--rule='.length);
/** `--prefix=nh-,ni-`: only the dev messages whose file names start so (new dev messages, measured before tuning on them). */
const prefixes = args.find((a) => a.startsWith('--prefix='))?.slice('--prefix='.length).split(',').filter(Boolean);

const { messages, unsplit } = loadCorpus();
const dev = messages.filter((m) => m.part === 'dev' && (!prefixes || prefixes.some((p) => m.file.startsWith(p))));
const unseen = (['holdout', 'fresh'] as const).map((part) => ({ part, ms: messages.filter((m) => m.part === part) }));
const d = score(dev, true);
const shown = devOnly ? [] : unseen.map((u) => ({ ...u, s: score(u.ms, false) }));

const f2 = (n: number) => n.toFixed(2);
const cell = (s: RuleScore) => `${f2(s.precision)} | ${f2(s.recall)} | ${s.positives} | ${s.fp} | ${s.fn}`;
console.log(`Corpus: ${messages.length} messages, dev ${dev.length}, ${unseen.map((u) => `${u.part} ${u.ms.length}`).join(', ')}${unsplit.length ? `, ${unsplit.length} not in split.json (run node scripts/corpus-split.mjs)` : ''}\n`);
const head = (part: string) => ` ${part} P | ${part} R | ${part} labelled | ${part} FP | ${part} FN |`;
console.log(`| Rule |${head('dev')}${shown.map((u) => head(u.part)).join('')}`);
console.log(`| --- |${' --- | --- | --- | --- | --- |'.repeat(1 + shown.length)}`);
for (const id of ruleIds) console.log(`| ${id}${judgementRules.includes(id) ? '' : ' (mechanical)'} | ${cell(d[id])} |${shown.map((u) => ` ${cell(u.s[id])} |`).join('')}`);

const sizes = (ms: Labelled[]) => `${ms.filter((m) => m.expected.size === 0).length} with no label`;
console.log(`\ndev: ${sizes(dev)}${shown.map((u) => `; ${u.part}: ${sizes(u.ms)}`).join('')}`);
const second = agreement(messages);
console.log(`Agreement with a second, blind labeller on ${second.count} messages (Cohen's kappa): ${ruleIds.map((id) => `${id} ${f2(second.kappa[id])}`).join(', ')}`);

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

/**
 * `npm run bench`: analyze() against two well-known JavaScript prose linters, write-good and alex,
 * measured side by side in one run on the same texts. Prints a Markdown table the README quotes.
 * Not a test: the numbers depend on the machine and its load.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';
import writeGood from 'write-good';
import { analyze } from '../src/core/analysis';

type Lint = (text: string) => unknown;

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

const corpusDir = path.join(__dirname, '../test/fixtures/corpus');
/** The drafts of the labelled corpus, front matter removed: good and flawed, many voices. */
const drafts = fs
  .readdirSync(corpusDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => fs.readFileSync(path.join(corpusDir, f), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));

const words = (text: string) => (text.match(/\S+/g) ?? []).length;

/** A typical draft of about 120 words: greeting, thanks, decision, one reason, a flaw or two, sign-off. */
const TYPICAL = `Subject: Data Analyst interview

Dear Ms Rivera,

Thank you for inviting me to interview for the Data Analyst role at Northwind, and for the time you and the team have already spent on my application. I enjoyed our first conversation about the analytics platform and the way the team works.

After careful thought, I have decided to withdraw my application. I have accepted another offer, and I would rather tell you now than take up an interview slot that another candidate could use. I am sorry for any inconvenience this causes.

I hope our paths cross again, and I would be glad to stay in touch about future roles. I wish you every success with the search.

Kind regards,
Sam Patel`;

/** About `bytes` of drafts, one after another, as one long document. */
function document(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const d = drafts[i % drafts.length];
    parts.push(d);
    size += d.length + 2;
  }
  return parts.join('\n\n').slice(0, bytes);
}

/** Median milliseconds per call, running for at least `budgetMs` (and at least `minRuns` times) after a warm-up. */
function time(lint: Lint, text: string, budgetMs: number, minRuns = 3, maxRuns = 10_000): number {
  lint(text);
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < maxRuns && (samples.length < minRuns || performance.now() - started < budgetMs)) {
    const t = performance.now();
    lint(text);
    samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3));

async function main(): Promise<void> {
  const alex = (await import('alex')) as { text: (value: string) => unknown };
  const tools: [string, Lint][] = [
    ['graceful-decline analyze()', (t) => analyze(t)],
    ['write-good', (t) => writeGood(t)],
    ['alex (text)', (t) => alex.text(t)],
  ];
  const big = document(1_000_000);
  const texts: [string, string, number][] = [
    ['typical draft', TYPICAL, 1500],
    ['1 MB document', big, 4000],
  ];

  console.log(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}`);
  console.log(`Texts: typical draft ${words(TYPICAL)} words; 1 MB document ${words(big).toLocaleString('en-US')} words (${(big.length / 1e6).toFixed(2)} M characters, corpus drafts repeated)\n`);

  const results: Record<string, Record<string, { ms: number; wps: number }>> = {};
  // Each tool on each text starts from a collected heap, so no tool pays for another's garbage.
  for (const [toolName, lint] of tools) {
    for (const [textName, text, budget] of texts) {
      gc();
      // alex on a megabyte takes seconds: a single timed run after the warm-up is enough.
      const ms = time(lint, text, budget, toolName.startsWith('alex') && text === big ? 1 : 3);
      (results[toolName] ??= {})[textName] = { ms, wps: (words(text) / ms) * 1000 };
    }
  }

  const ours = results['graceful-decline analyze()'];
  console.log('| Tool | Typical draft: ms | words/s | 1 MB: ms | words/s | analyze() is faster by |');
  console.log('| --- | ---: | ---: | ---: | ---: | --- |');
  for (const [toolName] of tools) {
    const r = results[toolName];
    const ratio =
      toolName === 'graceful-decline analyze()'
        ? '—'
        : `${fmt(ours['typical draft'].wps / r['typical draft'].wps)}x (typical), ${fmt(ours['1 MB document'].wps / r['1 MB document'].wps)}x (1 MB)`;
    console.log(`| ${toolName} | ${fmt(r['typical draft'].ms)} | ${fmt(r['typical draft'].wps)} | ${fmt(r['1 MB document'].ms)} | ${fmt(r['1 MB document'].wps)} | ${ratio} |`);
  }

  // Linearity: ten times the text should take at most about ten times as long.
  console.log('\n| Linearity (analyze) | ms | ratio to the size before |');
  console.log('| --- | ---: | ---: |');
  let previous: number | undefined;
  for (const size of [10_000, 100_000, 1_000_000]) {
    const text = document(size);
    gc();
    const ms = time((t) => analyze(t), text, 2000, 5);
    console.log(`| ${(size / 1000).toLocaleString('en-US')} KB | ${fmt(ms)} | ${previous === undefined ? '—' : `${(ms / previous).toFixed(1)}x for 10x the text`} |`);
    previous = ms;
  }

  // Memory: heap kept after many analyses (a leak would grow it) and the peak of one 1 MB analysis.
  gc();
  const before = process.memoryUsage().heapUsed;
  for (let i = 0; i < 2000; i++) analyze(TYPICAL);
  gc();
  const kept = process.memoryUsage().heapUsed - before;
  gc();
  const base = process.memoryUsage().heapUsed;
  let peak = base;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 1);
  const findings = analyze(big);
  peak = Math.max(peak, process.memoryUsage().heapUsed);
  clearInterval(sampler);
  const resultBytes = Buffer.byteLength(JSON.stringify(findings));
  console.log('\n| Memory (analyze) | |');
  console.log('| --- | ---: |');
  console.log(`| Heap kept after 2,000 analyses of the typical draft | ${(kept / 1024).toFixed(0)} KB |`);
  console.log(`| Heap growth during one 1 MB analysis (incl. its ${findings.length.toLocaleString('en-US')} findings, ${(resultBytes / 1e6).toFixed(1)} MB as JSON) | ${((peak - base) / 2 ** 20).toFixed(1)} MB |`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});

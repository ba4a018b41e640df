/**
 * Prints how the draft detector (src/core/draftDetection) does on documents nobody on the team
 * wrote and on every message we have: `npm run report:drafts [-- FOLDER...]`. Extra folders (for
 * example a corpus being written) are read as messages: every .txt in them should be a draft.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { detectDraft } from '../src/core/draftDetection';
import { renderTemplate } from '../src/core/templates';
import { builtinTemplates, sampleFields } from '../test/unit/templates/builtins';
import { corpusDrafts, dependencyDocumentCap, dependencyDocuments, notDrafts, root, seedSamples, type Sample } from '../test/unit/draftDetection/documents';

const percent = (n: number, of: number) => `${((100 * n) / Math.max(of, 1)).toFixed(2)}%`;

function messages(label: string, samples: Sample[]): void {
  const missed = samples.filter((s) => !detectDraft(s.text).isDraft);
  console.log(`${label}: ${samples.length - missed.length} of ${samples.length} taken for drafts (${percent(samples.length - missed.length, samples.length)})`);
  for (const s of missed) console.log(`  missed ${s.name}: ${detectDraft(s.text).reason}`);
}

async function main(): Promise<void> {
  const { files, skipped } = dependencyDocuments();
  detectDraft("Hi Jo,\n\nThanks for the interview.\n\nBest,\nAl"); // compile the patterns before timing
  const times: number[] = [];
  const taken: string[] = [];
  for (const f of files) {
    const text = fs.readFileSync(path.join(root, f), 'utf8');
    const start = performance.now();
    const verdict = detectDraft(text);
    times.push(performance.now() - start);
    if (verdict.isDraft) taken.push(`${f}: ${verdict.reason}`);
  }
  times.sort((a, b) => a - b);
  console.log(`Dependency documents (node_modules: *.md, *.markdown, *.txt, README, CHANGELOG, LICENSE...; over ${dependencyDocumentCap / 1024} KB skipped)`);
  console.log(`  scanned ${files.length}, skipped ${skipped.length} over the size cap`);
  console.log(`  taken for drafts: ${taken.length} (${percent(taken.length, files.length)}; the limit is 0.5%)`);
  for (const t of taken) console.log(`  false positive ${t}`);
  console.log(`  time per document: median ${times[times.length >> 1].toFixed(3)} ms, 99th percentile ${times[Math.floor(times.length * 0.99)].toFixed(2)} ms (the machine's load included)`);
  console.log('');
  messages('Corpus messages (test/fixtures/corpus)', corpusDrafts());
  messages('Seed sample messages (test/fixtures/draft-detection/seed-samples)', seedSamples());
  const rendered: Sample[] = [];
  for (const t of await builtinTemplates()) {
    rendered.push({ name: `${t.id} (filled)`, text: renderTemplate(t, sampleFields).text }, { name: `${t.id} (empty fields)`, text: renderTemplate(t, {}).text });
  }
  messages('Built-in templates, rendered', rendered);
  const documents = notDrafts();
  const wrong = documents.filter((d) => detectDraft(d.text).isDraft);
  console.log(`Team-written documents that are not messages: ${wrong.length} of ${documents.length} taken for drafts`);
  for (const folder of process.argv.slice(2)) messages(`Folder ${folder}`, corpusDrafts(path.resolve(folder)));
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exitCode = 1;
});

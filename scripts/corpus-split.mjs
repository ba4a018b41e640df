#!/usr/bin/env node
// Splits the tone corpus into `dev` (tuned on) and `holdout` (never tuned on), once, and records it.
// The first 150 team drafts were tuned on before the split existed, so they are all `dev`. Every
// later message goes to the holdout when the first hex digit of the SHA-256 of its file name is
// below 8: a fixed coin toss per file, decided before anyone read the message. Messages gathered
// after the holdout had been measured on (LATER_DEV_PREFIXES) all go to `dev`: the holdout stays
// the set chosen at random once, and the new material only widens what the rules are tuned on.
// FRESH_PREFIXES name a third part, `fresh`: messages from pages no other corpus message came from,
// gathered after the holdout had been measured on many times. Nothing is tuned on them, and their
// misses are never listed: they say how the checker does on text nobody has looked at through it.
// Usage: node scripts/corpus-split.mjs [--check]   (--check: exit 1 when split.json is out of date)
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const corpusDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'test', 'fixtures', 'corpus');
const splitFile = join(corpusDir, 'split.json');
/** File-name prefixes of the drafts the rules were first tuned on. */
const TUNED_PREFIXES = ['c-', 'ea-', 'good-', 'mg-', 'nt-', 'oe-', 'ph-', 'ud-'];
/** File-name prefixes of messages added after the holdout was fixed (2026-11-28). */
const LATER_DEV_PREFIXES = ['na-', 'nb-', 'nd-', 'ne-', 'nf-', 'ng-', 'nh-', 'ni-', 'nj-', 'nk-'];
/** File-name prefixes of the `fresh` part (2026-11-28). */
const FRESH_PREFIXES = ['nc-'];

export function partOf(file) {
  if (FRESH_PREFIXES.some((p) => file.startsWith(p))) return 'fresh';
  if ([...TUNED_PREFIXES, ...LATER_DEV_PREFIXES].some((p) => file.startsWith(p))) return 'dev';
  return parseInt(createHash('sha256').update(file).digest('hex')[0], 16) < 8 ? 'holdout' : 'dev';
}

const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
const split = Object.fromEntries(['dev', 'holdout', 'fresh'].map((part) => [part, files.filter((f) => partOf(f) === part)]));
const text = `${JSON.stringify({ $comment: 'Written by scripts/corpus-split.mjs; see docs/labelling.md.', ...split }, null, 1)}\n`;
if (process.argv.includes('--check')) {
  let current = '';
  try { current = readFileSync(splitFile, 'utf8'); } catch { /* missing */ }
  if (current !== text) { console.error('split.json is out of date: run node scripts/corpus-split.mjs'); process.exit(1); }
} else {
  writeFileSync(splitFile, text);
  console.log(`dev ${split.dev.length}, holdout ${split.holdout.length}, fresh ${split.fresh.length}`);
}

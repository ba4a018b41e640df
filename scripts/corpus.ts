/**
 * The labelled tone corpus (test/fixtures/corpus): loading, the dev/holdout split recorded in
 * split.json (written by scripts/corpus-split.mjs), and precision/recall per rule. Shared by
 * `npm run eval` and the accuracy unit test.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, ruleIds, type AnalyzeOptions, type RuleId } from '../src/core/analysis';

export const corpusDir = path.join(__dirname, '..', 'test', 'fixtures', 'corpus');

/** dev: tuned on; holdout: drawn at random once, never tuned on; fresh: later, from unseen pages, never tuned on. */
export const parts = ['dev', 'holdout', 'fresh'] as const;
export type Part = (typeof parts)[number];

export interface Labelled {
  file: string;
  part: Part;
  text: string;
  expected: Set<RuleId>;
  situation?: string;
  /** The published page it was paraphrased from (`source:`), or `team`. */
  source?: string;
}

/** The recorded split. Files missing from it are reported, never guessed. */
export function readSplit(): Record<Part, Set<string>> {
  const json = JSON.parse(fs.readFileSync(path.join(corpusDir, 'split.json'), 'utf8')) as Partial<Record<Part, string[]>>;
  return Object.fromEntries(parts.map((part) => [part, new Set(json[part] ?? [])])) as Record<Part, Set<string>>;
}

export function parseLabels(file: string, text: string): { expected: Set<RuleId>; situation?: string; source?: string } {
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!front) throw new Error(`${file}: front matter is missing`);
  const field = (name: string) => new RegExp(`^${name}:[ \\t]*(.*)$`, 'm').exec(front[1])?.[1].trim();
  const expect = field('expect');
  if (expect === undefined) throw new Error(`${file}: "expect:" is missing`);
  const ids = expect === 'none' || expect === '' ? [] : expect.split(/\s*,\s*/);
  for (const id of ids) if (!(ruleIds as readonly string[]).includes(id)) throw new Error(`${file}: unknown rule id ${id}`);
  return { expected: new Set(ids as RuleId[]), situation: field('situation'), source: field('source') };
}

export interface Corpus {
  messages: Labelled[];
  /** Files not listed in split.json (run node scripts/corpus-split.mjs). */
  unsplit: string[];
}

export function loadCorpus(): Corpus {
  const split = readSplit();
  const files = fs.readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
  const messages: Labelled[] = [];
  const unsplit: string[] = [];
  for (const file of files) {
    const part = parts.find((p) => split[p].has(file));
    if (part === undefined) {
      unsplit.push(file);
      continue;
    }
    const text = fs.readFileSync(path.join(corpusDir, file), 'utf8');
    messages.push({ file, part, text, ...parseLabels(file, text) });
  }
  return { messages, unsplit };
}

/**
 * Messages from one site share its writers' and editors' habits, so cross-validation keeps them in one
 * fold: a fold left out then holds only sites the models never saw, as the holdout's newer messages and
 * the fresh part do. The site's host name (team messages: each its own), hashed (FNV-1a) into `folds`.
 */
export function foldOf(m: Pick<Labelled, 'file' | 'source'>, folds: number): number {
  let key = m.file;
  if (m.source && /^https?:\/\//.test(m.source)) {
    try {
      key = new URL(m.source).hostname.replace(/^www\./, '');
    } catch {
      // An address that does not parse: the file stands alone.
    }
  }
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h % folds;
}

export interface RuleScore {
  tp: number;
  fp: number;
  fn: number;
  /** Messages labelled with the rule. */
  positives: number;
  precision: number;
  recall: number;
  /** Per-file misses; filled for dev only. */
  misses: { file: string; kind: 'FP' | 'FN'; messages: string[] }[];
}

/** Precision and recall per rule over `messages`; per-file misses only when `listMisses`. */
export function score(messages: readonly Labelled[], listMisses: boolean, options?: AnalyzeOptions): Record<RuleId, RuleScore> {
  const out = Object.fromEntries(ruleIds.map((id) => [id, { tp: 0, fp: 0, fn: 0, positives: 0, precision: 1, recall: 1, misses: [] }])) as unknown as Record<RuleId, RuleScore>;
  for (const m of messages) {
    const findings = analyze(m.text, options);
    const found = new Set(findings.map((f) => f.ruleId));
    for (const id of ruleIds) {
      const s = out[id];
      if (m.expected.has(id)) s.positives++;
      const kind = m.expected.has(id) && found.has(id) ? 'TP' : found.has(id) ? 'FP' : m.expected.has(id) ? 'FN' : undefined;
      if (kind === 'TP') s.tp++;
      else if (kind === 'FP') s.fp++;
      else if (kind === 'FN') s.fn++;
      if (listMisses && (kind === 'FP' || kind === 'FN')) {
        s.misses.push({ file: m.file, kind, messages: findings.filter((f) => f.ruleId === id).map((f) => `${JSON.stringify(m.text.slice(f.start, f.end).slice(0, 60))} ${f.message}`) });
      }
    }
  }
  for (const id of ruleIds) {
    const s = out[id];
    s.precision = s.tp + s.fp === 0 ? 1 : s.tp / (s.tp + s.fp);
    s.recall = s.tp + s.fn === 0 ? 1 : s.tp / (s.tp + s.fn);
  }
  return out;
}

/** The rules held to the accuracy threshold: all but unfilled-placeholder, which is mechanical. */
export const judgementRules: readonly RuleId[] = ruleIds.filter((id) => id !== 'unfilled-placeholder');

/**
 * Cohen's kappa per rule between the corpus labels and a second labeller's, who saw only the
 * message text and docs/labelling.md (test/fixtures/corpus/second-labeller.json).
 */
export function agreement(messages: readonly Labelled[]): { count: number; kappa: Record<RuleId, number> } {
  const json = JSON.parse(fs.readFileSync(path.join(corpusDir, 'second-labeller.json'), 'utf8')) as { labels: Record<string, string[]> };
  const both = messages.filter((m) => json.labels[m.file]);
  const kappa = Object.fromEntries(
    ruleIds.map((id) => {
      const pairs = both.map((m) => [m.expected.has(id), json.labels[m.file].includes(id)] as const);
      const n = pairs.length;
      const agree = pairs.filter(([a, b]) => a === b).length / n;
      const first = pairs.filter(([a]) => a).length / n;
      const second = pairs.filter(([, b]) => b).length / n;
      const chance = first * second + (1 - first) * (1 - second);
      return [id, chance === 1 ? 1 : (agree - chance) / (1 - chance)];
    }),
  ) as Record<RuleId, number>;
  return { count: both.length, kappa };
}

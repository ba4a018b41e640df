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

/**
 * Gold spans (docs/labelling.md, "Spans"): for a dev message labelled with a rule, the exact
 * stretches of its body that carry the rule's problem, as annotators marked them. One file per
 * rule, test/fixtures/corpus/spans/<rule>.json: file name -> exact substrings of the body. The
 * sentence models learn from them which sentences carry the problem (scripts/train-tone.ts).
 */
export const spansDir = path.join(corpusDir, 'spans');
export const spansPath = (rule: RuleId) => path.join(spansDir, `${rule}.json`);

/** A rule's gold spans by file; empty when the rule has no spans file. */
export function loadSpans(rule: RuleId): Map<string, string[]> {
  const file = spansPath(rule);
  if (!fs.existsSync(file)) return new Map();
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string[]>;
  return new Map(Object.entries(json));
}

/**
 * An annotator's spans file read while it may still be written: valid JSON as it is, or else the
 * longest prefix that closes into valid JSON (whole entries only); entries that are not a list of
 * strings are left out. A file that does not exist reads as empty.
 */
export function readSpansLenient(file: string): Record<string, string[]> {
  if (!fs.existsSync(file)) return {};
  const text = fs.readFileSync(file, 'utf8');
  const keep = (json: unknown): Record<string, string[]> =>
    json !== null && typeof json === 'object' && !Array.isArray(json)
      ? Object.fromEntries(Object.entries(json).filter((e): e is [string, string[]] => Array.isArray(e[1]) && e[1].every((s) => typeof s === 'string')))
      : {};
  try {
    return keep(JSON.parse(text));
  } catch {
    // Mid-write: cut after the last complete entry ("...]") and close the object.
    for (let i = text.lastIndexOf(']'); i > 0; i = text.lastIndexOf(']', i - 1)) {
      try {
        return keep(JSON.parse(`${text.slice(0, i + 1)}\n}`));
      } catch {
        // An earlier bracket, then.
      }
    }
    return {};
  }
}

/** Where the body starts in a corpus file: after the front matter. */
export const bodyStart = (text: string) => /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)?.[0].length ?? 0;

/** Every place in the message body (after the front matter) where one of the spans occurs. */
export function spanRanges(text: string, spans: readonly string[]): { start: number; end: number }[] {
  const from = bodyStart(text);
  const out: { start: number; end: number }[] = [];
  for (const s of spans) {
    if (s.length === 0) continue;
    for (let i = text.indexOf(s, from); i >= 0; i = text.indexOf(s, i + 1)) out.push({ start: i, end: i + s.length });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Merges annotators' spans files for one rule into its committed form: only dev messages labelled
 * with the rule, only spans found verbatim in the body, each file's spans de-duplicated in the
 * order they occur, files sorted. `problems` counts what was left out (names only dev files).
 */
export function mergeSpans(rule: RuleId, sources: readonly Record<string, string[]>[]): { spans: Record<string, string[]>; problems: string[] } {
  const dev = new Map(loadCorpus().messages.filter((m) => m.part === 'dev').map((m) => [m.file, m]));
  const merged = new Map<string, Set<string>>();
  const problems: string[] = [];
  let notDev = 0;
  for (const source of sources) {
    for (const [file, spans] of Object.entries(source)) {
      const m = dev.get(file);
      if (!m) {
        notDev++;
        continue;
      }
      if (!m.expected.has(rule)) {
        problems.push(`${file}: not labelled ${rule}`);
        continue;
      }
      const body = m.text.slice(bodyStart(m.text));
      let set = merged.get(file);
      if (!set) merged.set(file, (set = new Set()));
      for (const s of spans) {
        if (s.trim().length > 0 && body.includes(s)) set.add(s);
        else problems.push(`${file}: not found verbatim: ${JSON.stringify(s.slice(0, 60))}`);
      }
    }
  }
  if (notDev > 0) problems.push(`${notDev} entries for files outside dev left out`);
  const spans: Record<string, string[]> = {};
  for (const file of [...merged.keys()].sort()) {
    const body = (dev.get(file) as Labelled).text;
    const from = bodyStart(body);
    const list = [...(merged.get(file) as Set<string>)].sort((a, b) => body.indexOf(a, from) - body.indexOf(b, from) || a.localeCompare(b));
    if (list.length > 0) spans[file] = list;
  }
  return { spans, problems };
}

/** The committed form of a spans file: one file a line, its spans as a JSON list. */
export const serialiseSpans = (spans: Record<string, string[]>) =>
  `{\n${Object.entries(spans).map(([f, s]) => `  ${JSON.stringify(f)}: ${JSON.stringify(s)}`).join(',\n')}\n}\n`;

// Accuracy over the labelled corpus: precision and recall per rule, at least 0.9 each.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, ruleIds, type RuleId } from '../../../src/core/analysis';

const dir = path.join(__dirname, '../../fixtures/corpus');
const THRESHOLD = 0.9;

interface Labelled {
  file: string;
  text: string;
  expected: Set<RuleId>;
}

function load(): Labelled[] {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const label = /^---\r?\n(?:.*\r?\n)*?expect:\s*(.*)\r?\n/.exec(text);
      assert.ok(label, `${file}: front matter with "expect:" is missing`);
      const ids = label[1].trim() === 'none' ? [] : label[1].split(/\s*,\s*/);
      for (const id of ids) assert.ok((ruleIds as readonly string[]).includes(id), `${file}: unknown rule id ${id}`);
      return { file, text, expected: new Set(ids as RuleId[]) };
    });
}

describe('analysis: accuracy over the labelled corpus', () => {
  const corpus = load();
  const counts = Object.fromEntries(ruleIds.map((id) => [id, { tp: 0, fp: 0, fn: 0, misses: [] as string[] }]));
  before(() => {
    for (const { file, text, expected } of corpus) {
      const found = new Set(analyze(text).map((f) => f.ruleId));
      for (const id of ruleIds) {
        const c = counts[id];
        if (expected.has(id) && found.has(id)) c.tp++;
        else if (found.has(id)) {
          c.fp++;
          c.misses.push(`false positive: ${file}`);
        } else if (expected.has(id)) {
          c.fn++;
          c.misses.push(`missed: ${file}`);
        }
      }
    }
  });

  it('has at least 80 drafts, a third of them good, and at least 8 examples of each rule', () => {
    assert.ok(corpus.length >= 80, `${corpus.length} drafts`);
    assert.ok(corpus.filter((c) => c.expected.size === 0).length >= corpus.length / 3);
    for (const id of ruleIds) assert.ok(corpus.filter((c) => c.expected.has(id)).length >= 8, id);
  });

  for (const id of ruleIds) {
    it(`${id}: precision and recall at least ${THRESHOLD}`, () => {
      const { tp, fp, fn, misses } = counts[id];
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
      const detail = `precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}\n${misses.join('\n')}`;
      assert.ok(precision >= THRESHOLD && recall >= THRESHOLD, detail);
    });
  }

  it('every finding on the corpus lies inside its draft', () => {
    for (const { file, text } of corpus) {
      for (const f of analyze(text)) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${file}: ${f.ruleId} ${f.start}-${f.end}`);
    }
  });
});

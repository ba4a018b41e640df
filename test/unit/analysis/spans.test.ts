// Gold spans (test/fixtures/corpus/spans/<rule>.json; docs/labelling.md, "Spans"): where in a dev
// message labelled with a rule its problem is. The sentence models learn from them
// (scripts/train-tone.ts), so they must be exact and must never touch the holdout or fresh parts.
// Failures about other parts name no file.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleIds, type RuleId } from '../../../src/core/analysis';
import { bodyStart, loadCorpus, loadSpans, readSpansLenient, serialiseSpans, spanRanges, spansDir } from '../../../scripts/corpus';
import { goldSentences, sentenceModelOf, type DevExample } from '../../../scripts/train-tone';
import * as os from 'node:os';

describe('analysis: gold spans', () => {
  const { messages } = loadCorpus();
  const byFile = new Map(messages.map((m) => [m.file, m]));
  const files = fs.existsSync(spansDir) ? fs.readdirSync(spansDir).filter((f) => f.endsWith('.json')) : [];

  it('over-explaining has a spans file', () => {
    assert.ok(files.includes('over-explaining.json'), files.join(', '));
  });

  for (const name of files) {
    const rule = name.replace(/\.json$/, '') as RuleId;
    describe(name, () => {
      it('is named after a rule', () => assert.ok((ruleIds as readonly string[]).includes(rule), name));
      const spans = loadSpans(rule);

      it('names no holdout or fresh file, nor any file outside the corpus', () => {
        const outside = [...spans.keys()].filter((f) => byFile.get(f)?.part !== 'dev');
        assert.equal(outside.length, 0, `${outside.length} files not in dev`);
      });

      it('names only dev files labelled with the rule, each with at least one span, found verbatim in its body', () => {
        for (const [file, list] of spans) {
          const m = byFile.get(file);
          if (m?.part !== 'dev') continue;
          assert.ok(m.expected.has(rule), `${file}: not labelled ${rule}`);
          assert.ok(list.length > 0, `${file}: no span`);
          const body = m.text.slice(bodyStart(m.text));
          for (const s of list) assert.ok(s.trim().length > 0 && body.includes(s), `${file}: not found verbatim: ${JSON.stringify(s)}`);
        }
      });

      it('is in its committed form (files sorted, one a line)', () => {
        const text = fs.readFileSync(path.join(spansDir, name), 'utf8');
        const keys = [...spans.keys()];
        assert.deepEqual(keys, [...keys].sort());
        assert.equal(text, serialiseSpans(Object.fromEntries(spans)));
      });
    });
  }

  it('over-explaining: every dev message labelled with it has spans', () => {
    const spans = loadSpans('over-explaining');
    const missing = messages.filter((m) => m.part === 'dev' && m.expected.has('over-explaining') && !spans.has(m.file)).map((m) => m.file);
    assert.deepEqual(missing, []);
  });

  it('spanRanges finds every occurrence in the body, never in the front matter', () => {
    const text = '---\nexpect: over-explaining\nsource: team\n---\nThe team was great. The team was kind.\n';
    assert.deepEqual(spanRanges(text, ['team']).map((r) => text.slice(r.start, r.end)), ['team', 'team']);
    assert.ok(spanRanges(text, ['team']).every((r) => r.start >= bodyStart(text)));
    assert.deepEqual(spanRanges(text, ['expect']), []);
  });

  it('goldSentences: a sentence is gold when a span overlaps it by four characters or the whole span; none overlapped is no gold', () => {
    const units = [
      { start: 0, end: 20 },
      { start: 21, end: 40 },
    ];
    assert.deepEqual(goldSentences(units, [{ start: 25, end: 30 }]), [false, true]);
    assert.deepEqual(goldSentences(units, [{ start: 18, end: 30 }]), [false, true], 'two characters over the edge do not make the first sentence gold');
    assert.deepEqual(goldSentences(units, [{ start: 0, end: 40 }]), [true, true]);
    assert.equal(goldSentences(units, [{ start: 50, end: 60 }]), undefined);
    assert.equal(goldSentences(units, []), undefined);
  });

  it('sentenceModelOf: gold labels decide, where the multiple-instance guess would call every sentence positive', () => {
    const s = (...t: string[]) => new Set(t);
    const options = { options: { l2: 0.001, minDocs: 1, rounds: 0 }, sentences: () => [], features: () => ({}) };
    // Each labelled draft: a thanks sentence and a reason sentence; only the reason is marked.
    const labelled = (gold: boolean): DevExample[] =>
      Array.from({ length: 6 }, () => ({ features: {}, label: true, fold: 0, sentences: [s('thank'), s('reason')], ...(gold ? { gold: [false, true] } : {}) }));
    const unlabelled: DevExample[] = Array.from({ length: 6 }, () => ({ features: {}, label: false, fold: 0, sentences: [s('other')] }));
    const withGold = sentenceModelOf([...labelled(true), ...unlabelled], [], options);
    const guessed = sentenceModelOf([...labelled(false), ...unlabelled], [], options);
    assert.ok((withGold.weights.thank ?? 0) < 0, JSON.stringify(withGold.weights));
    assert.ok((guessed.weights.thank ?? 0) > 0, JSON.stringify(guessed.weights));
    assert.ok((withGold.weights.reason ?? 0) > 0, JSON.stringify(withGold.weights));
  });

  it('readSpansLenient reads a file cut mid-write up to its last whole entry, and a missing file as empty', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'spans-'));
    const file = path.join(dir, 'x.json');
    fs.writeFileSync(file, '{\n  "a.txt": ["one", "two"],\n  "b.txt": ["thr');
    assert.deepEqual(readSpansLenient(file), { 'a.txt': ['one', 'two'] });
    fs.writeFileSync(file, '{"a.txt": ["one"], "b.txt": 3}');
    assert.deepEqual(readSpansLenient(file), { 'a.txt': ['one'] });
    assert.deepEqual(readSpansLenient(path.join(dir, 'none.json')), {});
    fs.rmSync(dir, { recursive: true });
  });
});

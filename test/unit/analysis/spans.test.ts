// Gold spans (docs/labelling.md, "Spans"): for dev messages labelled with a rule, the exact stretches
// of the body that carry the rule's problem. The sentence models learn from them (scripts/train-tone.ts),
// so a span that is not in its message, or a span on a message the models must never learn from
// (holdout, fresh), would silently teach them the wrong thing. Failures name dev files only.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleIds, type RuleId } from '../../../src/core/analysis';
import { bodyStart, loadCorpus, loadSpans, serialiseSpans, spansDir, spansPath } from '../../../scripts/corpus';

describe('analysis: gold spans of the corpus', () => {
  const { messages } = loadCorpus();
  const byFile = new Map(messages.map((m) => [m.file, m]));
  const files = fs.existsSync(spansDir) ? fs.readdirSync(spansDir).filter((f) => f.endsWith('.json')) : [];

  it('each spans file is named after a rule', () => {
    for (const f of files) assert.ok((ruleIds as readonly string[]).includes(path.basename(f, '.json')), f);
  });

  for (const rule of files.map((f) => path.basename(f, '.json')).filter((r): r is RuleId => (ruleIds as readonly string[]).includes(r))) {
    const spans = loadSpans(rule);

    it(`${rule}: spans only on dev messages labelled ${rule}, never on a holdout or fresh one`, () => {
      let unseen = 0;
      const wrong: string[] = [];
      for (const file of spans.keys()) {
        const m = byFile.get(file);
        if (m === undefined || m.part !== 'dev') unseen++;
        else if (!m.expected.has(rule)) wrong.push(file);
      }
      // Files outside dev are counted, not named.
      assert.equal(unseen, 0, `${unseen} entries are not dev messages of the corpus`);
      assert.deepEqual(wrong, [], `dev messages not labelled ${rule}`);
    });

    it(`${rule}: every span is found verbatim in its message's body, and no file is listed without one`, () => {
      const missing: string[] = [];
      for (const [file, list] of spans) {
        const m = byFile.get(file);
        if (m === undefined || m.part !== 'dev') continue;
        const body = m.text.slice(bodyStart(m.text));
        if (list.length === 0) missing.push(`${file}: no span`);
        for (const s of list) if (s.trim() === '' || !body.includes(s)) missing.push(`${file}: ${JSON.stringify(s.slice(0, 60))}`);
      }
      assert.deepEqual(missing, []);
    });

    it(`${rule}: the file is in its committed form (merged, files sorted, one a line)`, () => {
      assert.equal(fs.readFileSync(spansPath(rule), 'utf8'), serialiseSpans(Object.fromEntries(spans)));
      const keys = [...spans.keys()];
      assert.deepEqual(keys, [...keys].sort());
    });
  }
});

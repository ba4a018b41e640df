// The tone models (src/core/analysis/data/models/*.json) are built by scripts/train-tone.ts from the
// corpus's dev part only: the committed weights must be exactly what the script gives now, so a
// change to a rule's features, the dev labels or the training options cannot leave a stale model.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { drift, MODELS, modelPath } from '../../../scripts/train-tone';
import { probability, type LinearModel } from '../../../src/core/analysis/model';
import negativeToneModel from '../../../src/core/analysis/data/models/negative-tone.json';
import { analyze } from '../../../src/core/analysis';
import { AnalysisContext } from '../../../src/core/analysis/context';
import { sentenceMarkers, sentenceScore } from '../../../src/core/analysis/rules/over-explaining';
import overExplainingSentences from '../../../src/core/analysis/data/models/over-explaining-sentences.json';

describe('analysis: trained tone models', function () {
  this.timeout(600_000);

  it('the committed models are what scripts/train-tone.ts builds from dev', () => {
    assert.deepEqual(drift(), [], 'run npx tsx scripts/train-tone.ts');
  });

  it('every model names a rule once, has a file, a threshold between 0 and 1 and several weights', () => {
    const rules = MODELS.map((m) => m.rule);
    assert.equal(new Set(rules).size, rules.length);
    for (const rule of rules) {
      const model = JSON.parse(fs.readFileSync(modelPath(rule), 'utf8')) as LinearModel;
      assert.ok(model.threshold > 0 && model.threshold < 1, rule);
      assert.ok(Object.keys(model.weights).length > 3, rule);
    }
  });

  it('negative-tone: politeness lowers the probability, criticism aimed at them raises it', () => {
    const model = negativeToneModel as LinearModel;
    assert.ok(probability(model, { negAimed: 1 }) > model.threshold, JSON.stringify(model.weights));
    assert.ok(probability(model, { gratitude: 1, wishes: 1 }) < probability(model, {}));
    assert.ok((model.weights.ownNegative ?? 0) < model.weights.negAimed, "the writer's own troubles count for less than criticism of them");
  });

  it('negative-tone: a general signal alone is found and named where no phrase list matches', () => {
    const d = 'Hi Tom,\n\nI am withdrawing. Your recruiters have been hopelessly sluggish and evasive with me.\n\nBest,\nAna';
    const f = analyze(d).filter((x) => x.ruleId === 'negative-tone');
    assert.ok(f.length > 0, 'flagged');
    assert.match(f[0].message, /^Criticism of their people/);
  });

  it('over-explaining: the sentence model reads a stacked justification as more explanation than thanks or a plain decision', () => {
    const draft =
      'Hi Tom,\n\nThank you for your time and the invitation. I am withdrawing my application. The commute would be far too long because we just moved, and my partner also started a new job, so the hours would not work for us.\n\nBest,\nAna';
    const ctx = new AnalysisContext(draft);
    const scored = sentenceMarkers(ctx).map((s) => ({ text: draft.slice(s.sentence.start, s.sentence.end), z: sentenceScore(overExplainingSentences, s.tokens) }));
    const z = (start: string) => scored.find((s) => s.text.startsWith(start))?.z ?? Number.NaN;
    assert.ok(z('The commute') > z('Thank you'), JSON.stringify(scored));
    assert.ok(z('The commute') > z('I am withdrawing'), JSON.stringify(scored));
    assert.ok(z('The commute') > 0, JSON.stringify(scored));
  });
});

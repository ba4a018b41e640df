// The tone models (src/core/analysis/data/models/*.json) are built by scripts/train-tone.ts from the
// corpus's dev part only: the committed weights must be exactly what the script gives now, so a
// change to a rule's features, the dev labels or the training options cannot leave a stale model.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { drift, MODELS, modelPath } from '../../../scripts/train-tone';
import { probability, type LinearModel } from '../../../src/core/analysis/model';
import negativeToneModel from '../../../src/core/analysis/data/models/negative-tone.json';
import { analyze } from '../../../src/core/analysis';

describe('analysis: trained tone models', function () {
  this.timeout(240_000);

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
});

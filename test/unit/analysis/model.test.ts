import * as assert from 'node:assert/strict';
import { crossValidate, predict, probability, train, type Example } from '../../../src/core/analysis/model';

// A separable toy problem: "rude" alone decides the label, "noise" is irrelevant.
const examples: Example[] = Array.from({ length: 40 }, (_, i) => ({
  features: { rude: i % 2, noise: i % 3 === 0 ? 1 : 0 },
  label: i % 2 === 1,
}));

describe('analysis: linear model', () => {
  it('learns a separable rule: a positive weight for the deciding feature, predictions right', () => {
    const model = train(examples);
    assert.ok(model.weights.rude > 1, JSON.stringify(model));
    assert.ok(Math.abs(model.weights.noise ?? 0) < model.weights.rude / 4, JSON.stringify(model));
    for (const e of examples) assert.equal(predict(model, e.features), e.label);
  });

  it('is deterministic and treats a missing feature as 0', () => {
    assert.deepEqual(train(examples), train(examples));
    const model = train(examples);
    assert.equal(probability(model, {}), probability(model, { rude: 0, noise: 0, unknown: 0 }));
  });

  it('cross-validation scores every example once and finds the rule', () => {
    const s = crossValidate(examples, 5);
    assert.equal(s.tp + s.fn, 20);
    assert.equal(s.precision, 1);
    assert.equal(s.recall, 1);
  });

  it('a stronger L2 penalty keeps weights smaller', () => {
    assert.ok(train(examples, { l2: 0.2 }).weights.rude < train(examples, { l2: 0.001 }).weights.rude);
  });
});

// The tone models (src/core/analysis/data/models/*.json) are rebuilt from the corpus's dev part by
// scripts/train-tone.ts; this fails when a committed model differs from what the script produces
// (run `npx tsx scripts/train-tone.ts` after changing a feature, the data or the corpus).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { drifted, modelPath, models } from '../../../scripts/train-tone';

describe('tone models: trained on dev by scripts/train-tone.ts', () => {
  it('every committed model is what the training script gives', function () {
    this.timeout(120000);
    assert.deepEqual(drifted(), [], 'run npx tsx scripts/train-tone.ts');
  });
  it('every model file belongs to an entry of the training table, with a threshold between 0 and 1', () => {
    for (const spec of models) {
      const m = JSON.parse(fs.readFileSync(modelPath(spec.rule), 'utf8')) as { threshold: number; weights: Record<string, number> };
      assert.ok(m.threshold > 0 && m.threshold < 1, spec.rule);
      assert.ok(Object.keys(m.weights).length > 3, spec.rule);
    }
  });
});

// One rule, one module: the rule list, the rule ids, the rule settings in package.json and the
// README's Rules section are generated from src/core/analysis/rules/*.ts (npm run generate).
import * as assert from 'node:assert/strict';
import { drift, ruleModules } from '../../../scripts/generate-rules';
import { ruleDocs, ruleIds, rules } from '../../../src/core/analysis';

describe('rules: generated from the rule modules', () => {
  it('the rule list, ids, package.json settings and README Rules section are up to date', () => {
    assert.deepEqual(drift(), [], 'run npm run generate');
  });

  it('every module in rules/ is a rule named after its file, with its documentation', () => {
    const mods = ruleModules();
    assert.deepEqual(mods.map((m) => m.id), [...ruleIds]);
    assert.deepEqual(rules.map((r) => r.id), [...ruleIds]);
    for (const r of rules) {
      for (const k of ['summary', 'why', 'example', 'fix'] as const) assert.ok(r.docs[k].length > 10, `${r.id}.docs.${k}`);
      assert.equal(ruleDocs[r.id].why, r.docs.why);
    }
  });
});

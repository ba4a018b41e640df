// Politeness strategies (Danescu-Niculescu-Mizil et al. 2013) as negative-tone features.
import * as assert from 'node:assert/strict';
import { AnalysisContext } from '../../../src/core/analysis/context';
import { politenessFeatures } from '../../../src/core/analysis/politeness';

const features = (text: string) => politenessFeatures(new AnalysisContext(text));
const names = (text: string) => Object.keys(features(text)).sort();

describe('politeness strategies', () => {
  it('finds each strategy in the sentence that uses it', () => {
    const f = names('Hi Sam,\n\nGreat to hear from you. Could you perhaps send the details? By the way, we met in May. So I will wait. Why was the call moved?\n\nBest,\nAl');
    for (const n of ['pDeference', 'pCounterfactual', 'pHedge', 'pIndirect', 'pPlural', 'pDirectStart', 'pDirectQuestion']) assert.ok(f.includes(n), `${n} in ${f.join(', ')}`);
    assert.ok(!f.includes('pIndicative') && !f.includes('pPlease'));
  });

  it('tells a plea from an order opened by please, and "can you" from "could you"', () => {
    assert.deepEqual(['pPlease', 'pPleaseStart'].filter((n) => n in features('Hi Sam,\n\nPlease remove me from your list.\n\nAl')), ['pPlease', 'pPleaseStart']);
    assert.deepEqual(['pPlease', 'pPleaseStart'].filter((n) => n in features('Hi Sam,\n\nCould you remove me from your list, please?\n\nAl')), ['pPlease']);
    assert.ok('pIndicative' in features('Hi Sam,\n\nCan you send the range first.\n\nAl'));
  });

  it('damps repeated strategies and ignores quoted speech', () => {
    const once = features('Hi Sam,\n\nI think it is fine.\n\nAl').pHedge;
    const thrice = features('Hi Sam,\n\nI think it is fine. Maybe later. Perhaps in May.\n\nAl').pHedge;
    assert.equal(once, 1);
    assert.ok(thrice > 1 && thrice < 3);
    assert.ok(!('pHedge' in features('Hi Sam,\n\nYou wrote "maybe next year" in your note.\n\nAl')));
  });

  it('scores the share of positive and negative words, not their number', () => {
    const warm = features('Hi Sam,\n\nThank you, it was a wonderful and happy day.\n\nAl');
    const cold = features('Hi Sam,\n\nThe process was a terrible, awful waste.\n\nAl');
    assert.ok((warm.pPositive ?? 0) > 0 && !('pNegative' in warm));
    assert.ok((cold.pNegative ?? 0) > (warm.pNegative ?? 0));
  });
});

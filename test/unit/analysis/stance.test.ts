// The stance reader: the writer's stance toward their side, by kind, with the span it rests on.
import * as assert from 'node:assert/strict';
import { AnalysisContext } from '../../../src/core/analysis/context';
import { readStance, stanceCounts, strongestStance } from '../../../src/core/analysis/stance';

const spans = (text: string) => {
  const ctx = new AnalysisContext(text);
  return readStance(ctx).map((s) => ({ kind: s.kind, text: ctx.text.slice(s.start, s.end) }));
};
const kinds = (text: string) => spans(text).map((s) => s.kind);

describe('stance: the writer toward their side', () => {
  it('reads each kind, with the words it rests on', () => {
    assert.deepEqual(spans('Hi Sam,\n\nThanks for the offer. Honestly, the work holds very little interest for me.\n\nAl'), [{ kind: 'evaluation', text: 'holds very little interest for me' }]);
    assert.deepEqual(kinds('Hi Sam,\n\nSince then, nothing. I expected more from a firm your size.\n\nAl'), ['reproach', 'reproach']);
    assert.deepEqual(kinds('Hi Sam,\n\nI mainly interviewed as practice for the jobs I really want.\n\nAl'), ['dismissive']);
    assert.deepEqual(kinds('Hi Sam,\n\nMy wife thinks I can do better than this, so I will pass.\n\nAl'), ['thirdParty']);
    assert.deepEqual(kinds('Hi Sam,\n\nYour unique approach to keeping candidates informed was certainly memorable.\n\nAl'), ['irony', 'irony']);
  });

  it('judgement words count only when aimed at their side and not negated', () => {
    assert.deepEqual(spans('Hi Sam,\n\nThe panel was stern and the process excessive.\n\nAl'), [
      { kind: 'evaluation', text: 'stern' },
      { kind: 'evaluation', text: 'excessive' },
    ]);
    assert.deepEqual(kinds('Hi Sam,\n\nThe panel was not stern at all, and I enjoyed it.\n\nAl'), []);
  });

  it("leaves the writer's own situation, apologies and quoted words alone", () => {
    assert.deepEqual(kinds('Hi Sam,\n\nSo sorry for going quiet, and I know this is the third time I have moved it.\n\nAl'), []);
    assert.deepEqual(kinds('Hi Sam,\n\nI couldn\'t even call, my phone had died.\n\nAl'), []);
    assert.deepEqual(kinds('Hi Sam,\n\nYou wrote "still nothing from the client", which I understand.\n\nAl'), []);
    assert.deepEqual(kinds('Hi Sam,\n\nThis was not an easy decision, and I am grateful for the offer.\n\nAl'), []);
  });

  it('counts by feature name and names the strongest span by the weights given', () => {
    const ctx = new AnalysisContext('Hi Sam,\n\nIt took you over a month to get back to me, and the offer is well below what we discussed.\n\nAl');
    assert.deepEqual(stanceCounts(ctx), { stanceReproach: 1, stanceEvaluation: 1 });
    const reproach = strongestStance(ctx, { stanceReproach: 2, stanceEvaluation: 1 });
    assert.match(reproach?.finding.message ?? '', /^Reproach: "took you over a month to get back"/);
    assert.ok((reproach?.finding.fixes ?? []).length > 0);
    const evaluation = strongestStance(ctx, { stanceReproach: 1, stanceEvaluation: 3 });
    assert.match(evaluation?.finding.message ?? '', /^Criticism of the pay or offer: "well below what"/);
    assert.equal(strongestStance(ctx, { stanceIrony: 5 }), undefined);
  });
});

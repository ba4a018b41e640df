// Rewrite Politely with the decision the person chose: it wins over what the draft seems to say,
// the facts say it was chosen (or keep the draft's span when the draft says the same), and the
// properties of every rewrite (spans inside, no tone findings, a rewrite of a rewrite is the same) hold.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyze } from '../../../src/core/analysis';
import { decisionChoices, decisionKinds, describeRewrite, extractFacts, isDecisionKind, rewriteDraft, templateIdFor, type DecisionKind } from '../../../src/core/rewrite';
import type { DeclineTemplate } from '../../../src/core/templates';
import { builtinTemplates } from '../templates/builtins';

const expectedTemplate: Record<DecisionKind, string> = {
  decline: 'withdraw-application',
  'accepted-elsewhere': 'accepted-another-offer',
  reschedule: 'reschedule',
  'shorter-call': 'shorter-call-first',
  'different-role': 'different-role',
  'stay-in-touch': 'linkedin-stay-in-touch',
};

describe('rewrite: the decision the person chose', () => {
  let templates: DeclineTemplate[];
  before(async () => {
    templates = await builtinTemplates();
  });
  // States no decision: the extractor reads none, and without a choice the rewrite would decline.
  const undecided = 'Hi Dana,\n\nThanks for the invite to the Data Analyst interview at Northwind. Your process has been a total mess and honestly I am not sure what to do.\n\nSam';
  // States a decline plainly.
  const declining = 'Hi Dana,\n\nI am withdrawing my application for the Data Analyst role at Northwind. Your process was a joke.\n\nSam';

  it('read once: the facts passed on with a choice give the same rewrite as reading the draft again with it', () => {
    for (const text of [undecided, declining]) {
      const read = extractFacts(text);
      for (const decision of [undefined, ...decisionKinds]) {
        const again = rewriteDraft(text, templates, {}, decision ? { decision } : {});
        const passed = rewriteDraft(text, templates, {}, { facts: read, ...(decision ? { decision } : {}) });
        assert.deepEqual(passed, again, `${decision ?? 'no choice'} on ${JSON.stringify(text.slice(0, 40))}`);
      }
    }
  });

  it('offers every decision kind once, each in its own words', () => {
    assert.deepEqual([...decisionKinds].sort(), Object.keys(expectedTemplate).sort());
    assert.equal(new Set(decisionChoices.map((c) => c.choice)).size, decisionChoices.length);
    assert.ok(isDecisionKind('reschedule') && !isDecisionKind('withdraw') && !isDecisionKind(undefined) && !isDecisionKind('__proto__'));
  });

  it('without a choice, a draft that states none has no decision fact and is declined (the fallback scripts rely on)', () => {
    const result = rewriteDraft(undecided, templates)!;
    assert.equal(result.facts.decision, undefined);
    assert.equal(result.templateId, 'withdraw-application');
  });

  for (const kind of Object.keys(expectedTemplate) as DecisionKind[]) {
    it(`a chosen "${kind}" picks its template, says it was chosen, and keeps the names`, () => {
      const result = rewriteDraft(undecided, templates, {}, { decision: kind })!;
      assert.equal(result.templateId, expectedTemplate[kind]);
      assert.equal(result.facts.decision?.value, kind);
      assert.equal(result.facts.decision?.from, 'chosen');
      assert.equal(result.facts.decision?.start, result.facts.decision?.end, 'a chosen decision has no words of the draft');
      for (const fact of ['Dana', 'Sam']) assert.ok(result.text.includes(fact), `${kind} keeps ${fact}: ${result.text}`);
      assert.doesNotMatch(result.text, /mess/);
      assert.deepEqual(analyze(result.text).filter((f) => f.ruleId !== 'unfilled-placeholder').map((f) => f.ruleId), []);
      // The rewrite states the chosen decision: read again without a choice, it picks the same template.
      const again = extractFacts(result.text);
      assert.equal(templateIdFor(again.decision?.value, again.reason?.value), result.templateId);
    });
  }

  it('the choice wins over a decision the draft states', () => {
    const read = rewriteDraft(declining, templates)!;
    assert.equal(read.facts.decision?.value, 'decline');
    const chosen = rewriteDraft(declining, templates, {}, { decision: 'reschedule' })!;
    assert.equal(chosen.templateId, 'reschedule');
    assert.deepEqual({ value: chosen.facts.decision?.value, from: chosen.facts.decision?.from }, { value: 'reschedule', from: 'chosen' });
  });

  it('a choice the draft agrees with keeps the draft\'s span, and says it came from the draft', () => {
    const result = rewriteDraft(declining, templates, {}, { decision: 'decline' })!;
    const decision = result.facts.decision!;
    assert.equal(decision.from, 'draft');
    assert.match(declining.slice(decision.start, decision.end), /withdraw/i);
  });

  it('choosing to decline drops "accepted another offer" as the reason; choosing it keeps it', () => {
    const accepted = "Hi Dana,\n\nI've accepted another offer, so I won't be coming to the interview.\n\nSam";
    assert.equal(rewriteDraft(accepted, templates)!.templateId, 'accepted-another-offer');
    const declined = rewriteDraft(accepted, templates, {}, { decision: 'decline' })!;
    assert.equal(declined.templateId, 'withdraw-application');
    assert.equal(declined.facts.reason, undefined);
    assert.equal(rewriteDraft(accepted, templates, {}, { decision: 'accepted-elsewhere' })!.facts.reason?.value, 'accepted-offer');
  });

  it('ignores a value that is no decision kind', () => {
    const result = rewriteDraft(undecided, templates, {}, { decision: 'withdraw' as DecisionKind })!;
    assert.equal(result.facts.decision, undefined);
    assert.equal(result.templateId, 'withdraw-application');
  });

  it('the summary says the decision was chosen, with no words of the draft as its source, and no "no clear decision" warning', () => {
    const result = rewriteDraft(undecided, templates, {}, { decision: 'reschedule' })!;
    const summary = describeRewrite(undecided, result);
    const decision = summary.kept.find((k) => k.fact === 'decision')!;
    assert.deepEqual({ value: decision.value, chosen: decision.chosen, source: decision.source }, { value: 'asking to reschedule', chosen: true, source: '' });
    assert.match(summary.message, /decision: asking to reschedule \(you chose it\)/);
    assert.doesNotMatch(summary.message, /no clear decision/);
    const read = describeRewrite(declining, rewriteDraft(declining, templates)!);
    assert.equal(read.kept.find((k) => k.fact === 'decision')!.chosen, false);
  });

  it('for any input and any choice: no throw, spans inside, the chosen kind kept, a rewrite of a rewrite (with the same choice) the same', () => {
    const pieces = fc.constantFrom('Dear Tom,', 'Hi [Name],', 'Subject: x', 'From: a@b', '> quoted', 'I decline.', 'Could we reschedule?', 'the Data role at Acme', 'Best,', 'Sam', '\n', '\r\n', ' ', '\uD800', 'hey jo,', '- ', 'Thanks.', "I'll pass.", "I've accepted another offer.");
    fc.assert(
      fc.property(fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 16 }), fc.constantFrom(...decisionKinds), (parts, decision) => {
        const text = parts.join('');
        const result = rewriteDraft(text, templates, {}, { decision })!;
        for (const fact of Object.values(result.facts)) assert.ok(fact && fact.start >= 0 && fact.start <= fact.end && fact.end <= text.length);
        assert.equal(result.facts.decision?.value, decision);
        assert.equal(result.templateId, expectedTemplate[decision]);
        assert.equal(rewriteDraft(result.text, templates, {}, { decision })!.text, result.text);
      }),
      { numRuns: 600 },
    );
  });
});

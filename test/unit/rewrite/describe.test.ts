// The summary Rewrite Politely shows: which facts were kept, where each came from, what stayed a placeholder.
import * as assert from 'node:assert/strict';
import { describeRewrite, rewriteDraft } from '../../../src/core/rewrite';
import { builtinTemplates } from '../templates/builtins';

describe('rewrite: the summary of what was kept', () => {
  const draft = ['Hi Dana,', '', 'Your process was a joke, so I am withdrawing from the Product Analyst role at Northwind Labs. Sorry, sorry!!', '', 'Sam'].join('\n');

  it('names each kept fact with the line, column and text it was read from', async () => {
    const templates = await builtinTemplates();
    const rewrite = rewriteDraft(draft, templates)!;
    const labels = Object.fromEntries(templates.find((t) => t.id === rewrite.templateId)!.fields.map((f) => [f.name, f.label]));
    const summary = describeRewrite(draft, rewrite, labels);
    const recipient = summary.kept.find((k) => k.fact === 'recipient')!;
    assert.deepEqual({ value: recipient.value, line: recipient.line, column: recipient.column, source: recipient.source }, { value: 'Dana', line: 1, column: 4, source: 'Dana' });
    const company = summary.kept.find((k) => k.fact === 'company')!;
    assert.equal(company.line, 3);
    assert.equal(draft.split('\n')[2].slice(company.column - 1, company.column - 1 + company.value.length), 'Northwind Labs');
    assert.match(summary.message, /^Kept Dana \(recipient\), Sam \(your name\), Northwind Labs \(company\), Product Analyst \(role\), decision: /);
    assert.doesNotMatch(summary.message, /joke/);
  });

  it('names the missing fields by their labels', async () => {
    const templates = await builtinTemplates();
    const rewrite = rewriteDraft('I will not be attending the interview. Your process was a joke.', templates)!;
    const labels = Object.fromEntries(templates.find((t) => t.id === rewrite.templateId)!.fields.map((f) => [f.name, f.label]));
    const summary = describeRewrite('I will not be attending the interview. Your process was a joke.', rewrite, labels);
    assert.ok(summary.placeholders.length > 0);
    for (const name of rewrite.missing) assert.ok(summary.placeholders.includes(labels[name]), name);
    assert.match(summary.message, /Left as placeholders: /);
  });

  // A notification shows one line until it is expanded: about 60 characters, "Graceful Decline: " included.
  it('leads with a headline that fits the collapsed notification: facts kept, blanks left, then Apply or Discard (the e2e measures what is seen)', async () => {
    const templates = await builtinTemplates();
    const rewrite = rewriteDraft(draft, templates)!;
    const summary = describeRewrite(draft, rewrite);
    assert.equal(summary.headline, `${summary.kept.length} facts kept. Apply or Discard above the diff.`);
    assert.ok(summary.kept.length >= 5);
    assert.ok(`Graceful Decline: ${summary.headline}`.indexOf('Discard') + 'Discard'.length <= 62, summary.headline);
    const bare = 'I will not be attending the interview. Your process was a joke.';
    const blanks = describeRewrite(bare, rewriteDraft(bare, templates)!);
    assert.match(blanks.headline, /^\d facts? kept, \d+ blanks? left\. Apply or Discard above the diff\.$/);
    assert.equal(blanks.headline.match(/(\d+) blanks?/)![1], String(blanks.placeholders.length));
    assert.ok(`Graceful Decline: ${blanks.headline}`.indexOf('Discard') + 'Discard'.length <= 62, blanks.headline);
  });
});

describe('rewrite: a draft that states no decision', () => {
  it('gets no invented decision in its facts, and the summary says the rewrite declines', async () => {
    const templates = await builtinTemplates();
    const draft = 'Hi Dana,\n\nThanks for the invite. Your process was a joke and I am not sure what to do. Maybe I will withdraw, maybe not.\n\nSam';
    const rewrite = rewriteDraft(draft, templates)!;
    assert.equal(rewrite.facts.decision, undefined);
    assert.match(describeRewrite(draft, rewrite).message, /states no clear decision/);
    assert.match(describeRewrite(draft, rewrite).headline, /^Check the decision: your draft states none\. /, 'the warning comes first, where it is seen');
    const decided = rewriteDraft('Hi Dana,\n\nI am withdrawing my application.\n\nSam', templates)!;
    assert.doesNotMatch(describeRewrite('Hi Dana,\n\nI am withdrawing my application.\n\nSam', decided).message, /no clear decision/);
    assert.doesNotMatch(describeRewrite('Hi Dana,\n\nI am withdrawing my application.\n\nSam', decided).headline, /Check the decision/);
  });
});

describe('rewrite: defaults for unstated fields', () => {
  it('fills the sender from a default only when the draft is unsigned', async () => {
    const templates = await builtinTemplates();
    const unsigned = 'Hi Dana, I am withdrawing from the Analyst role at Contoso. Your process was a mess.';
    const filled = rewriteDraft(unsigned, templates, { senderName: 'Jordan Ellis' })!;
    assert.ok(filled.text.includes('Jordan Ellis'), filled.text);
    assert.ok(!filled.missing.includes('senderName'));
    const signed = rewriteDraft(`${unsigned}\n\nSam`, templates, { senderName: 'Jordan Ellis' })!;
    assert.ok(signed.text.includes('Sam') && !signed.text.includes('Jordan Ellis'), signed.text);
  });
});

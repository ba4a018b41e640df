// The learned word-level signal (src/core/analysis/lexical.ts): tokens, the small logistic
// regression over them, and how negative-tone reads its score.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import { AnalysisContext } from '../../../src/core/analysis/context';
import { draftTokens, LEXICAL_FEATURE, lexicalScore, stem, strongestSentence, tokensOf, trainLexical, withLexical } from '../../../src/core/analysis/lexical';

describe('analysis: lexical signal', () => {
  it('stems related forms to one token', () => {
    assert.equal(stem('declining'), stem('declined'));
    assert.equal(stem('decline'), stem('declines'));
    assert.equal(stem('stopped'), 'stop');
    assert.equal(stem('interviews'), stem('interview'));
    assert.equal(stem('was'), 'be');
    assert.equal(stem('process'), 'process');
  });

  it('marks negated words up to the next punctuation', () => {
    const t = tokensOf("I am not interested, thanks. They didn't reply at all.");
    assert.ok(t.has('NOT_interest'));
    assert.ok(t.has('thank') && !t.has('NOT_thank'), 'the comma ends the negation');
    assert.ok(t.has('NOT_reply') && !t.has('reply'));
    assert.ok(t.has('NOT_all'));
  });

  it('marks words in a clause aimed at the reader, but not "thank you"', () => {
    const t = tokensOf('Thank you for the chat. Your recruiters were late; I decline.');
    assert.ok(t.has('2P_recruiter') && t.has('2P_late'));
    assert.ok(!t.has('2P_thank') && !t.has('2P_chat'), 'thank you is a formula');
    assert.ok(t.has('declin') && !t.has('2P_declin'), 'the clause after ";" is the writer\'s own');
  });

  it('turns figures into <num> and sums of money into <money>', () => {
    const t = tokensOf('They offer $120k, and I had 3 interviews!');
    assert.ok(t.has('<money>') && t.has('<num>') && t.has('!'));
  });

  it("reads only the writer's own words: no quoted speech, quoted reply or signature", () => {
    const d = 'Hi Tom,\n\nYou said "the team is a mess" and I withdraw.\n\nBest,\nAna Lopez\nSenior Analyst\n\n> Original dreadful text\n';
    const t = draftTokens(new AnalysisContext(d));
    assert.ok(t.has('withdraw'));
    for (const w of ['mess', 'team', 'analyst', 'dreadful', 'original']) assert.ok(![...t].some((x) => x.endsWith(w)), w);
  });

  it('learns from token presence, only over tokens in enough messages, and the same way every time', () => {
    const examples = [
      ...Array.from({ length: 6 }, (_, i) => ({ tokens: new Set(['rude', 'you', `w${i}`]), label: true })),
      ...Array.from({ length: 6 }, (_, i) => ({ tokens: new Set(['thank', 'you', `w${i + 10}`]), label: false })),
    ];
    const model = trainLexical(examples, { l2: 0.001 });
    assert.ok(model.weights.rude > 0 && model.weights.thank < 0);
    assert.equal(model.weights.w1, undefined, 'a token in fewer than 3 messages has no weight');
    assert.deepEqual(trainLexical(examples, { l2: 0.001 }), model);
    const long = new Set(['rude', ...Array.from({ length: 60 }, (_, i) => `x${i}`)]);
    assert.ok(lexicalScore(model, new Set(['rude'])) > model.mean, 'one rude word still counts');
    assert.ok(lexicalScore(model, new Set(['rude'])) - model.mean < model.bias + model.weights.rude - model.mean, 'a one-word draft is drawn towards the mean');
    assert.ok(lexicalScore(model, long) > model.mean);
  });

  it('adds the lexical feature for negative-tone only', () => {
    const ctx = new AnalysisContext('Hi Tom,\n\nThank you. I am declining.\n\nBest,\nAna');
    assert.equal(typeof withLexical('negative-tone', ctx, {})[LEXICAL_FEATURE], 'number');
    assert.deepEqual(withLexical('over-explaining', ctx, { reasons: 1 }), { reasons: 1 });
  });

  it('scores a hostile draft above a warm one, and points at its hostile sentence', () => {
    const hostile = new AnalysisContext('Hi,\n\nThanks for the call. Honestly, your process was a joke and nobody ever bothered to reply to me.\n\nA');
    const warm = new AnalysisContext('Hi Tom,\n\nThank you so much for your time and for the kind chat. I have decided to withdraw, and I wish you and the team every success.\n\nBest,\nAna');
    const feature = (ctx: AnalysisContext) => withLexical('negative-tone', ctx, {})[LEXICAL_FEATURE];
    assert.ok(feature(hostile) > feature(warm));
    const s = strongestSentence('negative-tone', hostile);
    assert.ok(s && hostile.text.slice(s.start, s.end).startsWith('Honestly'), JSON.stringify(s));
  });

  it('negative-tone names the sentence when only the word-level signal decides', () => {
    const d = 'Hi Sam,\n\nFour rounds and a take-home later, I still have no idea what the job pays. I am withdrawing.\n\nA';
    const f = analyze(d).filter((x) => x.ruleId === 'negative-tone');
    assert.equal(f.length, 1);
    assert.equal(d.slice(f[0].start, f[0].end), 'Four rounds and a take-home later, I still have no idea what the job pays.');
    assert.match(f[0].message, /^Negative tone: .* may read as a complaint/);
    assert.equal(f[0].fixes[0]?.title.startsWith('Remove'), true);
  });
});

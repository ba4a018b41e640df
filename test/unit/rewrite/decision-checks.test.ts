// Rewrite Politely's decision reader: the strict checks read the sentence, not only the words of the cue.
import * as assert from 'node:assert/strict';
import { extractFacts } from '../../../src/core/rewrite';

const decision = (body: string) => extractFacts(`Hi Sam,\n\n${body}\n\nBest,\nAlex\n`).decision?.value;

describe('Rewrite Politely: the checks on a decision', () => {
  it('a deliberation that is over does not hedge what follows', () => {
    assert.equal(decision("After weighing everything I've decided to decline the offer."), 'decline');
    assert.equal(decision('Having considered it, I must withdraw.'), 'decline');
    assert.equal(decision("I'm still weighing it up, but I might decline."), undefined);
    assert.equal(decision('If I decline, will you keep my CV on file?'), undefined);
  });

  it('someone else named nearest before the words decides, not the writer', () => {
    assert.equal(decision('You were right to withdraw the offer. I would be grateful to be considered again.'), undefined);
    assert.equal(decision("Thank you for understanding; I'm withdrawing my application."), 'decline');
  });

  it('a past inability reports, it does not decide', () => {
    assert.equal(decision("In 2019 I was unable to accept it, and I couldn't bring myself to turn it down formally. I'd be glad to be considered now."), undefined);
  });

  it('a condition holds inside its clause only', () => {
    assert.equal(decision('I have to decline for now: we plan to stay here until she qualifies.'), 'decline');
    assert.equal(decision("I wouldn't accept any offer without a few days to think."), undefined);
  });

  it('sorry not to be joining is their decision', () => {
    assert.equal(decision("Thank you for taking the time to let me know. While I'm sorry not to be joining the team, I enjoyed it."), undefined);
  });

  it('"even if the answer is no" is a condition', () => {
    assert.equal(decision("I'd be grateful for an update, even if the answer is no."), undefined);
  });

  it('the end of a hyphenated word is not a verb', () => {
    assert.equal(decision("I'm cancelling Thursday's interview. The role is mostly paper-pushing that a graduate could do."), 'decline');
  });

  it('a call that already happened is not one asked for', () => {
    assert.equal(decision("After our first conversation I realised it isn't my direction, so I'd like to withdraw."), 'decline');
  });

  it('taking a pass takes nothing up', () => {
    assert.equal(decision("I've decided to take a pass on the opportunity."), 'decline');
  });

  it('a request in formal wording asks: "I request you to kindly reschedule"', () => {
    assert.equal(decision('I have an examination that day. I request you to kindly reschedule my interview to any day next week.'), 'reschedule');
  });

  it('an award taken up elsewhere is accepting elsewhere', () => {
    assert.equal(decision("I have been awarded a fellowship, and I've decided to accept it, so I must withdraw."), 'accepted-elsewhere');
  });
});

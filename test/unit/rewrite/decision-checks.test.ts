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

// A wrong kind silently rewrites the person's decision into another; a decision not read costs one
// question. So where the words do not settle it, the reader says none.
describe('Rewrite Politely: none rather than a wrong kind', () => {
  it('two kinds that cannot both hold: leaving the process and asking for a step in it', () => {
    assert.equal(decision("I've accepted another offer. Could we move Thursday's interview to Friday?"), undefined);
    assert.equal(decision("I've accepted a role elsewhere, but could we still do a short call first?"), undefined);
    assert.equal(decision("I'd like to withdraw from the process. Could we reschedule the interview to next week?"), undefined);
    // Kinds that go together still read: a cancelled meeting with another time asked, a withdrawal with another role asked.
    assert.equal(decision("I can't make Monday's interview, so I have to cancel it. Could we reschedule to Wednesday?"), 'reschedule');
    assert.equal(decision("I'm withdrawing my application. Could you consider me for the other opening instead?"), 'different-role');
    assert.equal(decision('I have accepted another offer, so I must withdraw my application.'), 'accepted-elsewhere');
  });

  it('hedged', () => {
    assert.equal(decision('I will probably withdraw my application.'), undefined);
    assert.equal(decision("I think I'll have to decline, but I'm not sure yet."), undefined);
    assert.equal(decision('Perhaps I should turn the offer down.'), undefined);
    assert.equal(decision('I might need to reschedule the interview.'), undefined);
    assert.equal(decision('Unless it clears up, then maybe we would need to move the call?'), undefined);
  });

  it('conditional: a sentence that opens on a condition decides nothing after it; a courtesy is no condition', () => {
    assert.equal(decision("If the salary doesn't change, I'll withdraw."), undefined);
    assert.equal(decision("If the role turns out to be fully on site, I'll have to decline."), undefined);
    assert.equal(decision('I will decline unless the offer improves.'), undefined);
    assert.equal(decision("Should the interview clash with my exam, I'd need to move it."), undefined);
    assert.equal(decision('If possible, could we move the interview to Friday?'), 'reschedule');
    assert.equal(decision("If it's all right with you, I'd like to withdraw my application."), 'decline');
    assert.equal(decision('If you are still willing to meet, could we reschedule the interview?'), 'reschedule');
  });

  it('quoted, or someone else told the writer to', () => {
    assert.equal(decision('My friend told me to just say "I withdraw my application" and be done with it.'), undefined);
    assert.equal(decision('You wrote "we have decided to decline your application", which surprised me.'), undefined);
  });

  it('about someone else: a noun with its determiner before the words is their subject', () => {
    assert.equal(decision('My colleague declined the same offer last year.'), undefined);
    assert.equal(decision('You told me the other candidate withdrew.'), undefined);
    assert.equal(decision('The hiring manager has decided to cancel the interview.'), undefined);
    assert.equal(decision("They've turned down my request for remote work."), undefined);
    assert.equal(decision('Your suggestion that, since I will not be joining, I might buy your products was noted.'), undefined);
    // The writer as subject before the noun makes it an object: still the writer's decision.
    assert.equal(decision("I've thought about it, and the travel it involves isn't something I can take on, so I must decline."), 'decline');
  });

  it('who does what: a role is the employer\'s to cancel; "do that" stands for what they asked', () => {
    assert.equal(decision('Cancelling the role after three months of silence was a surprise.'), undefined);
    assert.equal(decision('Your email asked me to repay the travel costs. I won\'t be doing that.'), undefined);
    assert.equal(decision('You asked me to attend a second interview. I won\'t be doing that.'), 'decline');
  });

  it('a no to someone else, an echo of their no, a no nearly said', () => {
    assert.equal(decision('I have decided not to go ahead with another firm either way.'), undefined);
    assert.equal(decision("You don't want to hire me, that's fine. I don't want to work for you either."), undefined);
    assert.equal(decision("I almost didn't come to the interview, but I'm glad I did."), undefined);
  });

  it('a past act as the subject of its effects is reported, not decided', () => {
    assert.equal(decision('I know that pulling out so late must have caused you trouble, and I am sorry.'), undefined);
  });

  it('a no said as an answer, a verdict, a readiness denied', () => {
    assert.equal(decision('You asked whether I am interested. No.'), 'decline');
    assert.equal(decision('The commute is three hours each way, and that was the end of it for me.'), 'decline');
    assert.equal(decision('My answer to the revised terms is no.'), 'decline');
    assert.equal(decision("This is the first time I have ever turned down an offer, so it's hard to write."), 'decline');
    assert.equal(decision("Thank you for explaining the team. I'd prefer not to move into it."), 'decline');
    assert.equal(decision("I have a wedding that weekend, so I won't be able to cover the shift for you this time."), 'decline');
  });
});

describe('Rewrite Politely: readings added for the nj- batch (after its one measurement)', () => {
  it('an ultimatum, a deadline, an offer still asked for: none', () => {
    assert.equal(decision("Raise the base by Monday or I'm signing with the other firm."), undefined);
    assert.equal(decision("I can't make the June 30 deadline. Is there any flexibility on the date?"), undefined);
    assert.equal(decision("I can't attend a third round. If you decide to offer me the job on what you've seen, let me know."), undefined);
  });

  it('a past no as the subject of a sentence about it is reported', () => {
    assert.equal(decision('Saying no to your team was hard. I hope our paths cross again.'), 'stay-in-touch');
  });

  it('accepting elsewhere said through another employer, or through choosing their offer', () => {
    assert.equal(decision('I had already said yes to another studio, so I have to decline.'), 'accepted-elsewhere');
    assert.equal(decision('I received another offer last week. I have chosen that offer, so I will not continue.'), 'accepted-elsewhere');
    assert.equal(decision('Before your email came I had already accepted another position, so I must decline.'), 'accepted-elsewhere');
  });

  it('staying where the writer is; moving on from an offer on the table, not from silence', () => {
    assert.equal(decision('My employer matched the salary, and I have decided to stay.'), 'decline');
    assert.equal(decision("I've received the offer letter, a month after your last reply. I've moved on."), 'decline');
    assert.equal(decision("After a month of silence I've accepted that I won't hear back. I've moved on."), undefined);
  });

  it('a moment that does not suit, then another time asked: reschedule', () => {
    assert.equal(decision("I can't give this the attention it deserves right now. Could we talk tomorrow morning?"), 'reschedule');
  });
});

describe('Rewrite Politely: who decides, negation scope and what is accepted', () => {
  it('a verb after "and" without a subject of its own shares the one before it', () => {
    assert.equal(decision('When I interviewed, my husband had just been made redundant and had taken a job in Ashford. I have to withdraw my acceptance.'), 'decline');
    assert.equal(decision("I've been offered a post at a university and have decided to accept it."), 'accepted-elsewhere');
  });

  it('a negated verb of thinking negates the clause after it', () => {
    assert.equal(decision("Unfortunately I have to withdraw my acceptance. I just don't think I can start a new job and get through the treatment."), 'decline');
  });

  it('accepting an offer to stay is not accepting one elsewhere', () => {
    assert.notEqual(decision("My director came back with a promotion and a raise. I've decided to accept their offer and stay."), 'accepted-elsewhere');
  });

  it('what their letter says is their decision, not the writer\'s', () => {
    assert.equal(decision("I received your letter saying my application can't be considered further. I'd appreciate a real reason."), undefined);
    assert.equal(decision("Quick note to say I've decided to withdraw from the process."), 'decline');
  });
});

import * as assert from 'node:assert/strict';
import { decide } from '../../../src/core/checklist/decide';
import { emptyAnswers, questions } from '../../../src/core/checklist/questions';
import { situationIds } from '../../../src/core/checklist/situations';
import type { Advice, ChecklistAnswers, Recommendation } from '../../../src/core/checklist/types';

const now = new Date('2026-11-23T12:00:00Z');
const hours = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString().replace('.000Z', 'Z');

/** A person who has answered everything in favour of going. */
function keen(overrides: Partial<ChecklistAnswers> = {}): ChecklistAnswers {
  return {
    ...emptyAnswers(),
    company: 'Acme',
    role: 'Data Analyst',
    contactName: 'Dana',
    otherOffer: 'no',
    goalsFit: 'yes',
    feasible: 'yes',
    redFlags: 'no',
    bandwidth: 'yes',
    futureValue: 'yes',
    openQuestions: 'no',
    ...overrides,
  };
}

function advice(r: Recommendation): Advice {
  assert.ok(r.ok, r.ok ? '' : `expected advice, got ${r.error}: ${r.message}`);
  return r;
}

describe('decide: outcomes', () => {
  it('recommends attending when nothing rules the role out', () => {
    const r = advice(decide(keen(), now));
    assert.equal(r.outcome, 'attend');
    assert.equal(r.situation, undefined, 'nothing to decline, nothing to draft');
    assert.deepEqual(r.unanswered, []);
    assert.match(r.reasons.join(' '), /rules this role out/);
  });

  it('declines on another offer, whatever else is answered', () => {
    const r = advice(decide(keen({ otherOffer: 'yes', openQuestions: 'yes' }), now));
    assert.equal(r.outcome, 'decline');
    assert.equal(r.situation, 'accepted-another-offer');
    assert.match(r.reasons[0], /said yes to another job/);
  });

  it('declines on credible red flags even when the relationship has value', () => {
    const r = advice(decide(keen({ redFlags: 'yes', futureValue: 'yes' }), now));
    assert.equal(r.outcome, 'decline');
    assert.equal(r.situation, 'withdraw-application');
    assert.match(r.reasons.join(' '), /Reliable reports about this employer/);
  });

  for (const [key, pattern] of [['goalsFit', /6 to 12 months/], ['feasible', /visa/], ['bandwidth', /no room in your week/]] as const) {
    it(`declines when ${key} is "no" and the relationship has no future value`, () => {
      const r = advice(decide(keen({ [key]: 'no', futureValue: 'no' }), now));
      assert.equal(r.outcome, 'decline');
      assert.match(r.reasons.join(' '), pattern);
    });
  }

  it('picks "circumstances changed" when the move or timing is not feasible', () => {
    assert.equal(advice(decide(keen({ feasible: 'no', futureValue: 'no' }), now)).situation, 'circumstances-changed');
  });

  it('"No alternative" means no alternative: a soft reason with a contact worth keeping declines warmly', () => {
    // Issue 12, item 7: fit = No, worth knowing later = Yes, "No alternative" chosen.
    const r = advice(decide(keen({ goalsFit: 'no', futureValue: 'yes', alternative: 'none' }), now));
    assert.equal(r.outcome, 'decline');
    assert.equal(r.situation, 'withdraw-application');
    assert.match(r.reasons.join(' '), /worth keeping, so say no warmly/);
    assert.doesNotMatch(r.reasons.join(' '), /call|alternative/i);
  });

  // Every soft reason, each alternative and each answer about the contact's later value: the
  // chosen alternative is proposed, "none" never is, and the template follows the choice.
  const softReasons = ['goalsFit', 'feasible', 'bandwidth'] as const;
  const situationFor = { reschedule: 'reschedule', 'shorter-call': 'shorter-call-first', 'different-role': 'different-role' } as const;
  for (const key of softReasons) {
    for (const futureValue of ['yes', 'no', 'unsure', ''] as const) {
      for (const alternative of ['none', 'reschedule', 'shorter-call', 'different-role'] as const) {
        it(`${key} = no, worth knowing later = "${futureValue}", alternative = ${alternative}`, () => {
          const r = advice(decide(keen({ [key]: 'no', futureValue, alternative }), now));
          if (alternative === 'none') {
            assert.equal(r.outcome, 'decline');
            assert.equal(r.situation, key === 'feasible' ? 'circumstances-changed' : 'withdraw-application');
            assert.equal(/worth keeping/.test(r.reasons.join(' ')), futureValue === 'yes', 'the contact is mentioned only when it is worth keeping');
          } else {
            assert.equal(r.outcome, 'propose-alternative');
            assert.equal(r.situation, situationFor[alternative]);
          }
        });
      }
    }
  }

  it('"No alternative" with nothing against the role and the contact worth keeping: attend, not an alternative', () => {
    const r = advice(decide(keen({ futureValue: 'yes', alternative: 'none' }), now));
    assert.equal(r.outcome, 'attend');
  });

  it('"No alternative" with a hard stop still declines, and the alternative chosen does not soften a hard stop', () => {
    for (const alternative of ['none', 'reschedule', 'shorter-call', 'different-role'] as const) {
      assert.equal(advice(decide(keen({ otherOffer: 'yes', futureValue: 'yes', alternative }), now)).outcome, 'decline', alternative);
      assert.equal(advice(decide(keen({ redFlags: 'yes', goalsFit: 'no', futureValue: 'yes', alternative }), now)).outcome, 'decline', alternative);
    }
  });

  it('proposes the alternative the person chose, for a soft reason', () => {
    const reschedule = advice(decide(keen({ bandwidth: 'no', alternative: 'reschedule' }), now));
    assert.equal(reschedule.outcome, 'propose-alternative');
    assert.equal(reschedule.situation, 'reschedule');
    const role = advice(decide(keen({ goalsFit: 'no', futureValue: 'no', alternative: 'different-role' }), now));
    assert.equal(role.situation, 'different-role');
    assert.match(role.reasons.join(' '), /different opening at the company/);
    const call = advice(decide(keen({ feasible: 'no', alternative: 'shorter-call' }), now));
    assert.equal(call.situation, 'shorter-call-first');
  });

  it('proposes the alternative even with no reason against, when the person prefers another format', () => {
    const r = advice(decide(keen({ alternative: 'reschedule' }), now));
    assert.equal(r.outcome, 'propose-alternative');
    assert.equal(r.situation, 'reschedule');
  });

  it('with no reason against, the first reason speaks of the alternative chosen, not of a format or time nobody asked for', () => {
    // Exploratory run 5: "a different role" was explained as "a different format or time would suit you better".
    const said = (alternative: 'reschedule' | 'shorter-call' | 'different-role') => advice(decide(keen({ alternative }), now)).reasons[0];
    assert.match(said('reschedule'), /another time/);
    assert.match(said('shorter-call'), /shorter first conversation/);
    assert.match(said('different-role'), /another opening at the company/);
    for (const alternative of ['reschedule', 'shorter-call', 'different-role'] as const) assert.doesNotMatch(said(alternative), /format or time/);
    assert.doesNotMatch(said('different-role'), /time|call/);
  });

  it('asks first when open questions could change the decision', () => {
    const r = advice(decide(keen({ openQuestions: 'yes' }), now));
    assert.equal(r.outcome, 'ask-first');
    assert.match(r.reasons.join(' '), /job description, the interview plan, any flexibility/);
    assert.equal(r.situation, 'ask-questions-first', 'ask, and keep the interview: no shorter call the person did not choose');
  });

  it('asks first when unsure about what you still need to know', () => {
    const r = advice(decide(keen({ openQuestions: 'unsure' }), now));
    assert.equal(r.outcome, 'ask-first');
    assert.match(r.reasons[0], /unsure what is missing/);
  });

  it('asks first when a framework question is "not sure", naming it', () => {
    const r = advice(decide(keen({ feasible: 'unsure' }), now));
    assert.equal(r.outcome, 'ask-first');
    assert.match(r.reasons.join(' '), /Not settled yet: moving, visa and dates/);
  });

  it('asks first on an empty checklist and lists every unanswered question', () => {
    const r = advice(decide(emptyAnswers(), now));
    assert.equal(r.outcome, 'ask-first');
    assert.deepEqual(r.unanswered, questions.map((q) => q.short));
    assert.equal(r.replyBy, undefined, 'no dates, no reply-by time');
    assert.deepEqual(r.fields, { interviewStage: 'first interview' }, 'empty fields are left for the template placeholders; the stage always has a value');
  });

  it('mentions the relationship when attending and it has value, not otherwise', () => {
    assert.equal(advice(decide(keen({ futureValue: 'yes' }), now)).reasons.length, 2);
    assert.equal(advice(decide(keen({ futureValue: 'no' }), now)).reasons.length, 1);
  });

  it('only ever recommends known template ids', () => {
    const answers: ChecklistAnswers[] = [keen({ otherOffer: 'yes' }), keen({ openQuestions: 'yes' }), keen({ alternative: 'different-role' }), keen({ internalCandidate: true, redFlags: 'yes' })];
    for (const a of answers) {
      const s = advice(decide(a, now)).situation;
      assert.ok(s && (situationIds as readonly string[]).includes(s), String(s));
    }
  });
});

describe('decide: decline templates by situation', () => {
  const decline = (o: Partial<ChecklistAnswers>) => advice(decide(keen({ otherOffer: 'yes', ...o }), now));

  it('last-minute beats everything else', () => {
    assert.equal(decline({ interviewAt: hours(5), internalCandidate: true, recruiterInvolved: true }).situation, 'last-minute-cancellation');
  });
  it('internal candidate, then recruiter, then the offer, then the stage', () => {
    assert.equal(decline({ internalCandidate: true, recruiterInvolved: true }).situation, 'internal-candidate');
    assert.equal(decline({ recruiterInvolved: true }).situation, 'decline-via-recruiter');
    assert.equal(decline({ stage: 'final' }).situation, 'accepted-another-offer');
    assert.equal(advice(decide(keen({ redFlags: 'yes', stage: 'second' }), now)).situation, 'decline-later-stage');
  });
  it('adds a later-stage reason when declining a second or final interview', () => {
    assert.match(decline({ stage: 'final' }).reasons.join(' '), /later stage/);
    assert.doesNotMatch(decline({ stage: 'screening' }).reasons.join(' '), /later stage/);
  });
});

describe('decide: channel', () => {
  const declineWith = (o: Partial<ChecklistAnswers>) => advice(decide(keen({ redFlags: 'yes', ...o }), now));

  it('uses email by default', () => {
    const r = declineWith({});
    assert.equal(r.channel, 'email');
    assert.match(r.channelAdvice, /An email is enough/);
  });
  it('calls when there is rapport or they phoned you', () => {
    assert.equal(declineWith({ rapport: true }).channel, 'phone');
    assert.equal(declineWith({ contactMethod: 'phone' }).channel, 'phone');
  });
  it('tells the recruiter first when a recruiter introduced the role', () => {
    assert.equal(declineWith({ recruiterInvolved: true, rapport: true }).channel, 'recruiter-first');
  });
  it('speaks to the manager first as an internal candidate', () => {
    assert.equal(declineWith({ internalCandidate: true, recruiterInvolved: true }).channel, 'manager-first');
  });
  it('calls first, then emails, for a same-day cancellation', () => {
    const r = declineWith({ interviewAt: hours(3), internalCandidate: true });
    assert.equal(r.channel, 'phone-then-email');
    assert.match(r.channelAdvice, /ring them now, then/);
  });
  it('confirms attendance by email even when they phoned, and not as a last-minute call', () => {
    const r = advice(decide(keen({ contactMethod: 'phone', rapport: true, interviewAt: hours(3) }), now));
    assert.equal(r.outcome, 'attend');
    assert.equal(r.channel, 'email');
    assert.match(r.channelAdvice, /Reply by email/);
    assert.deepEqual(r.warnings, []);
  });
  it('keeps the recruiter and manager routes when attending', () => {
    assert.equal(advice(decide(keen({ recruiterInvolved: true }), now)).channel, 'recruiter-first');
    assert.equal(advice(decide(keen({ internalCandidate: true }), now)).channel, 'manager-first');
  });
});

describe('decide: reply-by time and warnings', () => {
  it('gives 48 hours from an invitation received this morning, in the offset it was given', () => {
    const r = advice(decide(keen({ invitationReceivedAt: '2026-11-23T09:30:00+01:00', redFlags: 'yes' }), now));
    assert.equal(r.replyBy, '2026-11-25T09:30:00+01:00');
    assert.deepEqual(r.warnings, []);
  });

  it('keeps the invitation offset across time zones (Kolkata, New York)', () => {
    assert.equal(advice(decide(keen({ invitationReceivedAt: '2026-11-23T16:00+05:30' }), now)).replyBy, '2026-11-25T16:00:00+05:30');
    assert.equal(advice(decide(keen({ invitationReceivedAt: '2026-11-22T22:15-05:00' }), now)).replyBy, '2026-11-24T22:15:00-05:00');
  });

  it('brings the reply-by time forward to give 24 hours notice before an early interview', () => {
    const r = advice(decide(keen({ invitationReceivedAt: '2026-11-23T11:00Z', interviewAt: '2026-11-24T20:00:00+02:00', redFlags: 'yes' }), now));
    // interview 18:00Z, minus 24 h = 2026-11-23T18:00Z, earlier than the 48-hour window (2026-11-25T11:00Z)
    assert.equal(r.replyBy, '2026-11-23T20:00:00+02:00');
  });

  it('asks for 72 hours notice before a second or final interview', () => {
    const r = advice(decide(keen({ stage: 'final', invitationReceivedAt: '2026-11-23T10:00Z', interviewAt: '2026-11-27T10:00Z', redFlags: 'yes' }), now));
    assert.equal(r.replyBy, '2026-11-24T10:00:00Z');
    assert.deepEqual(r.warnings, []);
  });

  it('uses the interview alone when the invitation time is unknown', () => {
    assert.equal(advice(decide(keen({ interviewAt: '2026-11-30T09:00-08:00' }), now)).replyBy, '2026-11-29T09:00:00-08:00');
  });

  it('warns when the invitation came in earlier this week, past the 48-hour window', () => {
    const r = advice(decide(keen({ invitationReceivedAt: '2026-11-20T08:00+01:00', redFlags: 'yes' }), now));
    assert.deepEqual(r.warnings.map((w) => w.code), ['past-reply-window']);
    assert.match(r.warnings[0].message, /3 days 5 hours ago/);
    assert.equal(r.replyBy, '2026-11-22T08:00:00+01:00', 'the computed time is shown even though it has passed');
  });

  it('does not warn at 47 hours, does at 49', () => {
    assert.deepEqual(advice(decide(keen({ invitationReceivedAt: hours(-47) }), now)).warnings, []);
    assert.deepEqual(advice(decide(keen({ invitationReceivedAt: hours(-49) }), now)).warnings.map((w) => w.code), ['past-reply-window']);
  });

  it('warns about less than 72 hours before a later-stage interview you are not attending', () => {
    const r = advice(decide(keen({ stage: 'second', interviewAt: hours(50), redFlags: 'yes' }), now));
    assert.deepEqual(r.warnings.map((w) => w.code), ['short-notice-later-stage']);
    assert.match(r.warnings[0].message, /second interview is in 2 days 2 hours/);
    assert.deepEqual(advice(decide(keen({ stage: 'second', interviewAt: hours(73), redFlags: 'yes' }), now)).warnings, []);
    assert.deepEqual(advice(decide(keen({ stage: 'first', interviewAt: hours(50), redFlags: 'yes' }), now)).warnings, [], 'early stages need less notice');
  });

  it('warns about a last-minute cancellation instead of the 72-hour one', () => {
    const r = advice(decide(keen({ stage: 'final', interviewAt: hours(2), redFlags: 'yes' }), now));
    assert.deepEqual(r.warnings.map((w) => w.code), ['last-minute']);
    assert.match(r.warnings[0].message, /in 2 hours/);
  });

  it('never sets the reply-by before the invitation: a final interview 30 hours after it is answered now', () => {
    // Invited an hour ago for a final interview 29 hours from now: 72 hours of notice would have
    // meant replying two days before the invitation came in.
    const r = advice(decide(keen({ stage: 'final', invitationReceivedAt: hours(-1), interviewAt: hours(29), redFlags: 'yes' }), now));
    assert.equal(r.replyBy, '2026-11-23T12:00:00Z', 'as soon as possible: now');
    assert.ok(Date.parse(r.replyBy) >= Date.parse(hours(-1)), 'not before the invitation');
    assert.deepEqual(r.warnings.map((w) => w.code), ['short-notice-later-stage'], 'the warning explains the hurry');
  });

  it('never sets the reply-by in the past when attending an interview 12 hours away, and keeps its offset', () => {
    const r = advice(decide(keen({ interviewAt: '2026-11-24T01:00+01:00' }), now));
    assert.equal(r.outcome, 'attend');
    assert.equal(r.replyBy, '2026-11-23T13:00:00+01:00', 'now, written in the interview offset');
  });

  it('clamps the notice deadline to now at the boundaries, and not before them', () => {
    // Early stage: 24 hours of notice.
    assert.equal(advice(decide(keen({ interviewAt: hours(24), redFlags: 'yes' }), now)).replyBy, '2026-11-23T12:00:00Z', 'exactly 24 hours: now');
    assert.equal(advice(decide(keen({ interviewAt: hours(24 + 1 / 60), redFlags: 'yes' }), now)).replyBy, '2026-11-23T12:01:00Z', 'a minute more: a minute from now');
    assert.equal(advice(decide(keen({ interviewAt: hours(24 - 1 / 60), redFlags: 'yes' }), now)).replyBy, '2026-11-23T12:00:00Z', 'a minute less: now, not a minute ago');
    // Later stage: 72 hours of notice.
    assert.equal(advice(decide(keen({ stage: 'second', interviewAt: hours(72), redFlags: 'yes' }), now)).replyBy, '2026-11-23T12:00:00Z');
    assert.equal(advice(decide(keen({ stage: 'second', interviewAt: hours(73), redFlags: 'yes' }), now)).replyBy, '2026-11-23T13:00:00Z');
    assert.equal(advice(decide(keen({ stage: 'second', interviewAt: hours(71), redFlags: 'yes' }), now)).replyBy, '2026-11-23T12:00:00Z');
  });

  it('rounds "now" up to the second, so the written reply-by is never before it', () => {
    const late = new Date('2026-11-23T12:00:00.400Z');
    assert.equal(advice(decide(keen({ interviewAt: hours(5), redFlags: 'yes' }), late)).replyBy, '2026-11-23T12:00:01Z');
  });

  it('uses the invitation time as the floor when it is a little ahead of this clock (within the skew tolerance)', () => {
    const r = advice(decide(keen({ invitationReceivedAt: hours(3 / 60), interviewAt: hours(10), redFlags: 'yes' }), now));
    assert.equal(r.replyBy, '2026-11-23T12:03:00Z');
  });

  it('keeps a 48-hour window that has run out (it is after the invitation) when the notice deadline is later', () => {
    const r = advice(decide(keen({ invitationReceivedAt: hours(-60), interviewAt: hours(5), redFlags: 'yes' }), now));
    assert.equal(r.replyBy, '2026-11-23T00:00:00Z', '48 hours after the invitation, 12 hours ago');
    assert.deepEqual(r.warnings.map((w) => w.code), ['past-reply-window', 'last-minute']);
  });

  it('never gives a reply-by before the invitation or before now (unless the 48-hour window has run out)', () => {
    for (const stage of ['screening', 'first', 'second', 'final'] as const) {
      for (const receivedH of [-100, -47, -10, -1, 0]) {
        for (const interviewH of [0.5, 2, 12, 23, 24, 25, 30, 71, 72, 73, 200]) {
          const r = advice(decide(keen({ stage, invitationReceivedAt: hours(receivedH), interviewAt: hours(interviewH) }), now));
          const replyBy = Date.parse(r.replyBy ?? '');
          assert.ok(replyBy >= Date.parse(hours(receivedH)), `${stage}, ${receivedH} h, ${interviewH} h: ${r.replyBy} before the invitation`);
          const windowRanOut = receivedH + 48 < 0;
          if (!windowRanOut) assert.ok(replyBy >= now.getTime(), `${stage}, ${receivedH} h, ${interviewH} h: ${r.replyBy} already past`);
          assert.ok(replyBy <= Date.parse(hours(interviewH)), `${stage}, ${receivedH} h, ${interviewH} h: ${r.replyBy} after the interview`);
        }
      }
    }
  });

  it('does not warn about notice when attending', () => {
    assert.deepEqual(advice(decide(keen({ stage: 'final', interviewAt: hours(30) }), now)).warnings, []);
  });
});

describe('decide: errors, not throws', () => {
  it('reports an interview that has already passed', () => {
    const r = decide(keen({ interviewAt: '2026-11-23T12:30+01:00' }), now);
    assert.equal(r.ok, false);
    assert.equal(!r.ok && r.error, 'interview-passed');
    assert.match(!r.ok ? r.message : '', /already over/);
    // The time is written with its zone in brackets: not inside another pair, "(... (UTC+01:00))".
    assert.doesNotMatch(!r.ok ? r.message : '', /\)\)/);
  });

  it('reports an interview exactly now as passed', () => {
    const r = decide(keen({ interviewAt: '2026-11-23T12:00Z' }), now);
    assert.equal(!r.ok && r.error, 'interview-passed');
  });

  it('reports times without an offset or not times at all', () => {
    for (const [field, value] of [['interviewAt', '2026-11-30T10:00'], ['invitationReceivedAt', 'yesterday'], ['interviewAt', '<img src=x onerror=alert(1)>']] as const) {
      const r = decide(keen({ [field]: value }), now);
      assert.equal(!r.ok && r.error, 'invalid-date', `${field}=${value}`);
    }
  });

  it('reports an invitation received in the future, tolerating small clock skew', () => {
    assert.equal(((r) => !r.ok && r.error)(decide(keen({ invitationReceivedAt: hours(1) }), now)), 'invitation-in-future');
    assert.ok(decide(keen({ invitationReceivedAt: '2026-11-23T12:04Z' }), now).ok);
  });

  it('reports an interview set before the invitation arrived (within the clock-skew tolerance)', () => {
    const r = decide(keen({ invitationReceivedAt: '2026-11-23T12:04Z', interviewAt: '2026-11-23T14:02+02:00' }), now);
    assert.equal(!r.ok && r.error, 'interview-before-invitation');
  });

  it('checks the dates in order: a passed interview is reported before an odd invitation time', () => {
    const r = decide(keen({ invitationReceivedAt: hours(3), interviewAt: hours(-1) }), now);
    assert.equal(!r.ok && r.error, 'interview-passed');
  });
});

describe('decide: draft fields', () => {
  it('prefills the names, company, role and a readable interview date in its own zone', () => {
    const r = advice(decide(keen({ senderName: ' Sam ', redFlags: 'yes', interviewAt: '2026-11-30T15:00-05:00' }), now));
    assert.deepEqual(r.fields, { recipientName: 'Dana', company: 'Acme', role: 'Data Analyst', senderName: 'Sam', interviewDate: 'Monday 30 November 2026, 15:00 (UTC-05:00)', interviewStage: 'first interview' });
  });

  it('leaves out empty and blank fields', () => {
    const r = advice(decide(keen({ contactName: '   ', role: '', redFlags: 'yes' }), now));
    assert.deepEqual(Object.keys(r.fields).sort(), ['company', 'interviewStage']);
  });

  it('is pure: the same answers and time give the same result, and the input is untouched', () => {
    const a = keen({ goalsFit: 'no', interviewAt: hours(100), invitationReceivedAt: hours(-3) });
    const copy = structuredClone(a);
    assert.deepEqual(decide(a, now), decide(a, now));
    assert.deepEqual(a, copy);
  });
});

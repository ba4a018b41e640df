import * as assert from 'node:assert/strict';
import { decide } from '../../../src/core/checklist/decide';
import { describeReplyBy, situationLabel } from '../../../src/core/checklist/present';
import { emptyAnswers } from '../../../src/core/checklist/questions';
import { toDecisionInput } from '../../../src/core/checklist/toDecision';
import type { Advice, ChecklistAnswers } from '../../../src/core/checklist/types';

const now = new Date('2026-11-23T12:00:00Z');

function adviceFor(a: ChecklistAnswers): Advice {
  const r = decide(a, now);
  assert.ok(r.ok);
  return r;
}

describe('toDecisionInput', () => {
  it('records company, role, stage, dates, outcome, reasons, channel and reply-by', () => {
    const a: ChecklistAnswers = { ...emptyAnswers(), company: ' Acme ', role: 'Analyst', contactName: 'Dana', stage: 'second', recruiterInvolved: true, otherOffer: 'yes', invitationReceivedAt: '2026-11-23T09:00:00+01:00', interviewAt: '2026-11-30T10:00:00+01:00' };
    const advice = adviceFor(a);
    const r = toDecisionInput(a, advice);
    assert.ok(r.ok);
    assert.deepEqual(r.value, {
      company: 'Acme',
      role: 'Analyst',
      stage: 'second',
      contactName: 'Dana',
      invitationReceivedAt: '2026-11-23T09:00:00+01:00',
      interviewAt: '2026-11-30T10:00:00+01:00',
      outcome: 'decline',
      reasons: advice.reasons,
      channel: 'recruiter-first',
      replyBy: '2026-11-25T09:00:00+01:00',
    });
  });

  it('leaves optional fields out when empty', () => {
    const a: ChecklistAnswers = { ...emptyAnswers(), company: 'Acme', role: 'Analyst', invitationReceivedAt: '2026-11-23T09:00Z' };
    const r = toDecisionInput(a, adviceFor(a));
    assert.ok(r.ok);
    assert.equal('contactName' in r.value, false);
    assert.equal('interviewAt' in r.value, false);
  });

  it('asks for what is missing instead of guessing', () => {
    const a = emptyAnswers();
    const r = toDecisionInput(a, adviceFor(a));
    assert.deepEqual(r, { ok: false, reason: 'To log this decision, add the company, the role and when the invitation arrived.' });
    const b = { ...a, company: 'Acme', role: 'x' };
    assert.deepEqual(toDecisionInput(b, adviceFor(b)), { ok: false, reason: 'To log this decision, add when the invitation arrived.' });
  });
});

describe('present', () => {
  it('describes a reply-by time ahead and behind, in its own offset', () => {
    assert.equal(describeReplyBy('2026-11-25T09:30:00+01:00', now), 'Wednesday 25 November 2026, 09:30 (UTC+01:00), in 44 hours');
    assert.equal(describeReplyBy('2026-11-23T09:00:00Z', now), 'Monday 23 November 2026, 09:00 (UTC), 3 hours ago: answer as soon as possible');
    assert.equal(describeReplyBy('nonsense', now), 'nonsense');
  });

  it('says "now" for a reply-by within a minute either side, and counts beyond that', () => {
    const at = (ms: number) => new Date(now.getTime() + ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
    assert.match(describeReplyBy(at(0), now), /, now: answer as soon as possible$/);
    assert.match(describeReplyBy(at(59_000), now), /, now: answer as soon as possible$/);
    assert.match(describeReplyBy(at(-59_000), now), /, now: answer as soon as possible$/);
    assert.match(describeReplyBy(at(60_000), now), /, in 1 minute$/);
    assert.match(describeReplyBy(at(-60_000), now), /, 1 minute ago: answer as soon as possible$/);
    assert.equal(situationLabel('reschedule'), 'Ask to reschedule');
    assert.equal(situationLabel('unknown-id'), 'unknown-id');
  });
});

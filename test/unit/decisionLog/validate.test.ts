import * as assert from 'node:assert/strict';
import { formatInstant } from '../../../src/core/checklist/time';
import { MAX_TEXT_LENGTH, stages } from '../../../src/core/checklist/validate';
import { LIMITS, STAGES, normaliseDate, validateDecisionEntry, validateDecisionInput } from '../../../src/core/decisionLog/validate';
import { entry, input } from './fixtures';

describe('decision log validation', () => {
  it('accepts a complete input and keeps the offset of the times given', () => {
    const checked = validateDecisionInput(input({ replyBy: ' 2026-03-04T11:00+02:00 ' }));
    assert.ok(checked.ok);
    assert.equal(checked.value.replyBy, '2026-03-04T11:00+02:00');
  });

  it("shares the checklist's stages, text limit and date format, so what the checklist sends is what the log accepts", () => {
    assert.equal(STAGES, stages);
    assert.equal(LIMITS.text, MAX_TEXT_LENGTH);
    for (const stage of stages) assert.ok(validateDecisionInput(input({ stage })).ok, stage);
    assert.ok(validateDecisionInput(input({ company: 'x'.repeat(MAX_TEXT_LENGTH) })).ok);
    assert.ok(!validateDecisionInput(input({ company: 'x'.repeat(MAX_TEXT_LENGTH + 1) })).ok);
    assert.ok(validateDecisionInput(input({ replyBy: formatInstant(Date.UTC(2026, 2, 4, 9, 30), -330) })).ok, 'a reply-by written by the checklist');
  });

  it('trims text, drops blank reasons and unknown fields', () => {
    const checked = validateDecisionInput({ ...input({ company: '  Acme  ', reasons: [' a ', '', '  '] }), extra: '<script>' });
    assert.ok(checked.ok);
    assert.equal(checked.value.company, 'Acme');
    assert.deepEqual(checked.value.reasons, ['a']);
    assert.equal('extra' in checked.value, false);
  });

  it('allows the optional fields to be missing and an empty role', () => {
    const checked = validateDecisionInput({ ...input({ role: '' }), contactName: undefined, interviewAt: null, replyBy: '' });
    assert.ok(checked.ok);
    assert.equal(checked.value.replyBy, undefined);
    assert.equal(checked.value.role, '');
  });

  const bad: [string, unknown, RegExp][] = [
    ['not an object', 'Acme', /expected the details of a decision/],
    ['an array', [input()], /expected the details/],
    ['no company', { ...input(), company: undefined }, /company is missing/],
    ['company not text', { ...input(), company: 42 }, /company must be text/],
    ['company too long', input({ company: 'x'.repeat(201) }), /company is longer than 200/],
    ['unknown stage', { ...input(), stage: 'onsite' }, /stage must be one of screening, first, second, final/],
    ['unknown outcome', { ...input(), outcome: 'ghost' }, /outcome must be one of/],
    ['unknown channel', { ...input(), channel: 'carrier pigeon' }, /channel must be one of/],
    ['missing invitation date', { ...input(), invitationReceivedAt: '' }, /invitation received at is missing/],
    ['a date that is not ISO', input({ interviewAt: 'next Tuesday' }), /interview at is not a date/],
    ['an impossible date', input({ replyBy: '2026-02-31T25:00:00Z' }), /reply by is not a date/],
    ['reasons not a list', { ...input(), reasons: 'busy' }, /reasons must be a list of text/],
    ['reasons with a number', { ...input(), reasons: ['ok', 3] }, /reasons must be a list of text/],
    ['too many reasons', input({ reasons: Array.from({ length: 51 }, () => 'r') }), /more than 50/],
  ];
  for (const [name, raw, expected] of bad) {
    it(`rejects ${name} with a clear problem`, () => {
      const checked = validateDecisionInput(raw);
      assert.equal(checked.ok, false);
      if (!checked.ok) assert.match(checked.problems.join('; '), expected);
    });
  }

  it('reports every problem at once', () => {
    const checked = validateDecisionInput({});
    assert.equal(checked.ok, false);
    if (!checked.ok) assert.ok(checked.problems.length >= 5, checked.problems.join('; '));
  });

  it('validates stored entries: id, logged time and answered time', () => {
    assert.ok(validateDecisionEntry(entry({ answeredAt: '2026-03-03T00:00:00Z' })).ok);
    const noId = validateDecisionEntry({ ...entry(), id: '' });
    assert.ok(!noId.ok && /id is missing/.test(noId.problems.join()));
    const badAnswered = validateDecisionEntry(entry({ answeredAt: 'yes' }));
    assert.ok(!badAnswered.ok && /answered at is not a date/.test(badAnswered.problems.join()));
    assert.equal(validateDecisionEntry(null).ok, false);
  });

  it('normalises only real ISO dates', () => {
    assert.equal(normaliseDate('2026-03-04'), '2026-03-04T00:00:00.000Z');
    assert.equal(normaliseDate('2026-03-04T09:30Z'), '2026-03-04T09:30:00.000Z');
    assert.equal(normaliseDate('March 4'), undefined);
    assert.equal(normaliseDate(1700000000000), undefined);
    assert.equal(normaliseDate('0001-01-01T00:00:00Z'), undefined);
  });
});

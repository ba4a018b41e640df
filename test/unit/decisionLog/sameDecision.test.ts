// Logging the same decision again corrects its entry (found in the real editor: correcting the
// reply-by time in the checklist and logging again gave two identical rows).
import * as assert from 'node:assert/strict';
import { entryToUpdate, sameDecision, updatedEntry } from '../../../src/core/decisionLog/sameDecision';
import { entry, input } from './fixtures';

describe('decision log: the same decision logged again', () => {
  it('is the same company and role, whatever the case and spacing', () => {
    assert.equal(sameDecision(entry(), input({ company: '  acme   ANALYTICS ', role: 'data engineer' })), true);
    assert.equal(sameDecision(entry(), input({ role: 'Data Scientist' })), false);
    assert.equal(sameDecision(entry(), input({ company: 'Acme Labs' })), false);
    assert.equal(sameDecision(entry({ role: '' }), input({ role: '' })), true);
  });

  it('corrects only the newest entry, and only while it awaits a reply', () => {
    const first = entry({ id: 'a' });
    const other = entry({ id: 'b', company: 'Globex' });
    assert.equal(entryToUpdate([first], input({ replyBy: '2026-03-03T09:00:00.000Z' })), first);
    assert.equal(entryToUpdate([first, other], input()), undefined, 'another decision was logged since: a new entry');
    assert.equal(entryToUpdate([entry({ answeredAt: '2026-03-02T12:00:00.000Z' })], input()), undefined, 'answered: a new round is a new entry');
    assert.equal(entryToUpdate([], input()), undefined);
  });

  it('keeps the id and the first logged time, takes every new detail and stamps the update', () => {
    const previous = entry({ id: 'keep', loggedAt: '2026-03-01T08:00:00.000Z', reasons: ['old'] });
    const next = updatedEntry(previous, input({ replyBy: '2026-03-03T17:00:00.000Z', outcome: 'ask-first', reasons: [] }), '2026-03-02T10:05:00.000Z');
    assert.deepEqual(next, { ...input({ replyBy: '2026-03-03T17:00:00.000Z', outcome: 'ask-first', reasons: [] }), id: 'keep', loggedAt: '2026-03-01T08:00:00.000Z', updatedAt: '2026-03-02T10:05:00.000Z' });
  });
});

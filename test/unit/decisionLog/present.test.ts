// How logged decisions read in the Decisions view, the status bar and the notifications.
import * as assert from 'node:assert/strict';
import { decisionLine, detailRows, pickItem, reminderLines, reminderMessage, sortForView, viewSummary } from '../../../src/core/decisionLog/present';
import { pendingReminders } from '../../../src/core/decisionLog/reminders';
import { entry } from './fixtures';

const HOUR = 3_600_000;
const now = new Date('2026-03-03T09:00:00.000Z');
const inHours = (h: number) => new Date(now.getTime() + h * HOUR).toISOString();

describe('decision log presentation', () => {
  it('lists decisions awaiting a reply first, nearest reply-by first, then the answered ones, newest answer first', () => {
    const list = [
      entry({ id: 'answered-old', answeredAt: '2026-03-01T00:00:00.000Z' }),
      entry({ id: 'no-reply-by', replyBy: undefined }),
      entry({ id: 'later', replyBy: inHours(30) }),
      entry({ id: 'answered-new', answeredAt: '2026-03-02T00:00:00.000Z' }),
      entry({ id: 'sooner', replyBy: inHours(2) }),
    ];
    assert.deepEqual(sortForView(list).map((e) => e.id), ['sooner', 'later', 'no-reply-by', 'answered-new', 'answered-old']);
  });

  it('describes a decision by its state, with an icon that says how urgent it is', () => {
    assert.deepEqual(pick(decisionLine(entry({ replyBy: inHours(30) }), now)), { icon: 'bell', color: undefined, contextValue: 'decision.pending', description: 'Data Engineer · Decline · reply in 30h' });
    assert.deepEqual(pick(decisionLine(entry({ replyBy: inHours(2) }), now)), { icon: 'bell-dot', color: 'list.warningForeground', contextValue: 'decision.pending', description: 'Data Engineer · Decline · reply in 2h' });
    assert.equal(decisionLine(entry({ replyBy: inHours(-3) }), now).icon, 'warning');
    assert.equal(decisionLine(entry({ replyBy: undefined, role: '' }), now).description, 'Decline · not answered');
    const answered = decisionLine(entry({ answeredAt: inHours(-1) }), now);
    assert.deepEqual([answered.icon, answered.state, answered.contextValue], ['pass', 'answered', 'decision.answered']);
    assert.match(answered.summary, /^Decline · Email · answered$/);
  });

  it('lists the known details and one row per reason, leaving out what was not given', () => {
    const rows = detailRows(entry({ contactName: '', reasons: ['One', 'Two'] }));
    assert.deepEqual(rows.map((r) => r.key), ['stage', 'outcome', 'channel', 'received', 'interview', 'replyBy', 'answered', 'logged', 'reason-0', 'reason-1']);
    assert.equal(rows.find((r) => r.key === 'answered')?.value, 'not yet');
    assert.equal(rows.find((r) => r.key === 'channel')?.icon, 'mail');
    assert.equal(rows.find((r) => r.key === 'replyBy')?.value.includes('2026'), true);
    const updated = detailRows(entry({ updatedAt: '2026-03-02T11:00:00.000Z' }));
    assert.deepEqual(updated.map((r) => r.key).slice(8, 10), ['logged', 'updated'], 'an entry logged again says when');
  });

  it('sums up the view: how many await a reply, and a badge for those due within 4 hours', () => {
    const list = [entry({ id: 'a', replyBy: inHours(2) }), entry({ id: 'b', replyBy: inHours(30) }), entry({ id: 'c', answeredAt: inHours(-1) })];
    assert.deepEqual(viewSummary(list, now), { description: '2 awaiting a reply', badge: { value: 1, tooltip: '1 reply is due within 4 hours' } });
    assert.deepEqual(viewSummary([], now), { description: undefined, badge: undefined });
  });

  it('words the status bar tooltip and the one notification', () => {
    const pending = pendingReminders(Array.from({ length: 7 }, (_, i) => entry({ id: `e${i}`, company: `Co ${i}`, replyBy: inHours(i + 1) })), now);
    const lines = reminderLines(pending);
    assert.equal(lines.length, 6);
    assert.equal(lines[0], 'Co 0 (Data Engineer): in 1h');
    assert.equal(lines[5], 'and 2 more');
    assert.equal(reminderMessage(pending.slice(0, 1)), 'Reply to Co 0 about the Data Engineer interview in 1h.');
    assert.equal(reminderMessage(pendingReminders([entry({ replyBy: inHours(-2) })], now)), 'Your reply to Acme Analytics about the Data Engineer interview is overdue by 2h.');
    assert.match(reminderMessage(pending.slice(0, 2)), /^2 replies are due soon: Co 0 \(in 1h\), Co 1 \(in 2h\)\.$/);
  });

  it('offers a decision in a quick pick by company, role, outcome and stage', () => {
    assert.deepEqual(pickItem(entry({ answeredAt: inHours(-1) })), { label: 'Acme Analytics', description: 'Data Engineer', detail: 'Decline · Second interview · answered' });
  });
});

function pick(line: ReturnType<typeof decisionLine>) {
  return { icon: line.icon, color: line.color, contextValue: line.contextValue, description: line.description };
}

import * as assert from 'node:assert/strict';
import { describeDuration } from '../../../src/core/checklist/time';
import { describeTimeLeft, dueForNotification, pendingReminders, reminderShortText, reminderText } from '../../../src/core/decisionLog/reminders';
import { entry } from './fixtures';

const HOUR = 3_600_000;
const now = new Date('2026-03-04T09:00:00.000Z');
const at = (hoursFromNow: number) => new Date(now.getTime() + hoursFromNow * HOUR).toISOString();

describe('reply-by reminders', () => {
  it('lists unanswered decisions with a reply-by time, nearest first', () => {
    const entries = [
      entry({ id: 'later', replyBy: at(30) }),
      entry({ id: 'answered', replyBy: at(1), answeredAt: at(-1) }),
      entry({ id: 'no-reply-by', replyBy: undefined }),
      entry({ id: 'soon', replyBy: at(2) }),
      entry({ id: 'overdue', replyBy: at(-3) }),
    ];
    const pending = pendingReminders(entries, now);
    assert.deepEqual(pending.map((r) => r.entry.id), ['overdue', 'soon', 'later']);
    assert.deepEqual(pending.map((r) => [r.overdue, r.urgent]), [[true, true], [false, true], [false, false]]);
    assert.equal(pending[1].msLeft, 2 * HOUR);
  });

  it('compares reply-by times given in different offsets by the instant they name', () => {
    const pending = pendingReminders([entry({ id: 'paris', replyBy: '2026-03-04T12:00+01:00' }), entry({ id: 'utc', replyBy: '2026-03-04T11:30Z' })], now);
    assert.deepEqual(pending.map((r) => [r.entry.id, r.msLeft / HOUR]), [['paris', 2], ['utc', 2.5]]);
  });

  it('turns urgent strictly under 4 hours', () => {
    assert.equal(pendingReminders([entry({ replyBy: at(4) })], now)[0].urgent, false);
    assert.equal(pendingReminders([entry({ replyBy: at(3.99) })], now)[0].urgent, true);
  });

  it('notifies once per decision under 4 hours, and not for stale overdue ones', () => {
    const entries = [entry({ id: 'a', replyBy: at(3) }), entry({ id: 'b', replyBy: at(5) }), entry({ id: 'c', replyBy: at(-2) }), entry({ id: 'd', replyBy: at(-25) }), entry({ id: 'e', replyBy: at(1), answeredAt: at(-1) })];
    assert.deepEqual(dueForNotification(entries, now, new Set()).map((r) => r.entry.id), ['c', 'a']);
    assert.deepEqual(dueForNotification(entries, now, new Set(['a', 'c'])), []);
    // An hour later b is not yet due; two hours later it is.
    assert.deepEqual(dueForNotification(entries, new Date(now.getTime() + HOUR), new Set(['a', 'c'])), []);
    assert.deepEqual(dueForNotification(entries, new Date(now.getTime() + 1.5 * HOUR), new Set(['a', 'c'])).map((r) => r.entry.id), ['b']);
  });

  it('formats durations in the short form of the one duration function, rounding down', () => {
    const short = (ms: number) => describeDuration(ms, 'short');
    assert.equal(short(30_000), 'less than a minute');
    assert.equal(short(45 * 60_000 + 59_000), '45m');
    assert.equal(short(HOUR), '1h');
    assert.equal(short(3 * HOUR + 20 * 60_000), '3h 20m');
    assert.equal(short(5 * HOUR + 59 * 60_000), '5h 59m');
    assert.equal(short(6 * HOUR + 59 * 60_000), '6h');
    assert.equal(short(26 * HOUR), '26h');
    assert.equal(short(48 * HOUR), '2d');
    assert.equal(short(50 * HOUR), '2d 2h');
    assert.equal(short(-2 * HOUR), '2h');
  });

  it('describes time left and overdue', () => {
    assert.equal(describeTimeLeft(5 * HOUR), 'in 5h');
    assert.equal(describeTimeLeft(-2 * HOUR), 'overdue by 2h');
    assert.equal(describeTimeLeft(0), 'overdue by less than a minute');
  });

  it('writes the status bar text with a codicon, shortening long names', () => {
    const [soon] = pendingReminders([entry({ company: 'Acme', replyBy: at(5) })], now);
    assert.equal(reminderText(soon), '$(bell) Reply to Acme in 5h');
    const [late] = pendingReminders([entry({ company: 'Acme', replyBy: at(-2) })], now);
    assert.equal(reminderText(late), '$(warning) Reply to Acme: overdue 2h');
    const [long] = pendingReminders([entry({ company: 'A very long company name indeed, Limited', replyBy: at(5) })], now);
    assert.equal(reminderText(long), '$(bell) Reply to A very long company nam… in 5h');
  });

  it('writes a short form for the item when it also shows a draft, naming whom the reply is due to', () => {
    const [soon] = pendingReminders([entry({ company: 'Acme', replyBy: at(5) })], now);
    assert.equal(reminderShortText(soon), '$(bell) Reply to Acme in 5h');
    const [late] = pendingReminders([entry({ company: 'Acme', replyBy: at(-2) })], now);
    assert.equal(reminderShortText(late), '$(warning) Reply to Acme overdue 2h');
    const [long] = pendingReminders([entry({ company: 'Northwind Traders International', replyBy: at(5) })], now);
    assert.equal(reminderShortText(long), '$(bell) Reply to Northwind Trade… in 5h');
  });
});

// Issue 12, item 13: the reply-by .ics file, read back with a real iCalendar parser (ical.js).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import ICAL from 'ical.js';
import { CALENDAR_ALARM_BEFORE_MS, CALENDAR_EVENT_MS, fileNameFor, fold, replyByEvent } from '../../../src/core/decisionLog/calendar';
import { entry } from './fixtures';

const now = new Date('2026-11-23T12:00:00Z');

function ics(overrides: Parameters<typeof entry>[0] = {}): string {
  const r = replyByEvent(entry(overrides), now);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return r.ics;
}

function parse(text: string): { calendar: ICAL.Component; event: ICAL.Event; alarm: ICAL.Component } {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vevent = calendar.getFirstSubcomponent('vevent');
  assert.ok(vevent, 'one VEVENT');
  const alarm = vevent.getFirstSubcomponent('valarm');
  assert.ok(alarm, 'one VALARM');
  return { calendar, event: new ICAL.Event(vevent), alarm };
}

describe('reply-by calendar event (.ics)', () => {
  it('is a VCALENDAR 2.0 with a PRODID and one event whose end is the reply-by instant, in UTC', () => {
    const { calendar, event } = parse(ics({ replyBy: '2026-11-29T10:00:00+01:00' }));
    assert.equal(calendar.getFirstPropertyValue('version'), '2.0');
    assert.match(String(calendar.getFirstPropertyValue('prodid')), /Graceful Decline/);
    assert.equal(event.endDate.toJSDate().toISOString(), '2026-11-29T09:00:00.000Z', '10:00 at +01:00 is 09:00 UTC');
    assert.equal(event.endDate.zone.tzid, 'UTC');
    assert.equal(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime(), CALENDAR_EVENT_MS);
    assert.equal(event.uid, 'reply-by-id-1@graceful-decline');
    assert.equal(calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp')!.toString(), '2026-11-23T12:00:00Z');
  });

  it('keeps the instant for every offset the checklist writes (Kolkata, New York, UTC, Chatham)', () => {
    for (const [replyBy, utc] of [['2026-11-25T16:00:00+05:30', '2026-11-25T10:30:00.000Z'], ['2026-11-24T22:15:00-05:00', '2026-11-25T03:15:00.000Z'], ['2026-03-04T09:00:00.000Z', '2026-03-04T09:00:00.000Z'], ['2026-11-24T08:00:00+13:45', '2026-11-23T18:15:00.000Z'], ['2026-11-24T08:00:00+0100', '2026-11-24T07:00:00.000Z']]) {
      assert.equal(parse(ics({ replyBy })).event.endDate.toJSDate().toISOString(), utc, replyBy);
    }
  });

  it('puts the company and the role in the title, and the stage, outcome, channel and contact in the description', () => {
    const { event } = parse(ics({ company: 'Acme Analytics', role: 'Data Engineer', stage: 'second', outcome: 'decline', channel: 'phone', contactName: 'Priya' }));
    assert.equal(event.summary, 'Reply by: Acme Analytics, Data Engineer');
    assert.match(event.description, /second interview \(Acme Analytics, Data Engineer\)/);
    assert.match(event.description, /Recommendation: Decline\./);
    assert.match(event.description, /How to tell them: Phone, then a few written lines\./);
    assert.match(event.description, /\nContact: Priya\./, 'line breaks survive as line breaks');
  });

  it('rings an alarm before the deadline: the same 4 hours as the in-editor reminder', () => {
    const { event, alarm } = parse(ics({ replyBy: '2026-11-29T09:00:00Z' }));
    assert.equal(alarm.getFirstPropertyValue('action'), 'DISPLAY');
    const trigger = alarm.getFirstProperty('trigger')!;
    assert.equal(trigger.getParameter('related'), 'END');
    const offset = (trigger.getFirstValue() as ICAL.Duration).toSeconds() * 1000;
    assert.equal(offset, -CALENDAR_ALARM_BEFORE_MS);
    assert.equal(CALENDAR_ALARM_BEFORE_MS, 4 * 3_600_000);
    assert.equal(new Date(event.endDate.toJSDate().getTime() + offset).toISOString(), '2026-11-29T05:00:00.000Z');
    assert.ok(alarm.getFirstPropertyValue('description'), 'a DISPLAY alarm needs a DESCRIPTION');
  });

  it('escapes commas, semicolons, backslashes and line breaks, and reads them back exactly', () => {
    const company = 'Smith, Jones; & Co\\Ltd';
    const role = 'Lead\nEngineer';
    const text = ics({ company, role });
    assert.match(text, /Smith\\, Jones\\; & Co\\\\Ltd/);
    assert.equal(parse(text).event.summary, `Reply by: ${company}, ${role}`);
  });

  it('folds long lines at 75 octets with CRLF and a space, never splitting a character', () => {
    const company = 'Ünïcödé Gesellschaft für sehr lange Firmennamen 東京海上日動 😀😀😀 und Söhne';
    const text = ics({ company, role: 'Senior Principal Staff Data Platform Engineer, Applied Research' });
    assert.ok(text.endsWith('\r\n'));
    assert.doesNotMatch(text.replace(/\r\n/g, ''), /[\r\n]/, 'only CRLF line breaks');
    for (const line of text.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${Buffer.byteLength(line, 'utf8')} octets: ${line}`);
    assert.ok(text.split('\r\n').some((l) => l.startsWith(' ')), 'something was folded');
    assert.equal(parse(text).event.summary, `Reply by: ${company}, Senior Principal Staff Data Platform Engineer, Applied Research`);
  });

  it('property: any company and role round-trip through the parser, every line within 75 octets', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), (company, role) => {
        const r = replyByEvent(entry({ company, role }), now);
        assert.ok(r.ok);
        for (const line of r.ics.split('\r\n')) assert.ok(Buffer.byteLength(line, 'utf8') <= 75);
        const summary = parse(r.ics).event.summary;
        const clean = (s: string) => s.trim().replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        const who = [company.trim(), role.trim()].filter(Boolean).join(', ');
        assert.equal(summary, clean(who ? `Reply by: ${who}` : 'Reply by: interview invitation'));
      }),
      { numRuns: 300 },
    );
  });

  it('fold: keeps a short line as it is and splits a 200-octet one into 75, 74, 51 (+1 space each)', () => {
    assert.equal(fold('SUMMARY:short'), 'SUMMARY:short');
    const parts = fold('x'.repeat(200)).split('\r\n');
    assert.deepEqual(parts.map((p) => p.length), [75, 75, 52]);
  });

  it('no reply-by, or one without a time zone: a clear message, no file', () => {
    const none = replyByEvent(entry({ replyBy: undefined }), now);
    assert.ok(!none.ok && /no reply-by time/.test(none.message));
    const local = replyByEvent(entry({ replyBy: '2026-11-29T09:00' }), now);
    assert.ok(!local.ok && /time zone/.test(local.message));
  });

  it('names the file after the company and role, safely', () => {
    assert.equal(fileNameFor('Acme Analytics', 'Data Engineer'), 'reply-by-acme-analytics-data-engineer.ics');
    assert.equal(fileNameFor('Société Générale', '../../etc/passwd'), 'reply-by-societe-generale-etc-passwd.ics');
    assert.equal(fileNameFor('東京', ''), 'reply-by.ics');
  });
});

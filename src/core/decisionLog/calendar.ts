// "Add reply-by to calendar": one RFC 5545 event for a decision's reply-by time, as the text of an
// .ics file that any calendar app opens. Pure: the adapter writes the file and passes the clock.
//
// Written by hand rather than with a generator library: the file has one fixed shape, and the
// three things that need care (UTC times, text escaping, line folding) are a few lines each. The
// unit tests read every file back with a real iCalendar parser (ical.js).
import { outcomeLabels, channelLabels } from '../checklist/present';
import { stageLabels } from '../checklist/questions';
import { parseLoggedInstant } from '../checklist/time';
import { REMINDER_URGENT_MS } from './reminders';
import type { DecisionEntry } from './types';

/** The calendar block that ends at the deadline: time set aside to write and send the reply. */
export const CALENDAR_EVENT_MS = 30 * 60_000;
/** The alarm rings this long before the deadline: the same lead as the in-editor reminder. */
export const CALENDAR_ALARM_BEFORE_MS = REMINDER_URGENT_MS;

export type CalendarEvent = { ok: true; ics: string; fileName: string } | { ok: false; message: string };

/**
 * The .ics text for `entry`'s reply-by time, or a clear message when it has none (or an unreadable
 * one). Times are written in UTC (`…Z`), which every calendar shows in its own time zone, so the
 * deadline is the same instant wherever the file is opened.
 */
export function replyByEvent(entry: Pick<DecisionEntry, 'id' | 'company' | 'role' | 'stage' | 'outcome' | 'channel' | 'replyBy' | 'contactName'>, now: Date): CalendarEvent {
  if (!entry.replyBy) return { ok: false, message: 'This decision has no reply-by time, so there is nothing to put in a calendar. Give the invitation or interview time in the checklist first.' };
  const deadline = parseLoggedInstant(entry.replyBy);
  if (!deadline) return { ok: false, message: `The reply-by time "${entry.replyBy}" is not a date and time with a time zone, so it cannot go in a calendar.` };

  const who = [entry.company.trim(), entry.role.trim()].filter(Boolean).join(', ');
  const summary = who ? `Reply by: ${who}` : 'Reply by: interview invitation';
  const description = [
    `Your answer about the ${stageLabels[entry.stage].toLowerCase()}${who ? ` (${who})` : ''} is due at the end of this slot.`,
    `Recommendation: ${outcomeLabels[entry.outcome]}.`,
    `How to tell them: ${channelLabels[entry.channel]}.`,
    entry.contactName?.trim() ? `Contact: ${entry.contactName.trim()}.` : '',
    'Added from the Graceful Decline decision log.',
  ]
    .filter(Boolean)
    .join('\n');

  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Graceful Decline//Decision log//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${text(`reply-by-${entry.id}@graceful-decline`)}`,
    `DTSTAMP:${utc(now.getTime())}`,
    `DTSTART:${utc(deadline.ms - CALENDAR_EVENT_MS)}`,
    `DTEND:${utc(deadline.ms)}`,
    `SUMMARY:${text(summary)}`,
    `DESCRIPTION:${text(description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${text(`${summary}: the reply is due in ${CALENDAR_ALARM_BEFORE_MS / 3_600_000} hours`)}`,
    // Relative to the end of the event, which is the deadline itself.
    `TRIGGER;RELATED=END:${duration(-CALENDAR_ALARM_BEFORE_MS)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return { ok: true, ics: lines.map(fold).join('\r\n') + '\r\n', fileName: fileNameFor(entry.company, entry.role) };
}

/** `20261129T090000Z`: a UTC DATE-TIME (RFC 5545 3.3.5, form #2). */
function utc(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** `-PT4H`, `-PT1H30M`: a DURATION (RFC 5545 3.3.6) in whole minutes. */
function duration(ms: number): string {
  const minutes = Math.round(Math.abs(ms) / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${ms < 0 ? '-' : ''}PT${h ? `${h}H` : ''}${m || !h ? `${m}M` : ''}`;
}

/** A TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`, other controls dropped. */
export function text(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Folds a content line to at most 75 octets of UTF-8 (RFC 5545 3.1): each continuation starts
 * with a space. Never splits a character (not even a surrogate pair).
 */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; each continuation 74 after its leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** `reply-by-acme-data-analyst.ics`: letters and digits of the company and role, nothing a file system dislikes. */
export function fileNameFor(company: string, role: string): string {
  const slug = `${company} ${role}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `reply-by${slug ? `-${slug}` : ''}.ics`;
}

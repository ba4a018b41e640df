// Reply-by reminders: which logged decision is due next, how long is left, and when to
// notify. Pure: the adapter passes the clock and what it already notified.
import { describeDuration } from '../checklist/time';
import type { DecisionEntry } from './types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** Below this, the status bar turns to the warning colour and one notification is shown. */
export const REMINDER_URGENT_MS = 4 * HOUR;
/** A decision overdue by more than this is no longer worth a notification (the status bar still shows it). */
export const REMINDER_STALE_MS = DAY;

export interface Reminder {
  entry: DecisionEntry;
  /** Milliseconds until reply-by; negative once overdue. */
  msLeft: number;
  overdue: boolean;
  urgent: boolean;
}

/** Unanswered decisions with a reply-by time, the nearest first. */
export function pendingReminders(entries: readonly DecisionEntry[], now: Date): Reminder[] {
  return entries
    .filter((e) => !e.answeredAt && e.replyBy && !Number.isNaN(Date.parse(e.replyBy)))
    .map((entry) => {
      const msLeft = Date.parse(entry.replyBy as string) - now.getTime();
      return { entry, msLeft, overdue: msLeft <= 0, urgent: msLeft < REMINDER_URGENT_MS };
    })
    .sort((a, b) => a.msLeft - b.msLeft);
}

/**
 * Decisions that should get their one notification now: less than REMINDER_URGENT_MS left (or overdue
 * by less than a day), not answered, and not notified before.
 */
export function dueForNotification(entries: readonly DecisionEntry[], now: Date, alreadyNotified: ReadonlySet<string>): Reminder[] {
  return pendingReminders(entries, now).filter((r) => r.urgent && r.msLeft > -REMINDER_STALE_MS && !alreadyNotified.has(r.entry.id));
}

/** "in 5h" or "overdue by 2h". */
export function describeTimeLeft(msLeft: number): string {
  return msLeft > 0 ? `in ${describeDuration(msLeft, 'short')}` : `overdue by ${describeDuration(msLeft, 'short')}`;
}

/** The status bar text for the nearest reminder, with a codicon. */
export function reminderText(reminder: Reminder): string {
  const who = shorten(reminder.entry.company, 24);
  return reminder.overdue ? `$(warning) Reply to ${who}: overdue ${describeDuration(reminder.msLeft, 'short')}` : `$(bell) Reply to ${who} ${describeTimeLeft(reminder.msLeft)}`;
}

/**
 * The nearest reminder in a few words, for the status bar item while it also shows a draft's figures.
 * It names the company: the draft on screen may answer a different decision than the one due first.
 */
export function reminderShortText(reminder: Reminder): string {
  const who = shorten(reminder.entry.company, 16);
  return reminder.overdue ? `$(warning) Reply to ${who} overdue ${describeDuration(reminder.msLeft, 'short')}` : `$(bell) Reply to ${who} ${describeTimeLeft(reminder.msLeft)}`;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

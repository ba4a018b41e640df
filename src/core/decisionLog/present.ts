// How logged decisions read in the editor: their order, one line per decision, its detail rows,
// and the reminder texts. Pure (the clock is passed in), so the Decisions view, the status bar
// and the notifications only put these words on screen.
import { describeDuration, describeInstant, parseInstant } from '../checklist/time';
import { labels } from './export';
import { describeTimeLeft, pendingReminders, REMINDER_URGENT_MS, type Reminder } from './reminders';
import type { DecisionEntry } from './types';

/** Those awaiting a reply first (nearest reply-by first, then newest logged), then the answered ones, newest answer first. */
export function sortForView(entries: readonly DecisionEntry[]): DecisionEntry[] {
  const time = (iso: string | undefined, fallback: number) => (iso ? Date.parse(iso) : fallback);
  const pending = entries.filter((e) => !e.answeredAt).sort((a, b) => time(a.replyBy, Infinity) - time(b.replyBy, Infinity) || time(b.loggedAt, 0) - time(a.loggedAt, 0));
  const answered = entries.filter((e) => e.answeredAt).sort((a, b) => time(b.answeredAt, 0) - time(a.answeredAt, 0));
  return [...pending, ...answered];
}

/** The state of a decision, a codicon for it and its theme colour, if any. */
export interface DecisionLine {
  state: string;
  /** Role, outcome and state, joined with middle dots. */
  description: string;
  icon: string;
  color?: 'testing.iconPassed' | 'list.errorForeground' | 'list.warningForeground';
  /** Outcome, channel and state, for the tooltip. */
  summary: string;
  contextValue: 'decision.answered' | 'decision.pending';
}

export function decisionLine(e: DecisionEntry, now: Date): DecisionLine {
  const [reminder] = pendingReminders([e], now);
  const state = e.answeredAt ? 'answered' : reminder ? `reply ${describeTimeLeft(reminder.msLeft)}` : 'not answered';
  const look: Pick<DecisionLine, 'icon' | 'color'> = e.answeredAt
    ? { icon: 'pass', color: 'testing.iconPassed' }
    : reminder?.overdue
      ? { icon: 'warning', color: 'list.errorForeground' }
      : reminder?.urgent
        ? { icon: 'bell-dot', color: 'list.warningForeground' }
        : { icon: reminder ? 'bell' : 'circle-large-outline' };
  return {
    state,
    description: [e.role, labels.outcome[e.outcome], state].filter(Boolean).join(' · '),
    ...look,
    summary: `${labels.outcome[e.outcome]} · ${labels.channel[e.channel]} · ${state}`,
    contextValue: e.answeredAt ? 'decision.answered' : 'decision.pending',
  };
}

export interface DetailRow {
  key: string;
  label: string;
  value: string;
  icon: string;
}

/** The rows under a decision: what is known of it, then one row per reason. */
export function detailRows(e: DecisionEntry): DetailRow[] {
  const rows: [string, string, string | undefined, string][] = [
    ['stage', 'Stage', labels.stage[e.stage], 'layers'],
    ['contact', 'Contact', e.contactName, 'person'],
    ['outcome', 'Outcome', labels.outcome[e.outcome], 'lightbulb'],
    ['channel', 'Channel', labels.channel[e.channel], e.channel === 'email' ? 'mail' : 'call-outgoing'],
    ['received', 'Invitation received', given(e.invitationReceivedAt), 'inbox'],
    ['interview', 'Interview', given(e.interviewAt), 'calendar'],
    ['replyBy', 'Reply by', given(e.replyBy), 'clock'],
    ['answered', 'Answered', e.answeredAt ? stamped(e.answeredAt) : 'not yet', e.answeredAt ? 'check' : 'circle-large-outline'],
    ['logged', 'Logged', stamped(e.loggedAt), 'history'],
    ['updated', 'Updated', e.updatedAt ? stamped(e.updatedAt) : undefined, 'edit'],
  ];
  const details = rows.filter(([, , value]) => value).map(([key, label, value, icon]) => ({ key, label, value: value as string, icon }));
  e.reasons.forEach((reason, i) => details.push({ key: `reason-${i}`, label: 'Reason', value: reason, icon: 'comment' }));
  return details;
}

/**
 * A time the person gave (or the checklist worked out from theirs), written as the checklist
 * writes it: in the offset it carries, so the reply-by here reads exactly as it did in the view.
 * A value without an offset (accepted from older logs) is shown as stored.
 */
function given(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const instant = parseInstant(iso);
  return instant ? describeInstant(instant.ms, instant.offsetMinutes) : iso;
}

/** A time the extension stamped (logged, answered; stored in UTC): shown in this machine's zone, in the same format. */
function stamped(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : describeInstant(ms, -new Date(ms).getTimezoneOffset());
}

/** The Decisions view's description and badge: how many await a reply, how many are due soon. */
export function viewSummary(entries: readonly DecisionEntry[], now: Date): { description?: string; badge?: { value: number; tooltip: string } } {
  const pending = pendingReminders(entries, now);
  const urgent = pending.filter((r) => r.urgent).length;
  return {
    description: pending.length ? `${pending.length} awaiting a reply` : undefined,
    badge: urgent ? { value: urgent, tooltip: `${urgent} repl${urgent === 1 ? 'y is' : 'ies are'} due within ${describeDuration(REMINDER_URGENT_MS)}` } : undefined,
  };
}

/** The lines of the status bar tooltip: the nearest five replies due, and how many more. */
export function reminderLines(pending: readonly Reminder[]): string[] {
  const lines = pending.slice(0, 5).map((r) => `${r.entry.company}${r.entry.role ? ` (${r.entry.role})` : ''}: ${describeTimeLeft(r.msLeft)}`);
  if (pending.length > 5) lines.push(`and ${pending.length - 5} more`);
  return lines;
}

/** The one notification for the replies now due. */
export function reminderMessage(due: readonly Reminder[]): string {
  if (due.length === 1) {
    const { entry, msLeft } = due[0];
    const about = entry.role ? ` about the ${entry.role} interview` : '';
    return msLeft > 0 ? `Reply to ${entry.company}${about} ${describeTimeLeft(msLeft)}.` : `Your reply to ${entry.company}${about} is ${describeTimeLeft(msLeft)}.`;
  }
  return `${due.length} replies are due soon: ${due.map((r) => `${r.entry.company} (${describeTimeLeft(r.msLeft)})`).join(', ')}.`;
}

/** How a decision is offered in a quick pick. */
export function pickItem(e: DecisionEntry): { label: string; description: string; detail: string } {
  return { label: e.company, description: e.role, detail: `${labels.outcome[e.outcome]} · ${labels.stage[e.stage]}${e.answeredAt ? ' · answered' : ''}` };
}

// Exports the decision log as Markdown (to read) or CSV (to open in a spreadsheet).
import { channelLabels, outcomeLabels } from '../checklist/present';
import { stageLabels } from '../checklist/questions';
import { describeInstant, localTimeZone, offsetInZone, parseLoggedInstant } from '../checklist/time';
import type { DecisionEntry } from './types';

export type ExportFormat = 'markdown' | 'csv';

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { markdown: 'md', csv: 'csv' };

/** The checklist's own labels (one set for the checklist, the Decisions view and the export). */
export const labels = { outcome: outcomeLabels, channel: channelLabels, stage: stageLabels };

/**
 * CSV keeps every time exactly as logged (ISO 8601, for machines); Markdown shows them as people
 * read them, in `timeZone` (an IANA name; this machine's zone by default).
 */
export function exportDecisions(entries: readonly DecisionEntry[], format: ExportFormat, now: Date = new Date(), timeZone?: string): string {
  return format === 'csv' ? toCsv(entries) : toMarkdown(entries, now, timeZone);
}

// ---- CSV (RFC 4180) ----

const CSV_COLUMNS: [string, (e: DecisionEntry) => string | undefined][] = [
  ['Company', (e) => e.company],
  ['Role', (e) => e.role],
  ['Stage', (e) => labels.stage[e.stage]],
  ['Contact', (e) => e.contactName],
  ['Outcome', (e) => labels.outcome[e.outcome]],
  ['Channel', (e) => labels.channel[e.channel]],
  ['Invitation received', (e) => e.invitationReceivedAt],
  ['Interview', (e) => e.interviewAt],
  ['Reply by', (e) => e.replyBy],
  ['Answered', (e) => e.answeredAt],
  ['Logged', (e) => e.loggedAt],
  ['Updated', (e) => e.updatedAt],
  ['Reasons', (e) => e.reasons.join('; ')],
  ['Id', (e) => e.id],
];

export function toCsv(entries: readonly DecisionEntry[]): string {
  const rows = [CSV_COLUMNS.map(([name]) => csvCell(name)), ...entries.map((e) => CSV_COLUMNS.map(([, get]) => csvCell(get(e) ?? '')))];
  return rows.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
}

/**
 * One CSV cell. A value a spreadsheet would run as a formula (starting with = + - @, or a tab
 * or carriage return before one) gets a leading apostrophe; quotes, commas and line breaks
 * make the cell quoted, with quotes doubled.
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// ---- Markdown ----

export function toMarkdown(entries: readonly DecisionEntry[], now: Date = new Date(), timeZone: string = localTimeZone() ?? 'UTC'): string {
  const zone = offsetInZone(now.getTime(), timeZone) === undefined ? 'UTC' : timeZone;
  /** `Sunday 29 November 2026, 10:00 (UTC+01:00)` in the reader's zone; a value with no zone is shown as logged. */
  const time = (iso: string): string => {
    const instant = parseLoggedInstant(iso);
    return instant ? describeInstant(instant.ms, offsetInZone(instant.ms, zone) ?? 0) : mdText(iso);
  };
  // A record, not a draft: the comment keeps our own tone checks off it when it opens in the editor.
  const lines = [
    '<!-- graceful-decline-disable -->',
    '# Interview decisions',
    '',
    `Exported ${time(now.toISOString())}: ${entries.length} decision${entries.length === 1 ? '' : 's'}.`,
    '',
    `Times are shown in the ${zone === 'UTC' ? 'UTC' : mdText(zone)} time zone; the CSV export keeps the exact ISO 8601 values.`,
    '',
  ];
  if (entries.length) {
    lines.push('| Company | Role | Stage | Outcome | Channel | Reply by | Answered |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const e of entries) {
      const cells = [e.company, e.role, labels.stage[e.stage], labels.outcome[e.outcome], labels.channel[e.channel], e.replyBy ? time(e.replyBy) : '', e.answeredAt ? time(e.answeredAt) : 'not yet'];
      lines.push(`| ${cells.map(mdCell).join(' | ')} |`);
    }
    for (const e of entries) {
      lines.push('', `## ${mdText(e.company)}${e.role ? ` — ${mdText(e.role)}` : ''}`, '');
      lines.push(`- Stage: ${labels.stage[e.stage]}`);
      if (e.contactName) lines.push(`- Contact: ${mdText(e.contactName)}`);
      lines.push(`- Invitation received: ${e.invitationReceivedAt ? time(e.invitationReceivedAt) : 'not given'}`);
      if (e.interviewAt) lines.push(`- Interview: ${time(e.interviewAt)}`);
      lines.push(`- Outcome: ${labels.outcome[e.outcome]}`, `- Channel: ${labels.channel[e.channel]}`);
      if (e.replyBy) lines.push(`- Reply by: ${time(e.replyBy)}`);
      lines.push(`- Answered: ${e.answeredAt ? time(e.answeredAt) : 'not yet'}`, `- Logged: ${time(e.loggedAt)}`);
      if (e.updatedAt) lines.push(`- Updated: ${time(e.updatedAt)}`);
      if (e.reasons.length) {
        lines.push('- Reasons:');
        for (const reason of e.reasons) lines.push(`  - ${mdText(reason)}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}

/** Text the user typed, shown literally: Markdown and HTML punctuation is escaped, line breaks folded. */
export function mdText(value: string): string {
  return value.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>|~&]/g, (c) => `\\${c}`);
}

function mdCell(value: string): string {
  return mdText(value) || ' ';
}

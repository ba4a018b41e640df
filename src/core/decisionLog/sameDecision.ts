// Logging a decision again (after correcting the reply-by time, the outcome or a date in the
// checklist) corrects the entry instead of adding a second, near-identical row: the log keeps one
// entry per decision. Only the newest entry counts, and only while it awaits a reply: a decision
// about the same role logged after others, or after the first was answered, is a new one.
import type { DecisionEntry, DecisionInput } from './types';

/** Company or role as a person would compare them: case, spacing and surrounding spaces ignored. */
const key = (value: string) => value.normalize('NFKC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('en');

/** Whether `input` is about the same company and role as `entry`. */
export function sameDecision(entry: DecisionEntry, input: DecisionInput): boolean {
  return key(entry.company) === key(input.company) && key(entry.role) === key(input.role);
}

/** The entry that logging `input` corrects: the newest entry (file order), when it is about the same company and role and not answered yet. */
export function entryToUpdate(entries: readonly DecisionEntry[], input: DecisionInput): DecisionEntry | undefined {
  const latest = entries[entries.length - 1];
  return latest !== undefined && !latest.answeredAt && sameDecision(latest, input) ? latest : undefined;
}

/** The corrected entry: the new details under the old entry's id and logged time, stamped `updatedAt`. */
export function updatedEntry(previous: DecisionEntry, input: DecisionInput, updatedAt: string): DecisionEntry {
  return { ...input, id: previous.id, loggedAt: previous.loggedAt, updatedAt };
}

// The checklist's two actions, shared by the view and the palette flow: draft the message and log
// the decision, each through the other feature's command; each returns the line to show.
import * as vscode from 'vscode';
import { decide } from '../../core/checklist/decide';
import { outcomeLabels, situationLabel } from '../../core/checklist/present';
import { toDecisionInput } from '../../core/checklist/toDecision';
import type { ChecklistAnswers } from '../../core/checklist/types';
import { Commands } from '../../host/commandIds';
import type { Log } from '../../host/log';
import type { StatusLine } from '../../webview/protocol';

export async function draftFor(answers: ChecklistAnswers, log: Log): Promise<StatusLine> {
  const r = decide(answers, new Date());
  if (!r.ok) return { tone: 'error', text: r.message };
  if (!r.situation) return { tone: 'info', text: 'The recommendation is to attend, so there is no decline to draft.' };
  try {
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(Commands.newDraft, { situation: r.situation, fields: { ...r.fields } });
    if (!document) return { tone: 'error', text: 'No draft was opened. See the Graceful Decline log.' };
    log.info(`checklist: drafted "${r.situation}"`);
    return { tone: 'info', text: `Draft opened: ${situationLabel(r.situation)}.` };
  } catch (error) {
    log.error('checklist: opening a draft failed:', error instanceof Error ? error.message : String(error));
    return { tone: 'error', text: 'The draft could not be opened. See the Graceful Decline log.' };
  }
}

export async function logFor(answers: ChecklistAnswers, log: Log): Promise<StatusLine> {
  const r = decide(answers, new Date());
  if (!r.ok) return { tone: 'error', text: r.message };
  const input = toDecisionInput(answers, r);
  if (!input.ok) return { tone: 'error', text: input.reason };
  try {
    const entry = await vscode.commands.executeCommand<{ updatedAt?: string } | undefined>(Commands.logDecision, input.value, { quiet: true });
    if (entry === undefined) return { tone: 'error', text: 'The decision was not logged. See the Graceful Decline log for the reason.' };
    // Logged again after a correction: the log changed its entry (the newest, same company and role) rather than adding one.
    const updated = typeof entry === 'object' && entry !== null && typeof entry.updatedAt === 'string';
    log.info(`checklist: ${updated ? 'updated' : 'logged'} a decision (${r.outcome}) for ${input.value.company}`);
    const what = input.value.role ? `${input.value.role} at ${input.value.company}` : input.value.company;
    return { tone: 'info', text: updated ? `Updated the entry for ${what}: ${outcomeLabels[r.outcome]}.` : `Logged: ${outcomeLabels[r.outcome]} for ${what}.` };
  } catch (error) {
    log.error('checklist: logging the decision failed:', error instanceof Error ? error.message : String(error));
    return { tone: 'error', text: 'The decision could not be logged. See the Graceful Decline log.' };
  }
}

/** "Add to calendar": the reply-by time as an .ics event, before (or without) logging the decision. */
export async function calendarFor(answers: ChecklistAnswers, log: Log): Promise<StatusLine | undefined> {
  const r = decide(answers, new Date());
  if (!r.ok) return { tone: 'error', text: r.message };
  if (!r.replyBy) return { tone: 'info', text: 'There is no reply-by time yet: give when the invitation arrived or when the interview is.' };
  const input = toDecisionInput(answers, r);
  if (!input.ok) return { tone: 'error', text: input.reason.replace('To log this decision', 'To put it in a calendar') };
  try {
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.addToCalendar, input.value, undefined, { quiet: true });
    // Cancelled in the save dialog: nothing to say.
    if (!uri) return undefined;
    return { tone: 'info', text: `Saved ${uri.path.split('/').pop() ?? 'the event'}: open it with your calendar app.` };
  } catch (error) {
    log.error('checklist: saving the calendar event failed:', error instanceof Error ? error.message : String(error));
    return { tone: 'error', text: 'The calendar event could not be saved. See the Graceful Decline log.' };
  }
}

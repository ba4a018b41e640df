/**
 * "Should I Decline?": the sidebar webview view and the palette flow, both thin over the pure
 * `decide`. Drafting and logging go through the New Decline Draft and Log Decision commands.
 */
import * as vscode from 'vscode';
import { decide } from '../core/checklist/decide';
import { channelLabels, describeReplyBy, outcomeLabels, situationLabel } from '../core/checklist/present';
import { emptyAnswers } from '../core/checklist/questions';
import { toDecisionInput } from '../core/checklist/toDecision';
import type { ChecklistAnswers, Recommendation } from '../core/checklist/types';
import { checkAnswers, isPlainObject } from '../core/checklist/validate';
import { ChecklistView, type ChecklistActions } from '../webview/checklistView';
import { askChecklist } from './checklistPalette';
import { Commands } from './commandIds';
import { guarded, type Log } from './log';
import type { StatusBar } from './statusBar';

type Status = { tone: 'info' | 'error'; text: string };

export function registerChecklist(context: vscode.ExtensionContext, services: { log: Log; statusBar: StatusBar }): vscode.Disposable[] {
  const { log } = services;
  // A failed action is written to the log and shown in the view's status line (the palette flow
  // shows it as a notification instead, as it has no status line of its own).
  const logged = async (what: string, status: Promise<Status>): Promise<Status> => {
    const result = await status;
    if (result.tone === 'error') log.warn(`checklist: ${what}: ${result.text}`);
    return result;
  };
  const actions: ChecklistActions = { draft: (a) => logged('draft', draftFor(a, log)), log: (a) => logged('log', logFor(a, log)) };
  const view = new ChecklistView(context.extensionUri, log, actions);
  return [
    view,
    // Not kept alive while hidden (no retainContextWhenHidden option); the page keeps its answers with getState/setState.
    vscode.window.registerWebviewViewProvider(ChecklistView.viewId, view),
    vscode.commands.registerCommand(Commands.shouldIDecline, guarded(log, 'Should I Decline?', (arg?: unknown) => shouldIDecline(arg, view, actions, log))),
    vscode.commands.registerCommand(Commands.checklistTestHook, (request?: unknown) => testHook(request, view)),
  ];
}

/**
 * With an `answers` argument (a partial checklist is completed with empty answers), returns the
 * recommendation without asking; otherwise asks step by step, then offers the next actions.
 */
async function shouldIDecline(arg: unknown, view: ChecklistView, actions: ChecklistActions, log: Log): Promise<Recommendation | undefined> {
  if (arg !== undefined) {
    if (!isPlainObject(arg)) {
      log.warn('Should I Decline?: ignored an argument that is not a checklist');
      return undefined;
    }
    const checked = checkAnswers({ ...emptyAnswers(), ...arg });
    if (!checked.ok) {
      log.warn(`Should I Decline?: ignored a malformed checklist (${checked.reason})`);
      return undefined;
    }
    view.load(checked.value);
    return decide(checked.value, new Date());
  }
  const answers = await askChecklist(view.currentAnswers ?? emptyAnswers());
  if (!answers) return undefined;
  view.load(answers);
  const recommendation = decide(answers, new Date());
  await offerNextSteps(answers, recommendation, actions);
  return recommendation;
}

interface NextStep extends vscode.QuickPickItem {
  run?: () => Promise<unknown>;
}

async function offerNextSteps(answers: ChecklistAnswers, r: Recommendation, actions: ChecklistActions): Promise<void> {
  const showView = async () => vscode.commands.executeCommand(`${ChecklistView.viewId}.focus`);
  const items: NextStep[] = [];
  if (!r.ok) {
    items.push({ label: '$(error) Check the dates', detail: r.message, alwaysShow: true }, { label: '$(checklist) Open the checklist view to correct them', run: showView });
  } else {
    if (r.situation) items.push({ label: '$(edit) Draft the message', description: situationLabel(r.situation), run: () => report(actions.draft(answers)) });
    items.push(
      { label: '$(notebook) Log this decision', run: () => report(actions.log(answers)) },
      { label: '$(checklist) Show the full recommendation in the sidebar', run: showView },
      { label: 'Why', kind: vscode.QuickPickItemKind.Separator },
      ...r.reasons.map((reason) => ({ label: `$(info) ${reason}` })),
      { label: 'How and when', kind: vscode.QuickPickItemKind.Separator },
      { label: `$(mail) ${channelLabels[r.channel]}`, detail: r.channelAdvice },
      ...(r.replyBy ? [{ label: `$(clock) Reply by ${describeReplyBy(r.replyBy, new Date())}` }] : []),
      ...r.warnings.map((w) => ({ label: `$(warning) ${w.message}` })),
    );
  }
  const title = r.ok ? `${outcomeLabels[r.outcome]}: ${r.headline}` : 'The dates need checking';
  const chosen = await vscode.window.showQuickPick(items, { title, placeHolder: 'Choose what to do next (Escape to close)', matchOnDetail: true });
  await chosen?.run?.();
}

/** For the palette flow only: the sidebar view shows its results in its own status line. */
async function report(status: Promise<Status>): Promise<void> {
  const { tone, text } = await status;
  if (tone === 'error') void vscode.window.showWarningMessage(`Graceful Decline: ${text}`);
  else vscode.window.setStatusBarMessage(`$(check) ${text}`, 5000);
}

async function draftFor(answers: ChecklistAnswers, log: Log): Promise<Status> {
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

async function logFor(answers: ChecklistAnswers, log: Log): Promise<Status> {
  const r = decide(answers, new Date());
  if (!r.ok) return { tone: 'error', text: r.message };
  const input = toDecisionInput(answers, r);
  if (!input.ok) return { tone: 'error', text: input.reason };
  try {
    const entry = await vscode.commands.executeCommand<unknown>(Commands.logDecision, input.value, { quiet: true });
    if (entry === undefined) return { tone: 'error', text: 'The decision was not logged. See the Graceful Decline log for the reason.' };
    log.info(`checklist: logged a decision (${r.outcome}) for ${input.value.company}`);
    return { tone: 'info', text: `Logged: ${outcomeLabels[r.outcome]} for ${input.value.role} at ${input.value.company}.` };
  } catch (error) {
    log.error('checklist: logging the decision failed:', error instanceof Error ? error.message : String(error));
    return { tone: 'error', text: 'The decision could not be logged. See the Graceful Decline log.' };
  }
}

/**
 * For the integration tests only (hidden from the palette): reports whether the view resolved
 * and feeds `{ post }` through the view's real message handler, as if the page had sent it.
 */
async function testHook(request: unknown, view: ChecklistView): Promise<{ resolved: boolean; accepted?: boolean; stats: ChecklistView['stats'] }> {
  let accepted: boolean | undefined;
  if (isPlainObject(request) && 'post' in request) accepted = await view.receive(request.post);
  return { resolved: view.isResolved, accepted, stats: { ...view.stats } };
}

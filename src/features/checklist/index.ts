/**
 * "Should I Decline?": the sidebar webview view and the palette flow, both thin over the pure
 * `decide`. Drafting and logging go through the New Decline Draft and Log Decision commands.
 */
import * as vscode from 'vscode';
import { ChecklistCommands, Views } from '../../host/commandIds';
import { registerCommands, type CommandTable } from '../../host/commands';
import type { Services } from '../../host/services';
import type { StatusLine } from '../../webview/protocol';
import { calendarFor, draftFor, logFor } from './actions';
import { shouldIDecline } from './flow';
import { checklistTestApi } from './testApi';
import { ChecklistView, type ChecklistActions } from './view';

export function registerChecklist(context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const { log } = services;
  // A failed action is written to the log and shown in the view's status line (the palette flow
  // shows it as a notification instead, as it has no status line of its own).
  const logged = async (what: string, status: Promise<StatusLine>): Promise<StatusLine> => {
    const result = await status;
    if (result.tone === 'error') log.warn(`checklist: ${what}: ${result.text}`);
    return result;
  };
  const actions: ChecklistActions = {
    draft: (a) => logged('draft', draftFor(a, log)),
    log: (a) => logged('log', logFor(a, log)),
    calendar: async (a) => {
      const status = await calendarFor(a, log);
      return status && logged('calendar', Promise.resolve(status));
    },
  };
  const view = new ChecklistView(context.extensionUri, log, actions, services.checklist);
  if (services.testApi) services.testApi.checklist = checklistTestApi(view);
  const commands: CommandTable<typeof ChecklistCommands> = {
    shouldIDecline: (arg?: unknown) => shouldIDecline(arg, view, actions, services),
  };
  return [
    view,
    // Not kept alive while hidden (no retainContextWhenHidden option); the page keeps its answers with getState/setState.
    vscode.window.registerWebviewViewProvider(Views.checklist, view),
    ...registerCommands(services, ChecklistCommands, commands),
  ];
}

// What a click on the status bar item offers for the document it describes: a short list (check this
// document / stop checking it / open settings, and the problems or the Decisions view when there are
// some), with the current state highlighted, so Enter or Escape changes nothing. A click used to switch
// checking straight away, which was too easy to do by accident.
import * as vscode from 'vscode';
import { Commands, ShowView } from '../../host/commandIds';
import { section } from '../../host/settingIds';
import type { StatusBar } from '../../host/statusBar';
import type { ToneChecker } from './checker';

/** What the person picked (the command returns it; undefined when they pressed Escape). */
export type StatusChoice = 'check' | 'stop' | 'problems' | 'decisions' | 'settings';

interface ChoiceItem extends vscode.QuickPickItem {
  choice: StatusChoice;
}

export async function showStatusChoices(checker: ToneChecker, statusBar: StatusBar, target?: unknown): Promise<StatusChoice | undefined> {
  const document = target instanceof vscode.Uri ? await vscode.workspace.openTextDocument(target) : vscode.window.activeTextEditor?.document;
  const reminder = statusBar.reminderText;
  const items: ChoiceItem[] = [];
  let current: ChoiceItem | undefined;
  if (document) {
    const checked = checker.isChecked(document);
    const remembered = document.isUntitled ? 'until you close it' : 'for this file';
    const check: ChoiceItem = { choice: 'check', label: '$(eye) Check this document', description: checked ? 'on now' : undefined, detail: checked ? undefined : `Tone warnings as you type, remembered ${remembered}.` };
    const stop: ChoiceItem = { choice: 'stop', label: checked ? '$(eye-closed) Stop checking this document' : '$(eye-closed) Leave it unchecked', description: checked ? undefined : 'as now', detail: checked ? `Warnings off ${remembered}; Check Current Document checks it once.` : undefined };
    items.push(check, stop);
    current = checked ? check : stop;
    const state = checker.state(document);
    const issues = state?.kind === 'checked' ? state.findings.length : 0;
    if (checked && issues > 0) items.push({ choice: 'problems', label: '$(warning) Show the problems', description: `${issues} ${issues === 1 ? 'issue' : 'issues'}` });
  }
  if (reminder) items.push({ choice: 'decisions', label: '$(bell) Show the Decisions view', description: reminder });
  items.push({ choice: 'settings', label: '$(gear) Open settings...', description: 'Graceful Decline' });

  const pick = vscode.window.createQuickPick<ChoiceItem>();
  pick.title = 'Graceful Decline';
  pick.placeholder = document ? `Tone checking for ${document.uri.path.split('/').pop() || 'this document'}` : 'Graceful Decline';
  pick.items = items;
  if (current) pick.activeItems = [current];
  const chosen = await new Promise<ChoiceItem | undefined>((resolve) => {
    pick.onDidAccept(() => resolve(pick.selectedItems[0] ?? pick.activeItems[0]));
    pick.onDidHide(() => resolve(undefined));
    pick.show();
  });
  pick.dispose();
  if (!chosen) return undefined;
  switch (chosen.choice) {
    case 'check':
      if (document && !checker.isChecked(document)) await vscode.commands.executeCommand(Commands.alwaysCheckThisDocument, document.uri);
      break;
    case 'stop':
      if (document && checker.isChecked(document)) await vscode.commands.executeCommand(Commands.stopCheckingThisDocument, document.uri);
      break;
    case 'problems':
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      break;
    case 'decisions':
      await vscode.commands.executeCommand(ShowView.decisions);
      break;
    case 'settings':
      await vscode.commands.executeCommand('workbench.action.openSettings', `${section}.`);
      break;
  }
  return chosen.choice;
}

// Wires the features together; no logic lives here. Services are created in order and
// disposed in reverse through context.subscriptions.
import * as vscode from 'vscode';
import { registerChecklist } from './features/checklist';
import { registerDecisionLog } from './features/decisionLog';
import { registerDrafts } from './features/drafts';
import { registerTone } from './features/tone';
import { HostCommands } from './host/commandIds';
import { registerCommands, type CommandTable } from './host/commands';
import { ChecklistState } from './host/checklistState';
import { createLog } from './host/log';
import type { Services } from './host/services';
import { SettingsReader } from './host/settings';
import { StatusBar } from './host/statusBar';

/** What activation returns (`extension.exports`): the benchmark reads the activation cost from it. */
export interface GracefulDeclineApi {
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): GracefulDeclineApi {
  const started = performance.now();
  const log = createLog();
  const statusBar = new StatusBar();
  const services: Services = { log, statusBar, settings: new SettingsReader(log), checklist: new ChecklistState() };
  const commands: CommandTable<typeof HostCommands> = { showLog: () => log.show(true) };
  context.subscriptions.push(log, statusBar, ...registerCommands(log, HostCommands, commands));
  // One feature at a time, so a feature that fails to start leaves the others' disposables registered.
  for (const register of [registerDrafts, registerDecisionLog, registerChecklist, registerTone]) {
    context.subscriptions.push(...register(context, services));
  }
  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms (VS Code ${vscode.version}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} host)`);
  return { activationMs };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

// Wires the features together; no logic lives here. Services are created in order and
// disposed in reverse through context.subscriptions.
import * as vscode from 'vscode';
import { Commands } from './features/commandIds';
import { registerDecisionLog } from './features/decisionLog';
import { registerDrafts } from './features/drafts';
import { registerChecklist } from './features/checklist';
import { registerToneChecking } from './features/diagnostics';
import { createLog } from './features/log';
import { StatusBar } from './features/statusBar';

/** What activation returns (`extension.exports`): the benchmark reads the activation cost from it. */
export interface GracefulDeclineApi {
  activationMs: number;
}

export function activate(context: vscode.ExtensionContext): GracefulDeclineApi {
  const started = performance.now();
  const log = createLog();
  const statusBar = new StatusBar();
  const services = { log, statusBar };
  context.subscriptions.push(log, statusBar, vscode.commands.registerCommand(Commands.showLog, () => log.show(true)));
  // One feature at a time, so a feature that fails to start leaves the others' disposables registered.
  for (const register of [registerDrafts, registerDecisionLog, registerChecklist, registerToneChecking]) {
    context.subscriptions.push(...register(context, services));
  }
  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms (VS Code ${vscode.version}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} host)`);
  return { activationMs };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

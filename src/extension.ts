// Wires the features together; no logic lives here. Each register* returns its disposables.
import * as vscode from 'vscode';
import { Commands } from './features/commandIds';
import { createLog } from './features/log';

export function activate(context: vscode.ExtensionContext): void {
  const log = createLog();
  context.subscriptions.push(
    log,
    vscode.commands.registerCommand(Commands.showLog, () => log.show(true)),
  );
  log.info(`activated (VS Code ${vscode.version}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} host)`);
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

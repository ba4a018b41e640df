// Wires the features together; no logic lives here. Services are created in order and
// disposed in reverse through context.subscriptions.
import * as vscode from 'vscode';
import { registerChecklist } from './features/checklist';
import { registerDecisionLog } from './features/decisionLog';
import { registerDrafts } from './features/drafts';
import { registerRewrite } from './features/rewrite';
import { registerTone } from './features/tone';
import { HostCommands } from './host/commandIds';
import { registerCommands, type CommandTable } from './host/commands';
import { ChecklistState } from './host/checklistState';
import { createLog } from './host/log';
import type { Services } from './host/services';
import type { TestApi } from './host/testApi';
import { CommandTitles } from './host/manifest';
import { SettingsReader } from './host/settings';
import { StatusBar } from './host/statusBar';
import { TemplateLibrary } from './host/templates';

/** Returns the test API under the extension's own tests (ExtensionMode.Test), and nothing otherwise. */
export function activate(context: vscode.ExtensionContext): TestApi | undefined {
  const started = performance.now();
  const log = createLog();
  const statusBar = new StatusBar();
  const testApi: Partial<TestApi> | undefined = context.extensionMode === vscode.ExtensionMode.Test ? {} : undefined;
  const settings = new SettingsReader(log);
  const titles = new CommandTitles(context.extension.packageJSON);
  const services: Services = { log, statusBar, settings, titles, templates: new TemplateLibrary(log, settings, titles), checklist: new ChecklistState(), testApi };
  if (testApi) {
    testApi.statusMessage = () => statusBar.flashed;
    testApi.statusShown = () => statusBar.current;
  }
  const commands: CommandTable<typeof HostCommands> = { showLog: () => log.show(true) };
  context.subscriptions.push(log, statusBar, ...registerCommands(services, HostCommands, commands));
  // One feature at a time, so a feature that fails to start leaves the others' disposables registered.
  for (const register of [registerDrafts, registerDecisionLog, registerChecklist, registerTone, registerRewrite]) {
    context.subscriptions.push(...register(context, services));
  }
  const activationMs = performance.now() - started;
  log.info(`activated in ${activationMs.toFixed(1)} ms (VS Code ${vscode.version}, ${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} host)`);
  // Every feature has added its part by now.
  return testApi ? ({ ...testApi, activationMs } as TestApi) : undefined;
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}

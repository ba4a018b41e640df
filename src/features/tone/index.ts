// Tone checking in the editor: the checker service (diagnostics on drafts), its quick fixes, hovers
// and the status bar item (checked or not, and why; the draft's figures), wired to the editor's
// events and to the feature's commands, including the per-document switch.
import * as vscode from 'vscode';
import type { RuleId } from '../../core/analysis/types';
import { Commands, ContextKeys, ToneCommands } from '../../host/commandIds';
import { registerCommands, type CommandTable } from '../../host/commands';
import type { Services } from '../../host/services';
import { Settings } from '../../host/settingIds';
import { ToneChecker, type CheckReport } from './checker';
import { CheckingChoices, type CheckingChoice } from './checkingChoices';
import { fixAllInEditor, registerCodeActions } from './codeActions';
import { registerDraftStatus } from './draftStatus';
import { registerHover } from './hover';
import { registerRuleDocs } from './ruleDocs';
import { showStatusChoices } from './statusChoices';

export type { CheckReport } from './checker';

export function registerTone(context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const { log, statusBar, settings } = services;
  const checker = new ToneChecker(log, settings, new CheckingChoices(context.workspaceState));
  const ruleDocs = registerRuleDocs();
  const draftStatus = registerDraftStatus(checker, statusBar, services.titles);

  // Open: check at once.
  const didOpen = (document: vscode.TextDocument) => {
    if (checker.isChecked(document)) checker.lint(document);
  };
  // Save: check at once, replacing any pending debounced run.
  const didSave = (document: vscode.TextDocument) => {
    if (checker.isChecked(document)) checker.lint(document);
  };
  // Close: diagnostics of a closed document are noise in the Problems view.
  const didClose = (document: vscode.TextDocument) => checker.closed(document.uri);
  // Tab closed: documents opened through the API outlive their editor for minutes, so the last
  // tab showing a document closing is when its problems leave the Problems view.
  const didChangeTabs = (event: vscode.TabChangeEvent) => {
    const shownNow = new Set(vscode.window.tabGroups.all.flatMap((group) => group.tabs).map(tabUri).filter((u) => u !== undefined));
    for (const uri of event.closed.map(tabUri)) if (uri && !shownNow.has(uri)) checker.clear(vscode.Uri.parse(uri));
  };
  // Editor shown again for a document still open in the background: check it again.
  const didChangeVisibleEditors = (editors: readonly vscode.TextEditor[]) => {
    for (const { document } of editors) if (!checker.state(document) && checker.isChecked(document)) checker.lint(document);
  };
  // Settings: languages, globs, rules or limits may have changed for every open document.
  const didChangeConfiguration = (event: vscode.ConfigurationChangeEvent) => {
    if (settings.affects(event)) checker.relintAll();
  };

  // The per-document switch, from the status bar item (with the document's URI) or the palette (the active editor).
  const switchChecking = async (choice: CheckingChoice, uri: unknown): Promise<boolean | undefined> => {
    const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
    if (!document) {
      log.info('No document is open to switch checking for.');
      return undefined;
    }
    await checker.setChoice(document, choice);
    draftStatus.refresh();
    log.info(`Tone checking turned ${choice} for ${document.uri.toString(true)}.`);
    return checker.isChecked(document);
  };

  const commands: CommandTable<typeof ToneCommands> = {
    checkDocument: async (uri?: vscode.Uri): Promise<CheckReport | undefined> => {
      const document = uri instanceof vscode.Uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showInformationMessage('Graceful Decline: open a draft in the editor first, then run Check Current Document on it.', services.titles.of(Commands.newDraft)).then((choice) => (choice ? vscode.commands.executeCommand(Commands.newDraft) : undefined));
        return undefined;
      }
      const state = checker.checkOnDemand(document);
      draftStatus.refresh();
      // The walkthrough's "Fix the tone" step is done once a document has really been checked.
      void vscode.commands.executeCommand('setContext', ContextKeys.documentChecked, true);
      return { uri: document.uri.toString(), state: state?.kind ?? 'checked', issues: state?.kind === 'checked' ? state.findings.length : 0, status: statusBar.current.visible ? statusBar.current.text : '' };
    },
    toggleChecking: async () => {
      const enabled = checker.config().enable;
      await settings.write(Settings.enable, !enabled);
      log.info(`Tone checking ${enabled ? 'turned off' : 'turned on'}.`);
      const where = vscode.workspace.workspaceFolders?.length ? 'in this workspace' : 'everywhere';
      void vscode.window.showInformationMessage(
        enabled
          ? `Graceful Decline: tone checking is off ${where}. Check Current Document still checks a draft when you ask.`
          : `Graceful Decline: tone checking is on ${where}.`,
      );
    },
    alwaysCheckThisDocument: (uri?: unknown) => switchChecking('on', uri),
    stopCheckingThisDocument: (uri?: unknown) => switchChecking('off', uri),
    statusChoices: (uri?: unknown) => showStatusChoices(checker, statusBar, uri),
    markAsDraft: (uri?: unknown) => {
      if (uri instanceof vscode.Uri) checker.markAsDraft(uri);
      else log.warn('markAsDraft: expected the URI of the new draft; ignored');
    },
    fixAll: () => fixAllInEditor(checker, statusBar),
    disableRule: (rule: RuleId) => settings.disableRule(rule),
    showRuleDocs: ruleDocs.showRuleDocs,
  };

  const disposables: vscode.Disposable[] = [
    checker,
    ruleDocs.provider,
    vscode.workspace.onDidOpenTextDocument(didOpen),
    vscode.workspace.onDidChangeTextDocument((event) => checker.onEdit(event)),
    vscode.workspace.onDidSaveTextDocument(didSave),
    vscode.workspace.onDidCloseTextDocument(didClose),
    vscode.window.tabGroups.onDidChangeTabs(didChangeTabs),
    vscode.window.onDidChangeVisibleTextEditors(didChangeVisibleEditors),
    vscode.workspace.onDidChangeConfiguration(didChangeConfiguration),
    // Trust granted: settings from the workspace now apply, so check again.
    vscode.workspace.onDidGrantWorkspaceTrust(() => checker.relintAll()),
    ...registerCommands(services, ToneCommands, commands),
    registerCodeActions(checker, services.titles.of(ToneCommands.fixAll)),
    registerHover(checker),
    draftStatus,
  ];
  // Documents already open when the extension activates.
  for (const document of vscode.workspace.textDocuments) didOpen(document);
  return disposables;
}

function tabUri(tab: vscode.Tab): string | undefined {
  return tab.input instanceof vscode.TabInputText ? tab.input.uri.toString() : undefined;
}

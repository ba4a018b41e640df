// Decline drafts: "New Decline Draft", "Open Draft in Mail Client" and "Copy Draft Body". Templates
// and rendering live in src/core/templates; this folder only talks to VS Code.
import * as vscode from 'vscode';
import builtinFiles from 'graceful-decline:builtin-templates';
import { describeProblem, loadBuiltinTemplates } from '../../core/templates';
import { DraftCommands } from '../../host/commandIds';
import { registerCommands, type CommandTable } from '../../host/commands';
import { snippetLanguages } from '../../host/manifest';
import type { Services } from '../../host/services';
import { CustomTemplates } from './customTemplates';
import { newDraft } from './newDraft';
import { registerPhraseCompletions } from './phrases';
import { copyDraftBody, openInMailClient } from './send';

export type { NewDraftArgs } from './newDraft';

export function registerDrafts(_context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const { log, settings } = services;
  const builtins = loadBuiltinTemplates(builtinFiles);
  for (const problem of builtins.problems) log.error(`built-in template skipped: ${describeProblem(problem)}`);
  const custom = new CustomTemplates(log, settings);
  const commands: CommandTable<typeof DraftCommands> = {
    newDraft: (args?: unknown) => newDraft(builtins.templates, custom, services, args),
    openInMailClient: () => openInMailClient(log),
    copyDraftBody: () => copyDraftBody(),
  };
  // The languages the snippets are contributed for (package.json), where a decline is written.
  return [...registerCommands(log, DraftCommands, commands), registerPhraseCompletions(snippetLanguages)];
}

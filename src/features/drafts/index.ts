// Decline drafts: "New Decline Draft", "Open Draft in Mail Client" and "Copy Draft Body". Templates
// live in src/host/templates.ts (shared with Rewrite Politely), rendering in src/core/templates;
// this folder only talks to VS Code.
import * as vscode from 'vscode';
import { DraftCommands } from '../../host/commandIds';
import { registerCommands, type CommandTable } from '../../host/commands';
import { snippetLanguages } from '../../host/manifest';
import type { Services } from '../../host/services';
import { newDraft } from './newDraft';
import { registerPhraseCompletions } from './phrases';
import { copyDraftBody, openInMailClient } from './send';

export type { NewDraftArgs } from './newDraft';

export function registerDrafts(_context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const { log } = services;
  const commands: CommandTable<typeof DraftCommands> = {
    newDraft: (args?: unknown) => newDraft(services, args),
    openInMailClient: () => openInMailClient(log),
    copyDraftBody: () => copyDraftBody(),
  };
  // The languages the snippets are contributed for (package.json), where a decline is written.
  return [...registerCommands(services, DraftCommands, commands), registerPhraseCompletions(snippetLanguages)];
}

// Rewrite Politely: the draft a person wrote, rewritten from its facts with the matching template
// (src/core/rewrite), shown in the diff editor, applied in one undoable edit. Templates come from
// the shared library in src/host/templates.ts, the same ones New Decline Draft offers.
import * as vscode from 'vscode';
import { RewriteCommands } from '../../host/commandIds';
import { registerCommands, type CommandTable } from '../../host/commands';
import type { Services } from '../../host/services';
import { registerRewriteCodeActions } from './codeActions';
import { RewriteDiffs } from './diffs';

export type { RewriteOpened } from './diffs';

export function registerRewrite(_context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const diffs = new RewriteDiffs(services);
  const commands: CommandTable<typeof RewriteCommands> = {
    rewritePolitely: (target?: unknown, options?: unknown) => diffs.open(target, options),
    applyRewrite: (target?: unknown) => diffs.apply(target),
    showRewriteFacts: (target?: unknown) => diffs.showFacts(target),
    changeRewriteDecision: (target?: unknown) => diffs.changeDecision(target),
    discardRewrite: (target?: unknown) => diffs.discard(target),
  };
  if (services.testApi) services.testApi.rewrite = { question: () => diffs.question, changeDecision: (target) => diffs.changeDecision(target) };
  return [diffs, ...registerCommands(services, RewriteCommands, commands), registerRewriteCodeActions(services.titles.of(RewriteCommands.rewritePolitely))];
}

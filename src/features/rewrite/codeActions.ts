// Offers Rewrite Politely as a code action on a draft that has tone findings: a quick fix beside
// the finding's own fixes, and a refactoring (Refactor... menu) anywhere in such a draft. A draft
// without findings gets neither: there is nothing to rewrite for.
import * as vscode from 'vscode';
import { ruleIds } from '../../core/analysis/types';
import { RewriteCommands } from '../../host/commandIds';
import { rewriteScheme } from './diffs';

export const rewriteKind = vscode.CodeActionKind.RefactorRewrite.append('gracefulDecline');

/** A tone diagnostic of ours: its code is a rule id (with the rule's docs as target). */
function isToneFinding(diagnostic: vscode.Diagnostic): boolean {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return typeof code === 'string' && (ruleIds as readonly string[]).includes(code) && diagnostic.source !== undefined;
}

export class RewriteCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, rewriteKind] };

  constructor(private readonly title: string) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (document.uri.scheme === rewriteScheme) return [];
    const here = context.diagnostics.filter(isToneFinding);
    const wantsQuickFix = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix);
    // Refactorings only when asked for (Refactor... menu, a keybinding): the lightbulb asks with no
    // `only` on every cursor move, and a lightbulb on every line of a flawed draft would be noise.
    const wantsRefactor = context.only !== undefined && (context.only.contains(rewriteKind) || rewriteKind.contains(context.only));
    if (wantsQuickFix && here.length > 0) return [this.action(document, vscode.CodeActionKind.QuickFix, here)];
    if (wantsRefactor && vscode.languages.getDiagnostics(document.uri).some(isToneFinding)) return [this.action(document, rewriteKind, [])];
    return [];
  }

  private action(document: vscode.TextDocument, kind: vscode.CodeActionKind, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
    const action = new vscode.CodeAction(`${this.title}: rewrite the whole draft, shown as a diff`, kind);
    action.command = { command: RewriteCommands.rewritePolitely, title: this.title, arguments: [document.uri] };
    if (diagnostics.length) action.diagnostics = diagnostics;
    return action;
  }
}

export function registerRewriteCodeActions(title: string): vscode.Disposable {
  // Every document: findings exist only where the tone checker put them, whatever the language or scheme.
  return vscode.languages.registerCodeActionsProvider('*', new RewriteCodeActions(title), RewriteCodeActions.metadata);
}

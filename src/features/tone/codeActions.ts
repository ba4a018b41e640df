// Quick fixes for tone diagnostics, matched to findings by rule id and range (never by message
// text): each finding's own fixes, "Ignore in this document", "Disable rule", and the source
// action "Fix all" (also a command). The text work is pure, in core/analysis/fixes.ts.
import * as vscode from 'vscode';
import type { RuleId, TextEdit } from '../../core/analysis/types';
import { Commands } from '../../host/commandIds';
import { diagnosticSource, rangeOf, type ToneChecker } from './checker';
import type { StatusBar } from '../../host/statusBar';
import { analysisEngine } from './engine';

export const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('gracefulDecline');

export class ToneCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, fixAllKind],
  };

  constructor(
    private readonly checker: ToneChecker,
    private readonly fixAllTitle: string,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const wantsQuickFixes = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix);
    // Fix-all only when asked for by kind (on save, Source Action...): lightbulb requests come with no
    // `only` on every cursor move, and computing it would re-analyse a changed document each time.
    const wantsFixAll = context.only?.contains(fixAllKind) === true;
    const ours = context.diagnostics.filter((d) => d.source === diagnosticSource && typeof d.code === 'object');
    if (wantsQuickFixes && ours.length > 0) {
      const findings = this.checker.currentFindings(document);
      const offered = new Set<RuleId>();
      const silencers: vscode.CodeAction[] = [];
      for (const diagnostic of ours) {
        const rule = (diagnostic.code as { value: string | number }).value as RuleId;
        const finding = findings.find((f) => f.ruleId === rule && rangeOf(document, f).isEqual(diagnostic.range));
        if (!finding) continue;
        for (const fix of finding.fixes) {
          const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
          action.edit = workspaceEdit(document, fix.edits);
          action.diagnostics = [diagnostic];
          action.isPreferred = fix.preferred === true;
          actions.push(action);
        }
        if (offered.has(rule)) continue;
        offered.add(rule);
        silencers.push(ignoreAction(document, rule, diagnostic), disableAction(rule, diagnostic));
      }
      // The fixes first, for every finding under the cursor; silencing a rule comes after them all,
      // so Ctrl+. then Enter never turns a rule off by accident.
      actions.push(...silencers);
    }
    if (wantsFixAll) {
      const edits = this.checker.fixAll(document)?.edits ?? [];
      if (edits.length > 0) {
        const action = new vscode.CodeAction(this.fixAllTitle, fixAllKind);
        action.edit = workspaceEdit(document, edits);
        actions.push(action);
      }
    }
    return actions;
  }
}

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, rangeOf(document, e), e.newText);
  return edit;
}

function ignoreAction(document: vscode.TextDocument, rule: RuleId, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(`Ignore ${rule} in this document`, vscode.CodeActionKind.QuickFix);
  const { offset, text } = analysisEngine().ignoreComment(document.languageId, document.getText(), rule);
  action.edit = workspaceEdit(document, [{ start: offset, end: offset, newText: text }]);
  action.diagnostics = [diagnostic];
  return action;
}

function disableAction(rule: RuleId, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(`Disable ${rule} (settings)`, vscode.CodeActionKind.QuickFix);
  action.command = { command: Commands.disableRule, title: `Disable ${rule}`, arguments: [rule] };
  action.diagnostics = [diagnostic];
  return action;
}

/** What the Fix All command did, for its callers (the tests): whether it edited, and the rules of what it left. */
export interface FixAllReport {
  applied: boolean;
  /** Rule ids of the findings left, one per finding. */
  remaining: RuleId[];
  /** The one message shown about them, if any. */
  message?: string;
  /** The brief status bar confirmation shown instead, when nothing is left to fix by hand. */
  status?: string;
}

/** How long Fix All's confirmation stays in the status bar (it goes sooner when the draft changes). */
const fixAllFlashMs = 5000;

/**
 * The Fix All command: applies every fix it can in the active editor, then says in one
 * non-modal message what it could not fix. When nothing is left (every issue fixed, or there was
 * none), a brief status bar message says so: feedback without a notification.
 */
export async function fixAllInEditor(checker: ToneChecker, statusBar: StatusBar): Promise<FixAllReport> {
  const document = vscode.window.activeTextEditor?.document;
  const result = document ? checker.fixAll(document) : undefined;
  if (!document || !result) {
    const status = document ? '$(info) Fix All: this document is not checked, so there is nothing to fix.' : '$(info) Fix All: open a draft in the editor first.';
    statusBar.flash(status, { ms: fixAllFlashMs, document });
    return { applied: false, remaining: [], status };
  }
  const applied = result.edits.length > 0 && (await vscode.workspace.applyEdit(workspaceEdit(document, result.edits)));
  const remaining = result.remaining.map((f) => f.ruleId);
  const message = analysisEngine().describeUnfixed(result.remaining, applied);
  if (message) {
    const show = 'Show Problems';
    void vscode.window.showInformationMessage(message, show).then((choice) => (choice === show ? vscode.commands.executeCommand('workbench.actions.view.problems') : undefined));
    return { applied, remaining, message };
  }
  const status = applied ? '$(check) Fixed every tone issue. Undo brings your text back.' : '$(check) No tone issues to fix.';
  statusBar.flash(status, { ms: fixAllFlashMs, document });
  return { applied, remaining, status };
}

export function registerCodeActions(checker: ToneChecker, fixAllTitle: string): vscode.Disposable {
  const provider = new ToneCodeActions(checker, fixAllTitle);
  return checker.registerProvider((selector) => vscode.languages.registerCodeActionsProvider(selector, provider, ToneCodeActions.metadata));
}

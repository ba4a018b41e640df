// Quick fixes for tone diagnostics, matched to findings by rule id and range (never by message
// text): each finding's own fixes, "Ignore in this document", "Disable rule", and the source
// action "Fix all tone issues" (also a command).
import * as vscode from 'vscode';
import type { Finding, RuleId, TextEdit } from '../core/analysis/types';
import { Commands } from './commandIds';
import type { ToneChecker } from './diagnostics';
import { guarded, type Log } from './log';

export const fixAllKind = vscode.CodeActionKind.SourceFixAll.append('gracefulDecline');
const source = 'Graceful Decline';

export class ToneCodeActions implements vscode.CodeActionProvider {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, fixAllKind],
  };

  constructor(private readonly checker: ToneChecker) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    const wantsQuickFixes = !context.only || context.only.contains(vscode.CodeActionKind.QuickFix);
    // Fix-all only when asked for by kind (on save, Source Action...): lightbulb requests come with no
    // `only` on every cursor move, and computing it would re-analyse a changed document each time.
    const wantsFixAll = context.only?.contains(fixAllKind) === true;
    const ours = context.diagnostics.filter((d) => d.source === source && typeof d.code === 'object');
    if (wantsQuickFixes && ours.length > 0) {
      const findings = this.checker.currentFindings(document);
      const offered = new Set<RuleId>();
      for (const diagnostic of ours) {
        const rule = (diagnostic.code as { value: string | number }).value as RuleId;
        const finding = findings.find((f) => f.ruleId === rule && this.checker.rangeOf(document, f).isEqual(diagnostic.range));
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
        actions.push(ignoreAction(document, rule, diagnostic), disableAction(rule, diagnostic));
      }
    }
    if (wantsFixAll) {
      const edits = fixAllEdits(this.checker.currentFindings(document));
      if (edits.length > 0) {
        const action = new vscode.CodeAction('Fix all tone issues', fixAllKind);
        action.edit = workspaceEdit(document, edits);
        actions.push(action);
      }
    }
    return actions;
  }
}

function workspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  return edit;
}

function ignoreAction(document: vscode.TextDocument, rule: RuleId, diagnostic: vscode.Diagnostic): vscode.CodeAction {
  const action = new vscode.CodeAction(`Ignore ${rule} in this document`, vscode.CodeActionKind.QuickFix);
  const { offset, text } = ignoreComment(document.languageId, document.getText(), rule);
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

/**
 * The comment that switches a rule off for one document: an HTML comment in Markdown (invisible
 * when rendered), a plain line elsewhere. It goes at the top, or after front matter or an email's
 * header block so those stay valid.
 */
export function ignoreComment(languageId: string, text: string, rule: RuleId): { offset: number; text: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const line = languageId === 'markdown' ? `<!-- graceful-decline-disable ${rule} -->` : `graceful-decline-disable ${rule}`;
  let offset = 0;
  const frontMatter = /^---\r?\n[^]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (frontMatter) {
    // Markdown front matter must stay the first thing in the file.
    offset = frontMatter[0].length;
  } else if (/^[A-Za-z][A-Za-z0-9-]*:/.test(text)) {
    const blank = text.search(/\r?\n\r?\n/);
    if (blank !== -1) offset = text.indexOf('\n', text.indexOf('\n', blank) + 1) + 1;
  }
  const startsLine = offset === 0 || text[offset - 1] === '\n';
  return { offset, text: `${startsLine ? '' : eol}${line}${eol}` };
}

/**
 * Every finding's preferred fix (or its only fix), skipping any fix whose edits overlap one
 * already taken, so the combined edit is always valid.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  const candidates = findings
    .map((f) => f.fixes.find((fix) => fix.preferred) ?? (f.fixes.length === 1 ? f.fixes[0] : undefined))
    .filter((fix): fix is NonNullable<typeof fix> => fix !== undefined && fix.edits.length > 0)
    .sort((a, b) => Math.min(...a.edits.map((e) => e.start)) - Math.min(...b.edits.map((e) => e.start)));
  for (const fix of candidates) {
    if (fix.edits.some((e) => taken.some((t) => overlaps(e, t)) || fix.edits.some((o) => o !== e && overlaps(e, o)))) continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Overlapping ranges, or two insertions at one point (their order would be ambiguous). */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}

export function registerCodeActions(checker: ToneChecker, log: Log): vscode.Disposable[] {
  const provider = new ToneCodeActions(checker);
  const fixAll = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) return false;
    const edits = fixAllEdits(checker.currentFindings(document));
    if (edits.length === 0) return false;
    return vscode.workspace.applyEdit(workspaceEdit(document, edits));
  };
  return [
    checker.registerProvider((selector) => vscode.languages.registerCodeActionsProvider(selector, provider, ToneCodeActions.metadata)),
    vscode.commands.registerCommand(Commands.fixAll, guarded(log, 'Fix all tone issues', fixAll)),
  ];
}

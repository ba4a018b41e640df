// Feeds the one status bar item with the active draft's figures: body words against the target,
// the number of tone issues and a one-word tone. Hidden when the active document is not checked;
// a short note instead of figures when the document is too large to check.
import * as vscode from 'vscode';
import { ShowView } from '../../host/commandIds';
import { section, Settings } from '../../host/settingIds';
import type { StatusBar, StatusSlot } from '../../host/statusBar';
import type { CheckState, ToneChecker } from './checker';

const problemsView = 'workbench.actions.view.problems';

export function draftSlot(state: CheckState): StatusSlot {
  if (state.kind === 'tooLarge') {
    const tooltip = new vscode.MarkdownString(
      `**Graceful Decline** does not check this document: it has ${state.size.toLocaleString('en')} characters, above the \`${section}.${Settings.maxDocumentSize}\` limit of ${state.limit.toLocaleString('en')}.`,
    );
    return { text: '$(circle-slash) Too large to check', tooltip, command: { command: 'workbench.action.openSettings', title: 'Open Settings', arguments: [`${section}.${Settings.maxDocumentSize}`] } };
  }
  const issues = state.findings.length;
  const { bodyWords, tone } = state.metrics;
  const over = bodyWords > state.maxBodyWords;
  const icon = issues > 0 ? '$(warning)' : '$(check)';
  const text = `${icon} ${bodyWords}/${state.maxBodyWords} words · ${issues} ${issues === 1 ? 'issue' : 'issues'} · ${capitalize(tone)}`;
  const tooltip = new vscode.MarkdownString('', true);
  tooltip.appendMarkdown('**Graceful Decline: this draft**\n\n');
  tooltip.appendMarkdown(`- Body: ${bodyWords} words (aim for ${state.maxBodyWords} or fewer${over ? '; trim it' : ''})\n`);
  tooltip.appendMarkdown(`- Tone issues: ${issues}\n`);
  tooltip.appendMarkdown(`- Overall tone: ${tone}\n\n`);
  tooltip.appendMarkdown(issues > 0 ? 'Click to see the issues in the Problems view.' : 'Click to open the Should I Decline? checklist.');
  return { text, tooltip, command: issues > 0 ? { command: problemsView, title: 'Show Problems' } : { command: ShowView.container, title: 'Open Checklist' } };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export interface DraftStatus extends vscode.Disposable {
  /** Re-renders for the active editor. */
  refresh(): void;
}

export function registerDraftStatus(checker: ToneChecker, statusBar: StatusBar): DraftStatus {
  const refresh = () => {
    const document = vscode.window.activeTextEditor?.document;
    const state = document && checker.isChecked(document) ? checker.state(document) : undefined;
    statusBar.setDraft(state ? draftSlot(state) : undefined);
  };
  const subscriptions = [
    vscode.window.onDidChangeActiveTextEditor(refresh),
    checker.onDidCheck((uri) => {
      if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) refresh();
    }),
  ];
  refresh();
  return {
    refresh,
    dispose: () => {
      subscriptions.forEach((s) => s.dispose());
      statusBar.setDraft(undefined);
    },
  };
}

// Feeds the one status bar item for the active document: whether it is checked and why, with the
// draft's figures (body words against the target, tone issues) when it is, and an offer to check it
// anyway when it is not a draft. A click offers the choices for that document (statusChoices.ts); the palette has
// the same switch (its commands follow the `gracefulDecline.activeDocument` context key).
import * as vscode from 'vscode';
import { escapeMarkdown } from '../../host/markdown';
import { Commands, ShowView } from '../../host/commandIds';
import type { CommandTitles } from '../../host/manifest';
import { section, Settings } from '../../host/settingIds';
import type { StatusBar, StatusSlot } from '../../host/statusBar';
import type { CheckState, Gate, ToneChecker } from './checker';

const problemsView = 'workbench.actions.view.problems';
/** Context key for the palette's when-clauses: `checked` or `unchecked` for the active text editor. */
export const activeDocumentContext = 'gracefulDecline.activeDocument';

/** "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Why the document is or is not checked, in a sentence or two for a tooltip. */
export function whyText(gate: Gate): string {
  const verdict = gate.verdict;
  if (gate.cause === 'draft' && verdict) return `It reads like a message in a job process: ${list(verdict.signs)}.`;
  if (gate.cause === 'not-a-draft' && verdict) {
    const against = verdict.against.length > 0 ? `It does not read like a message in a job process: ${list(verdict.against)}.` : 'It does not read like a message in a job process.';
    return verdict.signs.length > 0 ? `${against} Signs of a message: ${list(verdict.signs)}.` : against;
  }
  return gate.reason;
}

/** What the text calls the document: a draft when the checker took it for one, else a document. */
function noun(gate: Gate): string {
  return gate.cause === 'on-demand' || gate.cause === 'switched-on' ? 'document' : 'draft';
}

/** A click offers the choices (statusChoices.ts) rather than switching anything at once. */
function choicesCommand(uri: vscode.Uri, titles: CommandTitles): vscode.Command {
  return { command: Commands.statusChoices, title: titles.of(Commands.statusChoices), arguments: [uri] };
}

function tooltipHead(text: string): vscode.MarkdownString {
  const tooltip = new vscode.MarkdownString('', true);
  tooltip.isTrusted = { enabledCommands: [problemsView, ShowView.container] };
  tooltip.appendMarkdown(`**Graceful Decline: ${text}**\n\n`);
  return tooltip;
}

export function draftSlot(state: CheckState, gate: Gate, uri: vscode.Uri, titles: CommandTitles): StatusSlot {
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
  const text = `${icon} Checking this ${noun(gate)} · ${issues} ${issues === 1 ? 'issue' : 'issues'} · ${bodyWords}/${state.maxBodyWords} words`;
  const tooltip = tooltipHead(`checking this ${noun(gate)}`);
  tooltip.appendMarkdown(escapeMarkdown(whyText(gate))).appendMarkdown('\n\n');
  tooltip.appendMarkdown(`- Body: ${bodyWords} words (aim for ${state.maxBodyWords} or fewer${over ? '; trim it' : ''})\n`);
  tooltip.appendMarkdown(`- Tone issues: ${issues}${issues > 0 ? ` ([show them](command:${problemsView}))` : ''}\n`);
  tooltip.appendMarkdown(`- Overall tone: ${capitalize(tone)}\n\n`);
  tooltip.appendMarkdown(`Click for choices: stop checking this document, ${issues > 0 ? 'show the problems, ' : ''}open settings.`);
  return { text, tooltip, command: choicesCommand(uri, titles) };
}

/** A checked document with no figures yet (its check failed, see the log). */
function checkingSlot(gate: Gate, uri: vscode.Uri, titles: CommandTitles): StatusSlot {
  const tooltip = tooltipHead(`checking this ${noun(gate)}`);
  tooltip.appendMarkdown(escapeMarkdown(whyText(gate))).appendMarkdown('\n\nClick for choices: stop checking this document, open settings.');
  return { text: `$(check) Checking this ${noun(gate)}`, tooltip, command: choicesCommand(uri, titles) };
}

/** A document the checker leaves alone: why, and the offer to check it anyway. */
export function offerSlot(gate: Gate, uri: vscode.Uri, titles: CommandTitles): StatusSlot {
  const switchedOff = gate.cause === 'switched-off';
  const tooltip = tooltipHead(switchedOff ? 'you turned checking off here' : 'not a draft, so not checked');
  tooltip.appendMarkdown(escapeMarkdown(switchedOff ? 'You turned tone checking off for this document.' : whyText(gate)));
  tooltip.appendMarkdown(`\n\nClick for choices: check it${switchedOff ? ' again' : ' anyway'}, open settings. A choice is remembered for this ${uri.scheme === 'untitled' ? 'document until you close it' : 'file'}.`);
  return {
    text: switchedOff ? '$(eye-closed) Not checked: check again?' : '$(eye-closed) Not a draft: check anyway?',
    tooltip,
    command: choicesCommand(uri, titles),
  };
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

export interface DraftStatus extends vscode.Disposable {
  /** Re-renders for the active editor. */
  refresh(): void;
}

export function registerDraftStatus(checker: ToneChecker, statusBar: StatusBar, titles: CommandTitles): DraftStatus {
  let context: string | undefined;
  const setContext = (value: string | undefined) => {
    if (value === context) return;
    context = value;
    void vscode.commands.executeCommand('setContext', activeDocumentContext, value);
  };
  const refresh = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document) {
      setContext(undefined);
      statusBar.setDraft(undefined);
      return;
    }
    const gate = checker.gate(document);
    setContext(gate?.check ? 'checked' : 'unchecked');
    if (!gate) statusBar.setDraft(undefined);
    else if (!gate.check) statusBar.setDraft(offerSlot(gate, document.uri, titles));
    else {
      const state = checker.state(document);
      statusBar.setDraft(state ? draftSlot(state, gate, document.uri, titles) : checkingSlot(gate, document.uri, titles));
    }
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

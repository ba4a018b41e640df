// The questions the decision commands ask when called without arguments: which decision, which
// export format, where to save.
import * as vscode from 'vscode';
import { EXPORT_EXTENSIONS, type ExportFormat } from '../../core/decisionLog/export';
import { pickItem } from '../../core/decisionLog/present';
import type { DecisionEntry } from '../../core/decisionLog/types';

/** The id a command was given: a tree node (from a menu), an entry, or the id itself. */
export function idOf(target: unknown): string | undefined {
  if (typeof target === 'string' && target) return target;
  if (typeof target === 'object' && target !== null) {
    const node = target as { entry?: { id?: unknown }; id?: unknown };
    if (typeof node.entry?.id === 'string') return node.entry.id;
    if (typeof node.id === 'string') return node.id;
  }
  return undefined;
}

/** `whyNone`: what to say when `entries` is empty though the log is not (default: nothing is logged yet). */
export async function pickDecision(entries: readonly DecisionEntry[], placeHolder: string, whyNone = 'no decisions are logged yet. Log one from the "Should I Decline?" checklist.'): Promise<string | undefined> {
  if (!entries.length) {
    void vscode.window.showInformationMessage(`Graceful Decline: ${whyNone}`);
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    entries.map((e) => ({ ...pickItem(e), id: e.id })),
    { placeHolder, matchOnDescription: true },
  );
  return picked?.id;
}

export async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: '$(markdown) Markdown', description: 'a table and a section for each decision', format: 'markdown' as const },
      { label: '$(table) CSV', description: 'for a spreadsheet', format: 'csv' as const },
    ],
    { placeHolder: 'Export the decision log as' },
  );
  return picked?.format;
}

export async function askWhereToSave(format: ExportFormat, title: string): Promise<vscode.Uri | undefined> {
  const name = `interview-decisions.${EXPORT_EXTENSIONS[format]}`;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
    saveLabel: 'Export',
    title,
  });
}

/** Where to save a calendar event: the suggested name in the first workspace folder (or the dialog's own default). */
export async function askWhereToSaveEvent(fileName: string, title: string): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, fileName) : undefined,
    filters: { 'Calendar event': ['ics'] },
    saveLabel: 'Save Event',
    title,
  });
}

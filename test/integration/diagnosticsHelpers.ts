// Shared by the tone-checking integration tests: open drafts, wait on diagnostics events (never
// sleeps), change settings and leave the workbench clean.
import * as vscode from 'vscode';
import manifest from '../../package.json';

export const source = 'Graceful Decline';

export async function activateExtension(): Promise<void> {
  const extension = vscode.extensions.getExtension(`${manifest.publisher}.${manifest.name}`);
  if (!extension) throw new Error('the extension is not loaded');
  await extension.activate();
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test host has no workspace folder');
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

let copies = 0;
/** Each test file is bundled on its own, so a per-bundle prefix keeps copy names unique across files. */
const run = Math.random().toString(36).slice(2, 8);

/** A fresh copy of a fixture draft, so edits in one test never leak into another. */
export function freshCopy(fixture: string): Promise<vscode.Uri> {
  return freshCopyOf(`drafts/${fixture}`);
}

/** A fresh copy of any fixture in the workspace (`notes/x.txt` -> `notes/tmp/x-<run>-<n>.txt`): a new URI, so no switch the user made on another copy applies. */
export async function freshCopyOf(relative: string): Promise<vscode.Uri> {
  const from = workspaceUri(relative);
  const slash = relative.lastIndexOf('/');
  const folder = relative.slice(0, slash + 1);
  const name = relative.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const to = workspaceUri(`${folder}tmp/${name.slice(0, dot)}-${run}-${++copies}${name.slice(dot)}`);
  await vscode.workspace.fs.copy(from, to, { overwrite: true });
  return to;
}

export async function open(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === source);
}

export function ruleOf(diagnostic: vscode.Diagnostic): string {
  return String((diagnostic.code as { value: string | number }).value);
}

export function rules(uri: vscode.Uri): string[] {
  return ours(uri).map(ruleOf).sort();
}

/** Resolves once our diagnostics for `uri` satisfy `check`; fails with what was there after `timeoutMs`. */
export function waitForDiagnostics(uri: vscode.Uri, check: (diagnostics: vscode.Diagnostic[]) => boolean, what: string, timeoutMs = 15_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = (error?: Error) => {
      subscription.dispose();
      clearTimeout(timer);
      if (error) reject(error);
      else resolve(ours(uri));
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((u) => u.toString() === uri.toString()) && check(ours(uri))) done();
    });
    const timer = setTimeout(() => done(new Error(`timed out waiting for ${what}; diagnostics now: ${JSON.stringify(ours(uri).map((d) => `${ruleOf(d)}@${d.range.start.line}:${d.range.start.character}`))}`)), timeoutMs);
    if (check(ours(uri))) done();
  });
}

export function textOf(document: vscode.TextDocument, diagnostic: vscode.Diagnostic): string {
  return document.getText(diagnostic.range);
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('gracefulDecline').update(key, value, vscode.ConfigurationTarget.Workspace);
}

/** Saves or reverts dirty documents (a dirty editor would block closing with a dialog), then closes every editor. */
export async function closeAll(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    if (document.uri.scheme === 'untitled') {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } else {
      await document.save();
    }
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** Replaces the first occurrence of `find` in the document. */
export async function replaceText(document: vscode.TextDocument, find: string, replacement: string): Promise<void> {
  const start = document.getText().indexOf(find);
  if (start === -1) throw new Error(`"${find}" is not in ${document.uri.path}`);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(start), document.positionAt(start + find.length)), replacement);
  if (!(await vscode.workspace.applyEdit(edit))) throw new Error('the edit was not applied');
}

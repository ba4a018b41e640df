// A decline's paragraphs are single long lines, and plain text and Markdown open unwrapped by
// default, so a draft ran off the right edge of the editor (an .eml file wraps by its language
// default). A draft (made by New Decline Draft, matched by gracefulDecline.include or read as a
// draft) is shown wrapped when it first comes to the front, with VS Code's own toggle (View: Toggle
// Word Wrap, Alt+Z): an override on that open document only, which Alt+Z turns off again and which
// ends when the document closes. No setting is written; a person who set editor.wordWrap anywhere
// (user, workspace or for the language) keeps their choice, and each document is wrapped once, so
// one the person unwrapped stays unwrapped.
import * as vscode from 'vscode';
import type { CheckingCause } from '../../core/draftDetection/policy';
import type { ToneChecker } from './checker';

/** Drafts by what they are, not by the person's switch: "check this document" says nothing about its layout. */
const wrappedCauses: ReadonlySet<string> = new Set<CheckingCause>(['new-draft', 'email', 'included', 'draft']);

/** Whether the person (or a language default, as .eml's) already decided about wrapping for this document. */
function wrapIsChosen(document: vscode.TextDocument): boolean {
  const seen = vscode.workspace.getConfiguration('editor', { uri: document.uri, languageId: document.languageId }).inspect<string>('wordWrap');
  if (!seen) return true;
  const set = [seen.globalValue, seen.workspaceValue, seen.workspaceFolderValue, seen.globalLanguageValue, seen.workspaceLanguageValue, seen.workspaceFolderLanguageValue, seen.defaultLanguageValue];
  return set.some((v) => v !== undefined);
}

export function registerDraftWrapping(checker: ToneChecker): vscode.Disposable {
  /** Documents already wrapped (or left alone) once while open. */
  const done = new Set<string>();
  const consider = async (editor: vscode.TextEditor | undefined): Promise<void> => {
    if (!editor || editor !== vscode.window.activeTextEditor) return;
    const { document } = editor;
    const key = document.uri.toString();
    if (done.has(key)) return;
    // In a diff, the toggle changes both sides together: Rewrite Politely sets the diff's wrapping itself.
    if (vscode.window.tabGroups.activeTabGroup.activeTab?.input instanceof vscode.TabInputTextDiff) return;
    const gate = checker.gate(document);
    if (!gate?.check || !wrappedCauses.has(gate.cause)) return;
    done.add(key);
    if (wrapIsChosen(document)) return;
    // The toggle acts on the focused text editor, else the active one: this draft's, checked above. Never
    // focus the draft to make sure: the person may already be typing in the Command Palette.
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor((editor) => void consider(editor)),
    // A draft's check decided after it came to the front (New Decline Draft marks it; a note read again becomes a draft).
    checker.onDidCheck((uri) => {
      const editor = vscode.window.activeTextEditor;
      if (editor?.document.uri.toString() === uri.toString()) void consider(editor);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => done.delete(document.uri.toString())),
    { dispose: () => done.clear() },
  );
}

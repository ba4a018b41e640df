import * as vscode from 'vscode';

/**
 * Opens a new untitled document holding `content`. When an untitled document has just been
 * closed, VS Code can give its name (Untitled-1) to the new one before the extension host has
 * heard of the close, and `openTextDocument` then hands back the closed document with its old
 * text. That stale document is recognised by its text: wait until it is gone, then ask again.
 */
export async function openUntitled(content: string, language: string): Promise<vscode.TextDocument> {
  for (let attempt = 1; ; attempt++) {
    const document = await vscode.workspace.openTextDocument({ content, language });
    if (document.getText() === content || attempt === 3) return document;
    await whenClosed(document, 2_000);
  }
}

function whenClosed(document: vscode.TextDocument, timeoutMs: number): Promise<void> {
  if (document.isClosed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    };
    const listener = vscode.workspace.onDidCloseTextDocument((closed) => {
      if (closed === document) done();
    });
    const timer = setTimeout(done, timeoutMs);
  });
}

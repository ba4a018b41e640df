// Sending a draft: "Open Draft in Mail Client" (a mailto link, the body on the clipboard when too
// long for one) and "Copy Draft Body".
import * as vscode from 'vscode';
import { buildMailto, splitDraft } from '../../core/templates';
import type { Log } from '../../host/log';

export async function openInMailClient(log: Log): Promise<string | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Graceful Decline: open a draft in the editor first.');
    return undefined;
  }
  const parts = splitDraft(document.getText());
  if (!parts.subject && !parts.body) {
    void vscode.window.showInformationMessage('Graceful Decline: the draft is empty, so there is nothing to send.');
    return undefined;
  }
  const mail = buildMailto(parts);
  if (!mail.bodyIncluded) await vscode.env.clipboard.writeText(parts.body);
  // Passed as a string on purpose: openExternal uses a string as given, while a vscode.Uri is
  // decoded and re-encoded on the way, which mangles a percent-encoded query (microsoft/vscode#85930).
  const opened = await vscode.env.openExternal(mail.uri as unknown as vscode.Uri);
  log.info(`mailto: ${mail.uri.length} characters, body ${mail.bodyIncluded ? 'included' : 'on the clipboard'}, opened: ${opened}`);
  if (!mail.bodyIncluded) {
    void vscode.window.showInformationMessage(
      'Graceful Decline: the message is too long for a mail link, so only the subject went to your mail client. The full body is on your clipboard: paste it into the new email.',
    );
  } else if (!opened) {
    void vscode.window.showWarningMessage('Graceful Decline: no mail client opened the draft. Use "Copy Draft Body" and paste it into your email instead.');
  } else {
    void vscode.window.showInformationMessage('Graceful Decline: the draft went to your mail client as a new email. Add the recipient there, read it once more, and send it.');
  }
  return mail.uri;
}

export async function copyDraftBody(): Promise<string | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Graceful Decline: open a draft in the editor first.');
    return undefined;
  }
  const { body } = splitDraft(document.getText());
  await vscode.env.clipboard.writeText(body);
  vscode.window.setStatusBarMessage('$(check) Draft body copied', 3000);
  return body;
}

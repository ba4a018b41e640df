import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CheckReport } from '../../src/features/tone';
import { Commands } from '../../src/host/commandIds';
import { testApi } from './testApi';
import { activateExtension, closeAll, freshCopy, freshCopyOf, open, ours, rules, setSetting, waitForDiagnostics, workspaceUri } from './diagnosticsHelpers';

/**
 * Only drafts are checked: a README or a note gets no diagnostics, while a New Decline Draft, an
 * .eml file and a note the user switched on are checked, and the switch outlives the editor.
 *
 * "No diagnostics" is only meaningful once the checker has seen the document: each such test then
 * opens a draft and waits for its diagnostics. The checker handles editor events in order, so by
 * then it has decided about the document opened before.
 */
async function checkerHasCaughtUp(): Promise<void> {
  const draft = await freshCopy('over-explains.txt');
  await open(draft);
  await waitForDiagnostics(draft, (d) => d.length > 0, 'the sentinel draft to be checked');
}

/** Runs `step` until `pending` settles (the quick pick may not be showing yet on the first tries). */
async function driveUntilSettled<T>(pending: Thenable<T>, step: () => Promise<unknown>, timeoutMs = 15_000): Promise<T> {
  let settled = false;
  const result = Promise.resolve(pending).finally(() => (settled = true));
  const deadline = Date.now() + timeoutMs;
  await new Promise((r) => setTimeout(r, 200));
  while (!settled && Date.now() < deadline) {
    await step();
    await Promise.race([result.then(() => undefined, () => undefined), new Promise((r) => setTimeout(r, 150))]);
  }
  assert.ok(settled, 'the command finished');
  return result;
}

/** Text that reads like a README: the same text gets findings when it is checked (see the switch tests). */
const readmeLike = '# Release checklist\n\nThe build must pass. Nobody should ship a broken error page.\n\n```sh\nnpm run build\n```\n\nSee the [guide](https://example.com/guide) for the rest.\n';

describe('Only drafts are checked (the real VS Code host)', () => {
  before(activateExtension);
  afterEach(async () => {
    await closeAll();
    await setSetting('maxBodyWords', undefined);
  });

  it('opening the workspace README.md shows no Graceful Decline diagnostics; Check Current Document still checks it, once', async () => {
    const readme = workspaceUri('README.md');
    await open(readme);
    await checkerHasCaughtUp();
    assert.deepEqual(ours(readme), [], 'the README is not a draft');

    await open(readme);
    const report = (await vscode.commands.executeCommand<CheckReport>(Commands.checkDocument)) as CheckReport;
    assert.ok(report.issues > 0, 'checked on request, it has findings: the gate, not the text, kept it quiet');
    assert.match(report.status, /^(?:\$\(bell\) Reply to [^·]+ · )?\$\((warning|check)\) Checking this document · \d+ issues? · \d+\/\d+ words$/);
    assert.ok(ours(readme).length > 0);

    // Check Current Document is a one-off: closed and opened again, the README is quiet again.
    await closeAll();
    assert.deepEqual(ours(readme), []);
    await open(readme);
    await checkerHasCaughtUp();
    assert.deepEqual(ours(readme), [], 'the on-demand check ended with the editor');
  });

  it('checks a document New Decline Draft made, whatever it holds, and not the same text typed into a new file', async () => {
    const made = (await vscode.commands.executeCommand<vscode.TextDocument>(Commands.newDraft, { situation: 'accepted-another-offer' })) as vscode.TextDocument;
    assert.ok(made, 'the draft opened');
    await waitForDiagnostics(made.uri, (d) => d.some((x) => x.code && (x.code as { value: string }).value === 'unfilled-placeholder'), 'the new draft to be checked (its empty fields)');
    // Replace the whole draft with text that is not a message: still checked, because New Decline Draft made it.
    const all = new vscode.Range(made.positionAt(0), made.positionAt(made.getText().length));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(made.uri, all, readmeLike);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const plain = await vscode.workspace.openTextDocument({ language: 'markdown', content: readmeLike });
    await vscode.window.showTextDocument(plain, { preview: false });
    // A settings change makes the checker decide again for every open document.
    await setSetting('maxBodyWords', 149);
    await waitForDiagnostics(made.uri, (d) => d.length > 0 && !d.some((x) => (x.code as { value: string }).value === 'unfilled-placeholder'), 'the made draft to be checked again with its new text');
    await checkerHasCaughtUp();
    assert.deepEqual(ours(plain.uri), [], 'the same text in a file New Decline Draft did not make is not checked');
  });

  it('checks an .eml file even when its text does not read like a draft', async () => {
    const eml = await freshCopyOf('notes/newsletter.eml');
    const { document } = await open(eml);
    assert.equal(document.languageId, 'email');
    await waitForDiagnostics(eml, (d) => d.length > 0, 'the .eml to be checked');
  });

  it('checks a plain note the user switched on, and still after the note is closed and opened again', async () => {
    const note = await freshCopyOf('notes/interview-notes.txt');
    await open(note);
    await checkerHasCaughtUp();
    assert.deepEqual(ours(note), [], 'a note is not a draft');

    await open(note);
    const checked = await vscode.commands.executeCommand<boolean>(Commands.alwaysCheckThisDocument);
    assert.equal(checked, true, 'the palette command switches the active document on');
    const found = rules(note);
    assert.ok(found.includes('negative-tone'), `the note's problems are shown: ${found.join(', ')}`);

    await closeAll();
    assert.deepEqual(ours(note), [], 'closing the note clears its diagnostics');
    await open(note);
    await waitForDiagnostics(note, (d) => d.length > 0, 'the switched-on note to be checked again after reopening');
  });

  it('never checks a draft the user switched off, also after reopening it', async () => {
    const draft = await freshCopy('over-explains.md');
    await open(draft);
    await waitForDiagnostics(draft, (d) => d.length > 0, 'the draft to be checked');
    // The status bar item passes the document's URI.
    const checked = await vscode.commands.executeCommand<boolean>(Commands.stopCheckingThisDocument, draft);
    assert.equal(checked, false);
    assert.deepEqual(ours(draft), [], 'switching off clears the warnings at once');

    await closeAll();
    await open(draft);
    await checkerHasCaughtUp();
    assert.deepEqual(ours(draft), [], 'still off after reopening');

    // Switched on again from the status bar item: checked.
    assert.equal(await vscode.commands.executeCommand<boolean>(Commands.alwaysCheckThisDocument, draft), true);
    assert.ok(ours(draft).length > 0);
  });

  it('a click on the status bar item offers choices and switches nothing by itself; Escape or Enter keeps the state, "Stop checking" switches off', async () => {
    const draft = await freshCopy('over-explains.md');
    await open(draft);
    await waitForDiagnostics(draft, (d) => d.length > 0, 'the draft to be checked');
    const api = await testApi();
    const { command, tooltip } = api.statusShown();
    assert.equal(command, Commands.statusChoices, 'a click opens the choices');
    assert.match(tooltip, /Click for choices: stop checking this document, show the problems, open settings\./);
    const choose = (...keys: string[]) =>
      driveUntilSettled(vscode.commands.executeCommand<string | undefined>(Commands.statusChoices, draft), async () => {
        for (const key of keys) await vscode.commands.executeCommand(key);
      });
    assert.equal(await choose('workbench.action.closeQuickOpen'), undefined, 'Escape picks nothing');
    assert.ok(ours(draft).length > 0, 'still checked after Escape');
    // The current state is the highlighted item: Enter keeps it.
    assert.equal(await choose('workbench.action.acceptSelectedQuickOpenItem'), 'check');
    assert.ok(ours(draft).length > 0, 'still checked after Enter');
    assert.equal(await choose('workbench.action.quickOpenSelectNext', 'workbench.action.acceptSelectedQuickOpenItem'), 'stop');
    assert.deepEqual(ours(draft), [], 'switched off by the choice');
    assert.match(api.statusShown().text, /Not checked: check again\?/);
  });

  it('starts checking a new file once what is typed in it becomes a draft, after a pause', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'shopping: milk, eggs' });
    await vscode.window.showTextDocument(document, { preview: false });
    await checkerHasCaughtUp();
    assert.deepEqual(ours(document.uri), []);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), 'Hi Dana,\n\nI have decided not to go ahead with the interview for the Analyst role. Your recruiters were rude and the process was a mess.\n\nRegards,\nSam\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    assert.deepEqual(ours(document.uri), [], 'not read again on the keystroke itself');
    await waitForDiagnostics(document.uri, (d) => d.some((x) => (x.code as { value: string }).value === 'negative-tone'), 'the note turned draft to be checked');
  });
});

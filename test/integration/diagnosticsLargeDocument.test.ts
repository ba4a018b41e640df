import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/host/commandIds';
import type { CheckReport } from '../../src/features/tone';
import { activateExtension, closeAll, freshCopy, open, ours, waitForDiagnostics, workspaceUri } from './diagnosticsHelpers';

describe('A 10 MB document in the real VS Code host', () => {
  let large: vscode.Uri;

  before(async () => {
    await activateExtension();
    // Repeats a draft that would be flagged until the file holds 10 MB of text.
    const paragraph = 'I have decided not to go ahead because the commute is long. Your hiring process has been disorganized.\n';
    large = workspaceUri('drafts/tmp/huge.txt');
    await vscode.workspace.fs.writeFile(large, new TextEncoder().encode(paragraph.repeat(Math.ceil(10_000_000 / paragraph.length))));
  });
  after(closeAll);

  it('is skipped with a status bar note, and the extension keeps answering', async () => {
    const editor = await open(large);
    assert.ok(editor.document.getText().length >= 10_000_000);
    // A small draft opened afterwards still gets its diagnostics: the host was not blocked.
    const small = await freshCopy('over-explains.txt');
    await open(small);
    await waitForDiagnostics(small, (d) => d.length > 0, 'the small draft check');
    assert.deepEqual(ours(large), [], 'the large document got no diagnostics');

    const largeEditor = await vscode.window.showTextDocument(editor.document);
    const report = (await vscode.commands.executeCommand<CheckReport>(Commands.checkDocument)) as CheckReport;
    assert.equal(report.state, 'tooLarge');
    assert.match(report.status, /Too large to check/);

    // Typing in the large document checks nothing and the next command still answers.
    assert.ok(await largeEditor.edit((b) => b.insert(new vscode.Position(0, 0), 'Hello. ')));
    const again = (await vscode.commands.executeCommand<CheckReport>(Commands.checkDocument)) as CheckReport;
    assert.equal(again.state, 'tooLarge');
    assert.deepEqual(ours(large), []);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});

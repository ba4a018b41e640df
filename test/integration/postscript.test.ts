import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/host/commandIds';
import type { CheckReport } from '../../src/features/tone';
import { activateExtension, closeAll, freshCopy, open, ruleOf, textOf, waitForDiagnostics } from './diagnosticsHelpers';

/**
 * Issue 12, item 3: a "P.S." below the name with criticism and "!!" gave "0 issues". The fixture is
 * a polite decline, a signature block (name, title and company, phone, link) and then such a P.S.
 */
describe('Tone diagnostics on text after the signature, in the real VS Code host', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('reports the criticism in a P.S. below the signature, and nothing in the message or the signature block', async () => {
    const uri = await freshCopy('postscript.txt');
    const { document } = await open(uri);
    const psLine = document.getText().split(/\r?\n/).findIndex((line) => line.startsWith('P.S.'));
    assert.ok(psLine > 0, 'the fixture has a P.S. line');
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'negative-tone'), 'negative tone in the P.S.');
    assert.ok(diagnostics.length > 0);
    for (const d of diagnostics) {
      assert.equal(ruleOf(d), 'negative-tone', `${ruleOf(d)} at line ${d.range.start.line}`);
      assert.equal(d.range.start.line, psLine, `"${textOf(document, d)}" lies on the P.S. line`);
    }
    assert.match(diagnostics.map((d) => textOf(document, d)).join(' | '), /recruiter was rude/);
    const report = (await vscode.commands.executeCommand<CheckReport>(Commands.checkDocument)) as CheckReport;
    assert.equal(report.issues, diagnostics.length);
    assert.match(report.status, /· [1-9]\d* issues? ·/);
  });
});

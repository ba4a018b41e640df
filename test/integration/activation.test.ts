import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/host/commandIds';
import manifest from '../../package.json';

const extensionId = `${manifest.publisher}.${manifest.name}`;

describe('Activation in the real VS Code host', () => {
  before(() => console.log(`[host] VS Code ${vscode.version}, ${vscode.env.appName}`));

  it('runs inside VS Code 1.100', () => {
    assert.match(vscode.version, /^1\.100\./);
  });

  it('activates the extension', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `extension ${extensionId} is loaded`);
    await extension.activate();
    assert.equal(extension.isActive, true);
  });

  it('registers a handler for every contributed command, and contributes every registered one', async () => {
    // VS Code adds commands of its own for each contributed view (`<view id>.focus` and the like).
    const viewIds = Object.values(manifest.contributes.views).flat().map((v) => `${v.id}.`);
    const registered = new Set(
      (await vscode.commands.getCommands(true)).filter((c) => c.startsWith('gracefulDecline.') && !viewIds.some((v) => c.startsWith(v))),
    );
    const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
    assert.deepEqual([...contributed].filter((c) => !registered.has(c)), [], 'contributed but not registered');
    const internal = new Set<string>(Object.values(Commands));
    assert.deepEqual([...registered].filter((c) => !internal.has(c)), [], 'registered but unknown to Commands');
  });

  it('runs a command: Show Log reveals the output channel', async () => {
    await vscode.commands.executeCommand(Commands.showLog);
    // The log channel becomes the visible output; its document is listed among text documents.
    const shown = await waitFor(() => vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'output' && d.uri.path.includes('Graceful Decline')));
    assert.ok(shown, 'the Graceful Decline log is open');
  });
});

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

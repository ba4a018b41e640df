import * as vscode from 'vscode';
import manifest from '../../package.json';

/** No Node assert in the worker: a small check that names what went wrong. */
function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

const extensionId = `${manifest.publisher}.${manifest.name}`;

describe('Web worker extension host (vscode.dev-style)', () => {
  before(() => console.log(`[host] VS Code ${vscode.version}, uiKind ${vscode.env.uiKind === vscode.UIKind.Web ? 'Web' : 'Desktop'}`));

  it('runs in a web worker, with no Node process', () => {
    check(typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node !== 'string', 'expected no Node.js in the web worker');
    check(vscode.env.uiKind === vscode.UIKind.Web, 'expected the web UI kind');
  });

  it('activates the browser bundle', async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    check(extension, `extension ${extensionId} is loaded`);
    await extension.activate();
    check(extension.isActive, 'the extension is active');
    check(extension.extensionKind === vscode.ExtensionKind.Workspace || extension.extensionKind === vscode.ExtensionKind.UI, 'has an extension kind');
  });

  it('registers every contributed command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((c) => !registered.has(c));
    check(missing.length === 0, `contributed but not registered in the web host: ${missing.join(', ')}`);
  });
});

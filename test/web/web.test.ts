import * as vscode from 'vscode';
import manifest from '../../package.json';
import type { TestApi } from '../../src/host/testApi';

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
  });

  it('registers every contributed command', async () => {
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = manifest.contributes.commands.map((c) => c.command).filter((c) => !registered.has(c));
    check(missing.length === 0, `contributed but not registered in the web host: ${missing.join(', ')}`);
  });
});

/** Resolves when our diagnostics for `uri` satisfy `ready`; event-driven, with a deadline. */
function diagnosticsFor(uri: vscode.Uri, ready: (d: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  const ours = () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'Graceful Decline');
  return new Promise((resolve, reject) => {
    if (ready(ours())) return resolve(ours());
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`diagnostics never matched; last: ${ours().map((d) => String((d.code as { value: string }).value)).join(', ')}`));
    }, 20_000);
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (!event.uris.some((u) => u.toString() === uri.toString()) || !ready(ours())) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(ours());
    });
  });
}

const ruleOf = (d: vscode.Diagnostic) => String((d.code as { value: string }).value);

describe('Features in the web worker host', () => {
  it('checks the tone of an untitled draft', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'plaintext',
      content: 'Hi Dana,\n\nYour process was a total mess and I will not be coming to the interview.\n\nSam\n',
    });
    await vscode.window.showTextDocument(document);
    const found = await diagnosticsFor(document.uri, (d) => d.some((x) => ruleOf(x) === 'negative-tone') && d.some((x) => ruleOf(x) === 'missing-gratitude'));
    check(found.every((d) => d.range.end.line < document.lineCount), 'ranges lie inside the document');
  });

  it('opens a rule\'s documentation page (the hover\'s "More about" link) with no Node API', async () => {
    const page = await vscode.commands.executeCommand<vscode.Uri | undefined>('gracefulDecline.showRuleDocs', 'missing-gratitude');
    check(page?.scheme === 'graceful-decline-rule', `the page's URI: ${page?.toString()}`);
    const text = (await vscode.workspace.openTextDocument(page)).getText();
    check(text.startsWith('# missing-gratitude') && text.includes('*Why:*') && text.includes('graceful-decline-disable missing-gratitude'), `the page: ${text.slice(0, 120)}`);
  });

  it('renders a built-in template into a new draft (precompiled templates in the browser bundle)', async () => {
    const document = (await vscode.commands.executeCommand('gracefulDecline.newDraft', {
      situation: 'accepted-another-offer',
      fields: { recipientName: 'Dana', company: 'AT&T', role: 'Analyst', senderName: 'Sam' },
    })) as vscode.TextDocument | undefined;
    check(document, 'a draft was created');
    check(document.getText().includes('AT&T'), 'company appears exactly as typed');
    check(/^Subject: /.test(document.getText()), 'the draft starts with a Subject line');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('rewrites a draft politely: the diff opens, Apply replaces the text, one undo restores it', async () => {
    const draft = 'Hi Dana,\n\nYour process was a total mess, so I am withdrawing from the Analyst role at Contoso. Sorry, so sorry!!\n\nSam\n';
    // A named untitled document: VS Code may hand back a just-closed "Untitled-N" with its old text.
    const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: `rewrite-${Date.now()}.txt` }));
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), draft));
    check(document.getText() === draft, 'the draft was typed in');
    const opened = (await vscode.commands.executeCommand('gracefulDecline.rewritePolitely')) as { rewritten: string } | undefined;
    check(opened && opened.rewritten.includes('Contoso') && !opened.rewritten.includes('mess'), `a rewrite came back: ${JSON.stringify(opened)}`);
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    check(input instanceof vscode.TabInputTextDiff && input.original.toString() === document.uri.toString(), 'the diff opened with the draft on the left');
    check((await vscode.commands.executeCommand('gracefulDecline.applyRewrite')) === true, 'Apply succeeded');
    check(document.getText() === opened.rewritten, 'the draft holds the rewrite');
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    check(document.getText() === draft, `one undo restores the draft, got ${JSON.stringify(document.getText())}`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('decides through the same core logic', async () => {
    const recommendation = (await vscode.commands.executeCommand('gracefulDecline.shouldIDecline', { company: 'Acme', role: 'Analyst', otherOffer: 'yes' })) as
      | { ok: boolean; outcome?: string; situation?: string }
      | undefined;
    check(recommendation?.ok, `a recommendation came back: ${JSON.stringify(recommendation)}`);
    check(recommendation.outcome === 'decline', `a firm offer elsewhere means decline, got ${recommendation.outcome}`);
    check(recommendation.situation === 'accepted-another-offer', `drafts from the accepted-another-offer template, got ${recommendation.situation}`);
  });
});

describe('Decision log in the web worker host (storage through vscode.workspace.fs)', () => {
  it('logs a decision, lists it and exports it', async () => {
    const now = new Date();
    const entry = (await vscode.commands.executeCommand('gracefulDecline.logDecision', {
      company: 'Web Worker Ltd',
      role: 'Analyst',
      stage: 'first',
      invitationReceivedAt: new Date(now.getTime() - 3_600_000).toISOString(),
      outcome: 'decline',
      reasons: ['Accepted another offer'],
      channel: 'email',
      replyBy: new Date(now.getTime() + 40 * 3_600_000).toISOString(),
    })) as { id?: string } | undefined;
    check(entry?.id, 'the decision was stored');
    // The test API (activate() returns it under the tests) re-reads the file as Refresh does.
    const api = await vscode.extensions.getExtension<TestApi | undefined>(extensionId)?.activate();
    check(api, 'activate() returns the test API under the tests');
    const snapshot = await api.decisions.refresh();
    check(snapshot.rows.some((r) => r.label.includes('Web Worker Ltd')), 'the Decisions view lists it after re-reading the file');
    const exported = (await vscode.commands.executeCommand('gracefulDecline.exportDecisions', 'csv', 'untitled', { open: false })) as vscode.Uri | undefined;
    check(exported, 'an export was made');
    const text = (await vscode.workspace.openTextDocument(exported)).getText();
    check(text.includes('Web Worker Ltd'), 'the CSV holds the decision');
  });
});

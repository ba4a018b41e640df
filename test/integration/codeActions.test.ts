import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { analyze, ruleDocs } from '../../src/core/analysis';
import { Commands } from '../../src/host/commandIds';
import type { FixAllReport } from '../../src/features/tone/codeActions';
import { activateExtension, closeAll, freshCopy, open, ours, ruleOf, rules, setSetting, waitForDiagnostics, workspaceUri } from './diagnosticsHelpers';
import { testApi } from './testApi';

async function codeActionsAt(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}

async function firstCheck(fixture: string): Promise<{ uri: vscode.Uri; document: vscode.TextDocument; diagnostics: vscode.Diagnostic[] }> {
  const uri = await freshCopy(fixture);
  const { document } = await open(uri);
  const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'negative-tone'), 'the first check');
  return { uri, document, diagnostics };
}

describe('Tone quick fixes, hovers and fix-all in the real VS Code host', () => {
  before(activateExtension);
  afterEach(async () => {
    await closeAll();
    await setSetting('rules', undefined);
  });

  it('offers the preferred fix for a finding, and applying it removes that diagnostic only', async () => {
    const { uri, diagnostics } = await firstCheck('over-explains.txt');
    const gratitude = diagnostics.find((d) => ruleOf(d) === 'missing-gratitude')!;
    const actions = await codeActionsAt(uri, gratitude.range);
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1, `one preferred fix among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(preferred[0].kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.ok(preferred[0].edit, 'the preferred fix carries an edit');
    const others = rules(uri).filter((r) => r !== 'missing-gratitude');
    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit!));
    const after = await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'missing-gratitude') && d.length === others.length, 'missing-gratitude fixed');
    assert.deepEqual(after.map(ruleOf).sort(), others);
  });

  for (const [fixture, comment] of [
    ['over-explains.md', '<!-- graceful-decline-disable negative-tone -->'],
    ['over-explains.txt', 'graceful-decline-disable negative-tone'],
  ] as const) {
    it(`"Ignore in this document" silences the rule in ${fixture} only`, async () => {
      const other = await firstCheck(fixture);
      const { uri, document, diagnostics } = await firstCheck(fixture);
      const negative = diagnostics.find((d) => ruleOf(d) === 'negative-tone')!;
      const actions = await codeActionsAt(uri, negative.range);
      // Every fix comes before any action that silences a rule (Ctrl+. then Enter must fix, not silence).
      const silences = (a: vscode.CodeAction) => /^(Ignore|Disable) /.test(a.title);
      const firstSilencer = actions.findIndex(silences);
      const fixTitles = new Set(analyze(document.getText()).flatMap((f) => f.fixes.map((x) => x.title)));
      const lastFix = actions.map((a, i) => (fixTitles.has(a.title) ? i : -1)).reduce((a, b) => Math.max(a, b), -1);
      assert.ok(lastFix >= 0 && lastFix < firstSilencer, actions.map((a) => a.title).join(' | '));
      const ignore = actions.find((a) => a.title === 'Ignore negative-tone in this document');
      assert.ok(ignore?.edit, 'an ignore action with an edit');
      assert.ok(await vscode.workspace.applyEdit(ignore.edit));
      assert.equal(document.lineAt(0).text, comment);
      await waitForDiagnostics(uri, (d) => d.length > 0 && !d.some((x) => ruleOf(x) === 'negative-tone'), 'negative-tone ignored');
      assert.ok(rules(other.uri).includes('negative-tone'), 'the other document still has the rule');
    });
  }

  it('"Ignore in this document" keeps an email\'s headers first', async () => {
    const { uri, document, diagnostics } = await firstCheck('over-explains.eml');
    const negative = diagnostics.find((d) => ruleOf(d) === 'negative-tone')!;
    const ignore = (await codeActionsAt(uri, negative.range)).find((a) => a.title === 'Ignore negative-tone in this document');
    assert.ok(ignore?.edit);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.match(document.lineAt(0).text, /^From: /);
    const lines = document.getText().split(/\r?\n/);
    assert.equal(lines[lines.indexOf('') + 1], 'graceful-decline-disable negative-tone');
    await waitForDiagnostics(uri, (d) => d.length > 0 && !d.some((x) => ruleOf(x) === 'negative-tone'), 'negative-tone ignored');
  });

  it('"Ignore in this document" keeps Markdown front matter first', async () => {
    const draft = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('drafts/over-explains.txt')));
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: `---\nto: Dana\n---\n${draft}` });
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'negative-tone'), 'the first check');
    const negative = diagnostics.find((d) => ruleOf(d) === 'negative-tone')!;
    const ignore = (await codeActionsAt(document.uri, negative.range)).find((a) => a.title === 'Ignore negative-tone in this document');
    assert.ok(ignore?.edit);
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.deepEqual([0, 1, 2, 3].map((i) => document.lineAt(i).text), ['---', 'to: Dana', '---', '<!-- graceful-decline-disable negative-tone -->']);
    await waitForDiagnostics(document.uri, (d) => d.length > 0 && !d.some((x) => ruleOf(x) === 'negative-tone'), 'negative-tone ignored');
  });

  it('in an email, the preferred fix lands in the message, after the headers', async () => {
    const { uri, document, diagnostics } = await firstCheck('over-explains.eml');
    const gratitude = diagnostics.find((d) => ruleOf(d) === 'missing-gratitude')!;
    assert.ok(gratitude.range.start.line >= 5, 'the finding is not on a header line');
    const preferred = (await codeActionsAt(uri, gratitude.range)).find((a) => a.isPreferred);
    assert.ok(preferred?.edit);
    assert.ok(await vscode.workspace.applyEdit(preferred.edit));
    assert.deepEqual([0, 1, 2, 3].map((i) => document.lineAt(i).text.split(':')[0]), ['From', 'To', 'Subject', 'Date']);
    await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'missing-gratitude'), 'missing-gratitude fixed');
  });

  it('"Disable" writes the rules setting and the rule disappears', async () => {
    const { uri, diagnostics } = await firstCheck('over-explains.txt');
    const negative = diagnostics.find((d) => ruleOf(d) === 'negative-tone')!;
    const disable = (await codeActionsAt(uri, negative.range)).find((a) => a.command && a.title.startsWith('Disable negative-tone'));
    assert.ok(disable?.command);
    await vscode.commands.executeCommand(disable.command.command, ...(disable.command.arguments ?? []));
    assert.deepEqual(vscode.workspace.getConfiguration('gracefulDecline').inspect('rules')?.workspaceValue, { 'negative-tone': 'off' });
    await waitForDiagnostics(uri, (d) => d.length > 0 && !d.some((x) => ruleOf(x) === 'negative-tone'), 'negative-tone disabled');
  });

  it('the source action "Fix all tone issues" applies every preferred fix at once', async () => {
    const { uri, document } = await firstCheck('over-explains.txt');
    const whole = new vscode.Range(0, 0, document.lineCount, 0);
    const actions = await codeActionsAt(uri, whole, 'source.fixAll.gracefulDecline');
    const fixAll = actions.find((a) => a.kind?.value === 'source.fixAll.gracefulDecline');
    assert.ok(fixAll?.edit, `a fix-all action among ${actions.map((a) => a.title).join(' | ')}`);
    const before = ours(uri).length;
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit));
    await waitForDiagnostics(uri, (d) => d.length < before, 'fewer diagnostics after fix-all');
  });

  it('the command "Fix All Tone Issues" edits the active draft the same way', async () => {
    const { uri, document } = await firstCheck('over-explains.txt');
    const before = document.getText();
    const fixable = ours(uri).filter((d) => ruleOf(d) === 'missing-gratitude').length;
    assert.ok(fixable > 0, 'the draft has a finding with a fix');
    const report = await vscode.commands.executeCommand<FixAllReport>(Commands.fixAll);
    assert.equal(report.applied, true);
    assert.notEqual(document.getText(), before);
    await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'missing-gratitude'), 'missing-gratitude fixed by the command');
  });

  it('"Fix All Tone Issues" leaves well-formed text and says in one message what it could not fix', async () => {
    const content = 'Hi [Name],\n\nYour process has been a total mess. I have decided to withdraw my application.\n\nSorry again, and sorry for the late notice.\n\nBest,\nSam\n';
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'unfilled-placeholder') && d.some((x) => ruleOf(x) === 'negative-tone'), 'the first check');
    const report = await vscode.commands.executeCommand<FixAllReport>(Commands.fixAll);
    assert.equal(report.applied, true);
    assert.equal(
      document.getText(),
      'Hi [Name],\n\nThank you for your time and for considering me.\n\nI have decided to withdraw my application.\n\nSorry for the late notice.\n\nBest,\nSam\n',
    );
    // The placeholder has no automatic fix: it is reported, by its rule, and it is what the Problems view still shows.
    assert.deepEqual(report.remaining, ['unfilled-placeholder']);
    assert.match(report.message ?? '', /1 issue needs your own words: Unfilled placeholder\.$/);
    await waitForDiagnostics(document.uri, (d) => d.length === 1 && ruleOf(d[0]) === 'unfilled-placeholder', 'only the placeholder left');
  });

  it('"Fix All Tone Issues" says in the status bar, not in a notification, when everything was fixed, and when there was nothing to fix', async () => {
    const api = await testApi();
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Hi Dana,\n\nI have decided to withdraw my application!!!\n\nBest,\nSam\n' });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.some((x) => ruleOf(x) === 'missing-gratitude'), 'the first check');
    const report = await vscode.commands.executeCommand<FixAllReport>(Commands.fixAll);
    assert.deepEqual([report.applied, report.remaining, report.message], [true, [], undefined]);
    assert.equal(document.getText(), 'Hi Dana,\n\nThank you for your time and for considering me.\n\nI have decided to withdraw my application.\n\nBest,\nSam\n');
    assert.equal(report.status, '$(check) Fixed every tone issue. Undo brings your text back.');
    assert.equal(api.statusMessage(), report.status, 'shown in the status bar');
    // Again, on the now clean draft: nothing to fix, and it says so.
    await waitForDiagnostics(document.uri, (d) => d.length === 0, 'the fixed draft to be clean');
    const again = await vscode.commands.executeCommand<FixAllReport>(Commands.fixAll);
    assert.deepEqual([again.applied, again.message, again.status], [false, undefined, '$(check) No tone issues to fix.']);
    assert.equal(api.statusMessage(), again.status);
  });

  it('hovering a flagged word explains why and links to the rule\'s documentation inside VS Code, which the link opens as a Markdown preview', async () => {
    const { uri, diagnostics } = await firstCheck('over-explains.txt');
    const negative = diagnostics.find((d) => ruleOf(d) === 'negative-tone')!;
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, negative.range.start)) ?? [];
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))).join('\n');
    // Ordinary spaces, so the hover wraps between words (appendText's &nbsp; broke lines mid-word: "kee ps").
    assert.ok(!text.includes('&nbsp;'), `no non-breaking spaces in the hover: ${text.slice(0, 120)}`);
    const plain = text.replace(/\\(.)/g, '$1');
    assert.ok(plain.includes(ruleDocs['negative-tone'].why), `the hover gives the why: ${plain}`);
    assert.doesNotMatch(text, /https?:|README/, 'no link out of the editor');
    const links = [...text.matchAll(/\]\((command:[^ )]+)/g)].map((m) => m[1]);
    assert.ok(links.length > 0, `a command link: ${text}`);
    for (const link of links) assert.ok(link.startsWith(`command:${Commands.showRuleDocs}?`), `only the rule documentation command is linked: ${link}`);
    // Run what the link runs, with its arguments.
    const link = links.find((l) => decodeURIComponent(l).includes('"negative-tone"'));
    assert.ok(link, 'a link for negative-tone');
    const args = JSON.parse(decodeURIComponent(link.slice(link.indexOf('?') + 1))) as unknown[];
    const page = await vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.showRuleDocs, ...args);
    assert.ok(page, 'the page was opened');
    const deadline = Date.now() + 10_000;
    const previewTab = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && t.label.includes('negative-tone'));
    while (!previewTab() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.ok(previewTab(), `a Markdown preview of the page: ${vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => t.label).join(', ')}`);
    const doc = await vscode.workspace.openTextDocument(page);
    const d = ruleDocs['negative-tone'];
    for (const part of [d.summary, d.why, d.example, d.fix]) assert.ok(doc.getText().includes(part), `the page gives ${part.slice(0, 30)}`);
    assert.deepEqual(ours(page), [], 'the page itself is never checked');
  });
  it('a finding\'s code (the link in the Problems view) opens the rule\'s documentation once, rendered, and no raw page beside it', async () => {
    const { diagnostics } = await firstCheck('over-explains.txt');
    const negative = diagnostics.find((d) => ruleOf(d) === 'negative-tone')!;
    const { target } = negative.code as { value: string; target: vscode.Uri };
    // What the Problems view does with a code link: open it with commands allowed, i.e. run the command with its arguments.
    assert.equal(target.scheme, 'command', `a command link: ${target.toString()}`);
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    const before = tabs().length;
    await vscode.commands.executeCommand(target.path, ...(JSON.parse(target.query) as unknown[]));
    const deadline = Date.now() + 10_000;
    const preview = () => tabs().filter((t) => t.input instanceof vscode.TabInputWebview && t.label.includes('negative-tone'));
    while (preview().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    assert.equal(preview().length, 1, `one Markdown preview: ${tabs().map((t) => t.label).join(', ')}`);
    const raw = tabs().filter((t) => t.input instanceof vscode.TabInputText && t.input.uri.scheme === 'graceful-decline-rule');
    assert.deepEqual(raw.map((t) => t.label), [], 'no raw page tab');
    assert.equal(tabs().length, before + 1, 'one new tab');
  });
});

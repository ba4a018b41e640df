import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEFAULT_MAX_BODY_WORDS } from '../../src/core/analysis';
import { Commands } from '../../src/host/commandIds';
import type { CheckReport } from '../../src/features/tone';
import { activateExtension, closeAll, freshCopy, open, ours, replaceText, ruleOf, setSetting, textOf, waitForDiagnostics, workspaceUri } from './diagnosticsHelpers';

/**
 * The fixture drafts over-explain, criticise the company and never thank anyone: exactly these
 * findings, at these words, in document order. Where the missing thanks is anchored depends on
 * the format (the greeting in plain text and email, whose headers are not analysed; the first
 * line in Markdown, here a heading), so the Markdown fixture does not pin that range.
 */
const expected: { rule: string; text: RegExp }[] = [
  { rule: 'missing-gratitude', text: /^Hi Dana,$/ },
  { rule: 'over-explaining', text: /^The reason is that my current team has just offered me a promotion, [^]*reporting project\.$/ },
  { rule: 'over-explaining', text: /^Also the commute to your office would take over an hour each way, [^]*long-term goals\.$/ },
  { rule: 'over-explaining', text: /^To be honest, your hiring process [^]*rude to me on the phone\.$/ },
  { rule: 'negative-tone', text: /^disorganized$/ },
  { rule: 'negative-tone', text: /^the recruiter was rude$/ },
];
const expectedRules = expected.map((e) => e.rule).sort();
const byPosition = (a: vscode.Diagnostic, b: vscode.Diagnostic) => a.range.start.compareTo(b.range.start) || a.range.end.compareTo(b.range.end);

describe('Tone diagnostics in the real VS Code host', () => {
  before(activateExtension);
  afterEach(async () => {
    await closeAll();
    await setSetting('rules', undefined);
    await setSetting('maxBodyWords', undefined);
    await setSetting('debounceMs', undefined);
    await setSetting('languages', undefined);
    await setSetting('enable', undefined);
  });

  for (const fixture of ['over-explains.txt', 'over-explains.md', 'over-explains.eml']) {
    it(`flags exactly the expected rules at the expected ranges in ${fixture}`, async () => {
      const uri = await freshCopy(fixture);
      const editor = await open(uri);
      const diagnostics = (await waitForDiagnostics(uri, (d) => d.length > 0, 'the first check')).sort(byPosition);
      assert.deepEqual(diagnostics.map(ruleOf).sort(), expectedRules);
      expected.forEach(({ rule, text }, i) => {
        assert.equal(ruleOf(diagnostics[i]), rule, `finding ${i}`);
        if (rule !== 'missing-gratitude' || !fixture.endsWith('.md')) assert.match(textOf(editor.document, diagnostics[i]), text, `${rule} range`);
        assert.equal(diagnostics[i].source, 'Graceful Decline');
        const code = diagnostics[i].code as { value: string; target: vscode.Uri };
        // A command link, as the Problems view opens it (commands allowed): the rendered page only, no raw tab.
        assert.deepEqual([code.target.scheme, code.target.path, JSON.parse(code.target.query)], ['command', Commands.showRuleDocs, [rule]], 'the code opens the rule\'s page inside VS Code');
      });
      if (fixture.endsWith('.eml')) {
        assert.equal(editor.document.languageId, 'email');
        // An email is paragraphs on long lines: our language wraps them (a default the person can change).
        assert.equal(vscode.workspace.getConfiguration('editor', editor.document).get('wordWrap'), 'on');
      }
    });
  }

  it('reports nothing for a brief, grateful decline', async () => {
    const uri = await freshCopy('polite.txt');
    await open(uri);
    const report = (await vscode.commands.executeCommand<CheckReport>(Commands.checkDocument)) as CheckReport;
    assert.equal(report.state, 'checked');
    assert.equal(report.issues, 0);
    assert.deepEqual(ours(uri), []);
    assert.match(report.status, /0 issues/);
  });

  it('clears the warnings once the draft is fixed, and only after the pause shows a new one', async () => {
    await setSetting('debounceMs', 60_000);
    const uri = await freshCopy('over-explains.txt');
    const { document } = await open(uri);
    await waitForDiagnostics(uri, (d) => d.length === expected.length, 'the first check');
    const negatives = () => ours(uri).filter((x) => ruleOf(x) === 'negative-tone').length;
    const before = negatives();
    // A fixed problem disappears at once, long before the (one minute) pause is over.
    await replaceText(document, 'disorganized', 'busy');
    await waitForDiagnostics(uri, () => negatives() === before - 1, 'one negative-tone to disappear at once');
    // A new problem does not flash up mid-sentence; saving checks at once and shows it.
    await replaceText(document, 'Regards,', 'Your team is disorganized.\n\nRegards,');
    assert.equal(negatives(), before - 1, 'the new problem waits for the pause');
    await document.save();
    await waitForDiagnostics(uri, () => negatives() === before, 'the new negative-tone after save');
  });

  it('drops every diagnostic when the whole draft is rewritten politely', async () => {
    const uri = await freshCopy('over-explains.txt');
    const { document } = await open(uri);
    await waitForDiagnostics(uri, (d) => d.length === expected.length, 'the first check');
    const polite = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('drafts/polite.txt')));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(0, 0, document.lineCount, 0), polite);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no diagnostics after the fix');
  });

  it('follows the rule settings: severity changes, and an "off" rule disappears', async () => {
    const uri = await freshCopy('over-explains.txt');
    await open(uri);
    await waitForDiagnostics(uri, (d) => d.length === expected.length, 'the first check');
    await setSetting('rules', { 'negative-tone': 'error' });
    await waitForDiagnostics(uri, (d) => d.some((x) => ruleOf(x) === 'negative-tone' && x.severity === vscode.DiagnosticSeverity.Error), 'negative-tone as an error');
    await setSetting('rules', { 'negative-tone': 'off', 'over-explaining': 'hint' });
    const after = await waitForDiagnostics(uri, (d) => !d.some((x) => ruleOf(x) === 'negative-tone'), 'negative-tone switched off');
    assert.deepEqual(after.map(ruleOf).sort(), expectedRules.filter((r) => r !== 'negative-tone'));
    assert.equal(after.find((x) => ruleOf(x) === 'over-explaining')?.severity, vscode.DiagnosticSeverity.Hint);
  });

  it('keeps checking with defaults when a setting is malformed', async () => {
    await setSetting('maxBodyWords', 'lots');
    await setSetting('rules', { 'negative-tone': 'loud', 'no-such-rule': 'off' });
    const uri = await freshCopy('over-explains.txt');
    await open(uri);
    const diagnostics = await waitForDiagnostics(uri, (d) => d.length > 0, 'a check despite bad settings');
    assert.deepEqual(diagnostics.map(ruleOf).sort(), expectedRules);
  });

  it('removes the diagnostics when the document closes', async () => {
    const uri = await freshCopy('over-explains.txt');
    await open(uri);
    await waitForDiagnostics(uri, (d) => d.length > 0, 'the first check');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    await waitForDiagnostics(uri, (d) => d.length === 0, 'no diagnostics after close');
  });

  it('leaves languages that are not configured alone, but checks them on demand', async () => {
    const other = await freshCopy('not-configured.tex');
    const otherEditor = await open(other);
    assert.equal(otherEditor.document.languageId, 'latex');
    // A configured draft opened afterwards is checked; by then the LaTeX file's open was handled too.
    const draft = await freshCopy('over-explains.txt');
    await open(draft);
    await waitForDiagnostics(draft, (d) => d.length > 0, 'the draft check');
    assert.deepEqual(ours(other), []);
    await vscode.window.showTextDocument(otherEditor.document);
    const report = (await vscode.commands.executeCommand<CheckReport>(Commands.checkDocument)) as CheckReport;
    assert.equal(report.uri, other.toString());
    assert.ok(report.issues > 0);
    await waitForDiagnostics(other, (d) => d.length > 0, 'diagnostics on demand');
  });

  it('stops checking a language removed from the settings', async () => {
    const uri = await freshCopy('over-explains.md');
    await open(uri);
    await waitForDiagnostics(uri, (d) => d.length > 0, 'the first check');
    await setSetting('languages', ['plaintext']);
    await waitForDiagnostics(uri, (d) => d.length === 0, 'markdown no longer checked');
  });

  it('Toggle Checking turns checking off and on for the workspace', async () => {
    const uri = await freshCopy('over-explains.txt');
    await open(uri);
    await waitForDiagnostics(uri, (d) => d.length > 0, 'the first check');
    await vscode.commands.executeCommand(Commands.toggleChecking);
    await waitForDiagnostics(uri, (d) => d.length === 0, 'checking off');
    assert.equal(vscode.workspace.getConfiguration('gracefulDecline').inspect('enable')?.workspaceValue, false);
    await vscode.commands.executeCommand(Commands.toggleChecking);
    await waitForDiagnostics(uri, (d) => d.length > 0, 'checking on again');
    // Off and on again leaves the workspace settings as they were, not with "enable": true in them.
    assert.equal(vscode.workspace.getConfiguration('gracefulDecline').inspect('enable')?.workspaceValue, undefined);
  });

  it('checks untitled drafts', async () => {
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri('drafts/over-explains.txt')));
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: text });
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(document.uri, (d) => d.length > 0, 'the untitled draft check');
    assert.deepEqual(diagnostics.map(ruleOf).sort(), expectedRules);
  });

  it('checks drafts in a virtual file system (not file, not untitled)', async () => {
    const text = await vscode.workspace.fs.readFile(workspaceUri('drafts/over-explains.txt'));
    const provider = new ReadOnlyMemoryFs(new Map([['/drafts/decline.txt', text]]));
    const registration = vscode.workspace.registerFileSystemProvider('gd-memfs', provider, { isReadonly: true });
    try {
      const uri = vscode.Uri.from({ scheme: 'gd-memfs', path: '/drafts/decline.txt' });
      const editor = await open(uri);
      assert.equal(editor.document.languageId, 'plaintext');
      const diagnostics = await waitForDiagnostics(uri, (d) => d.length > 0, 'the virtual draft check');
      assert.deepEqual(diagnostics.map(ruleOf).sort(), expectedRules);
    } finally {
      await closeAll();
      registration.dispose();
    }
  });

  it('shows the draft figures in the status bar', async () => {
    const uri = await freshCopy('over-explains.txt');
    await open(uri);
    const report = (await vscode.commands.executeCommand<CheckReport>(Commands.checkDocument)) as CheckReport;
    assert.match(report.status, new RegExp(`^(?:\\$\\(bell\\) Reply to [^·]+ · )?\\$\\(warning\\) Checking this draft · ${expected.length} issues · \\d+/${DEFAULT_MAX_BODY_WORDS} words$`));
  });

  it('contributes the engine default as the maxBodyWords default', () => {
    assert.equal(vscode.workspace.getConfiguration('gracefulDecline').inspect('maxBodyWords')?.defaultValue, DEFAULT_MAX_BODY_WORDS);
  });
});

/** The smallest read-only file system that VS Code can open documents from. */
class ReadOnlyMemoryFs implements vscode.FileSystemProvider {
  private readonly changed = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.changed.event;
  constructor(private readonly files: Map<string, Uint8Array>) {}
  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }
  stat(uri: vscode.Uri): vscode.FileStat {
    const file = this.files.get(uri.path);
    if (file) return { type: vscode.FileType.File, ctime: 0, mtime: 0, size: file.byteLength };
    if ([...this.files.keys()].some((p) => p.startsWith(uri.path.endsWith('/') ? uri.path : `${uri.path}/`))) return { type: vscode.FileType.Directory, ctime: 0, mtime: 0, size: 0 };
    throw vscode.FileSystemError.FileNotFound(uri);
  }
  readDirectory(): [string, vscode.FileType][] {
    return [];
  }
  readFile(uri: vscode.Uri): Uint8Array {
    const file = this.files.get(uri.path);
    if (!file) throw vscode.FileSystemError.FileNotFound(uri);
    return file;
  }
  createDirectory(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  writeFile(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  delete(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
  rename(uri: vscode.Uri): void {
    throw vscode.FileSystemError.NoPermissions(uri);
  }
}

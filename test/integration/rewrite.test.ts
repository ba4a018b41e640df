// Rewrite Politely in the real VS Code host: the diff it opens, Apply in one undoable edit, closing
// or a changed draft leaving the draft alone, and the code action offered only on flawed drafts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/host/commandIds';
import { activateExtension, closeAll, freshCopy, open, ours, replaceText, waitForDiagnostics } from './diagnosticsHelpers';
import { testApi } from './testApi';

interface Opened {
  draft: string;
  rewritten: string;
  templateId: string;
  summary: { message: string; placeholders: string[]; kept: { fact: string; value: string; line: number }[] };
  decision?: { kind: string; from: string };
}

const rewriteScheme = 'graceful-decline-rewrite';
const rewritePolitely = (target?: vscode.Uri) => vscode.commands.executeCommand<Opened | undefined>(Commands.rewritePolitely, target);
const applyRewrite = (target?: vscode.Uri) => vscode.commands.executeCommand<boolean>(Commands.applyRewrite, target);

function rewriteTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.scheme === rewriteScheme);
}

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function codeActions(uri: vscode.Uri, range: vscode.Range, kind?: string): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, kind)) ?? [];
}
const isRewrite = (a: vscode.CodeAction) => a.command?.command === Commands.rewritePolitely;

/** The flawed draft over-explains.txt opened and rewritten: its document, its text before, and the diff's right side. */
async function rewriteDiffOfFlawedDraft(): Promise<{ document: vscode.TextDocument; original: string; right: vscode.Uri }> {
  const uri = await freshCopy('over-explains.txt');
  const { document } = await open(uri);
  const original = document.getText();
  await rewritePolitely(uri);
  await until(() => rewriteTabs().length === 1, 'the diff tab');
  return { document, original, right: (rewriteTabs()[0].input as vscode.TabInputTextDiff).modified };
}

/**
 * Answers the decision question Rewrite Politely asks, with the real quick pick: waits until the
 * command has asked (the test API names the open question), then presses the keys, as commands.
 * Returns the question's title and what the command returned.
 */
async function answer<T>(pending: Thenable<T>, keys: string[]): Promise<{ question: string; result: T }> {
  const api = await testApi();
  let settled = false;
  const result = Promise.resolve(pending).finally(() => (settled = true));
  await until(() => api.rewrite.question() !== undefined || settled, 'the decision question', 10_000);
  const question = api.rewrite.question();
  assert.ok(question, 'the command asked before it finished');
  // The quick pick is shown from the same host message queue; give the workbench a moment to render it.
  await new Promise((r) => setTimeout(r, 300));
  for (const key of keys) await vscode.commands.executeCommand(key);
  return { question, result: await result };
}
const next = 'workbench.action.quickOpenSelectNext';
const accept = 'workbench.action.acceptSelectedQuickOpenItem';
const escape = 'workbench.action.closeQuickOpen';

describe('Rewrite Politely in the real VS Code host', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('opens the diff: the draft on the left, the rewrite (clearly titled) on the right, the draft untouched', async () => {
    const uri = await freshCopy('over-explains.txt');
    const { document } = await open(uri);
    const original = document.getText();
    const opened = await rewritePolitely(uri);
    assert.ok(opened, 'the command returns what it opened');
    await until(() => rewriteTabs().length === 1, 'the diff tab');
    const tab = rewriteTabs()[0];
    const input = tab.input as vscode.TabInputTextDiff;
    assert.equal(input.original.toString(), uri.toString(), 'the draft is on the left');
    assert.match(tab.label, /Your draft ↔ Rewritten as “[^”]+”/, 'the title names the template');
    assert.equal(vscode.window.tabGroups.activeTabGroup.activeTab, tab, 'the diff is the active editor');
    const right = await vscode.workspace.openTextDocument(input.modified);
    assert.equal(right.getText(), opened.rewritten);
    for (const fact of ['Dana', 'Product Analyst', 'Sam']) assert.ok(right.getText().includes(fact), `keeps ${fact}`);
    for (const dropped of ['rude', 'disorganized', 'commute', 'salary', 'promotion']) assert.ok(!right.getText().includes(dropped), `drops "${dropped}"`);
    assert.equal(document.getText(), original, 'opening the diff changes nothing');
    assert.match(opened.summary.message, /Kept Dana \(recipient\), Sam \(your name\)/);
    // The draft says what was decided: no question was asked.
    assert.deepEqual(opened.decision, { kind: 'decline', from: 'draft' });
    assert.equal((await testApi()).rewrite.question(), undefined);
  });

  it('asks first when the draft says no decision: the chosen kind picks its template, and the summary says it was chosen', async () => {
    const uri = await freshCopy('undecided.txt');
    const { document } = await open(uri);
    const original = document.getText();
    // The items: decline, accepted another offer, reschedule, ...: two down is "Ask to reschedule".
    const { question, result } = await answer(rewritePolitely(uri), [next, next, accept]);
    assert.equal(question, "Your draft doesn't say what you decided. What do you want to tell them?");
    assert.ok(result, 'a rewrite after the choice');
    assert.equal(result.templateId, 'reschedule');
    assert.deepEqual(result.decision, { kind: 'reschedule', from: 'chosen' });
    assert.match(result.summary.message, /decision: asking to reschedule \(you chose it\)/);
    await until(() => rewriteTabs().length === 1, 'the diff tab');
    const right = await vscode.workspace.openTextDocument((rewriteTabs()[0].input as vscode.TabInputTextDiff).modified);
    assert.equal(right.getText(), result.rewritten);
    assert.match(right.getText(), /Could we move the interview\?/);
    assert.ok(!/withdraw/i.test(right.getText()), `no withdrawal the person did not choose: ${right.getText()}`);
    for (const fact of ['Dana', 'Product Analyst', 'Northwind Labs', 'Sam']) assert.ok(right.getText().includes(fact), `keeps ${fact}`);
    assert.equal(document.getText(), original);
    assert.equal(await applyRewrite(), true);
    assert.equal(document.getText(), result.rewritten);
  });

  it('Escape at the question changes nothing: no diff, the draft as it was', async () => {
    const uri = await freshCopy('undecided.txt');
    const { document } = await open(uri);
    const original = document.getText();
    const { result } = await answer(rewritePolitely(uri), [escape]);
    assert.equal(result, undefined);
    assert.equal(rewriteTabs().length, 0, 'no diff opened');
    assert.equal(document.getText(), original);
    assert.equal(document.isDirty, false);
    assert.equal((await testApi()).rewrite.question(), undefined, 'the question is gone');
  });

  it("Change Decision... asks again and replaces the diff with the chosen kind's rewrite; Escape keeps the open one", async () => {
    const uri = await freshCopy('over-explains.txt');
    const { document } = await open(uri);
    const original = document.getText();
    const first = await rewritePolitely(uri);
    assert.equal(first?.templateId, 'withdraw-application');
    await until(() => rewriteTabs().length === 1, 'the diff tab');
    const api = await testApi();
    const before = (rewriteTabs()[0].input as vscode.TabInputTextDiff).modified;
    const kept = await answer(api.rewrite.changeDecision(before), [escape]);
    assert.equal(kept.question, 'What do you want to tell them? The rewrite follows your choice.');
    assert.equal(kept.result, undefined);
    assert.equal(rewriteTabs().length, 1);
    assert.equal((rewriteTabs()[0].input as vscode.TabInputTextDiff).modified.toString(), before.toString(), 'Escape keeps the open rewrite');
    // Five down from "Decline the interview": "Say no for now and stay in touch".
    const changed = await answer(api.rewrite.changeDecision(before), [next, next, next, next, next, accept]);
    const opened = changed.result as Opened | undefined;
    assert.equal(opened?.templateId, 'linkedin-stay-in-touch');
    await until(() => rewriteTabs().length === 1 && (rewriteTabs()[0].input as vscode.TabInputTextDiff).modified.toString() !== before.toString(), 'one diff, the new rewrite');
    const right = await vscode.workspace.openTextDocument((rewriteTabs()[0].input as vscode.TabInputTextDiff).modified);
    assert.equal(right.getText(), opened?.rewritten);
    assert.equal(document.getText(), original, 'the draft is untouched until Apply');
  });

  it("the diff's title-bar commands: Change the Rewrite's Decision... asks (Escape keeps the diff), Discard Rewrite closes it and leaves the draft as it was", async () => {
    const { document, original, right } = await rewriteDiffOfFlawedDraft();
    const kept = await answer(vscode.commands.executeCommand('gracefulDecline.changeRewriteDecision', right), [escape]);
    assert.equal(kept.question, 'What do you want to tell them? The rewrite follows your choice.');
    assert.equal(rewriteTabs().length, 1, 'Escape keeps the diff');
    assert.equal(await vscode.commands.executeCommand('gracefulDecline.discardRewrite', right), true);
    await until(() => rewriteTabs().length === 0, 'the diff closed');
    assert.equal(document.getText(), original);
    assert.equal(document.isDirty, false);
    // A late Apply of the discarded rewrite changes nothing.
    assert.equal(await vscode.commands.executeCommand('gracefulDecline.applyRewrite', right), false);
    assert.equal(document.getText(), original);
  });

  it('Apply replaces the draft and closes the diff; one undo brings the original back', async () => {
    const uri = await freshCopy('over-explains.txt');
    const before = await open(uri);
    const { document } = before;
    const original = document.getText();
    // The cursor far along the longest line, with a selection: the editor scrolled sideways.
    const longest = [...Array(document.lineCount).keys()].reduce((a, b) => (document.lineAt(b).text.length > document.lineAt(a).text.length ? b : a), 0);
    const end = document.lineAt(longest).range.end;
    before.selection = new vscode.Selection(end.translate(0, -10), end);
    before.revealRange(before.selection);
    const opened = await rewritePolitely(uri);
    assert.ok(opened);
    await until(() => rewriteTabs().length === 1, 'the diff tab');
    assert.equal(await applyRewrite(), true, 'Apply from the active diff (as the title button does)');
    assert.equal(document.getText(), opened.rewritten);
    await until(() => rewriteTabs().length === 0, 'the diff to close');
    assert.equal(vscode.window.activeTextEditor?.document, document, 'the draft is shown again');
    const api = await testApi();
    assert.equal(api.statusMessage(), '$(check) Rewrite applied. Undo brings your draft back.');
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), original, 'one undo restores the draft exactly');
    await until(() => api.statusMessage() === undefined, 'the "Rewrite applied" message to go once the undo changed the draft', 3000);
    // No stale selection from before the rewrite: the cursor at the start, the draft shown from the top.
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document, document);
    await until(() => editor.selection.isEmpty && editor.selection.active.isEqual(new vscode.Position(0, 0)), `the cursor at the start after the undo (${JSON.stringify(editor.selection)})`, 3000);
    assert.equal(editor.visibleRanges[0]?.start.line, 0, 'shown from the first line');
    await vscode.commands.executeCommand('redo');
    assert.equal(document.getText(), opened.rewritten, 'and redo puts the rewrite back');
  });

  it('works on an untitled draft, Apply given the rewrite URI (as the title button passes it)', async () => {
    const draft = 'hi priya,\n\nI am SO sorry, really sorry, but I have to pass on the Platform Engineer interview at Contoso. Honestly your process was way too slow!!\n\nJordan';
    // A named untitled document: VS Code may hand back a just-closed "Untitled-N" with its old text.
    const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: `rewrite-${Date.now()}.txt` }));
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), draft));
    assert.equal(document.getText(), draft);
    const opened = await rewritePolitely();
    assert.ok(opened, 'the active editor is rewritten');
    await until(() => rewriteTabs().length === 1, 'the diff tab');
    const right = (rewriteTabs()[0].input as vscode.TabInputTextDiff).modified;
    assert.equal(await applyRewrite(right), true);
    assert.equal(document.getText(), opened.rewritten);
    assert.ok(opened.rewritten.includes('Contoso') && opened.rewritten.includes('Jordan'), opened.rewritten);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), draft);
  });

  it('closing the diff changes nothing, and a late Apply for it is refused', async () => {
    const { document, original, right } = await rewriteDiffOfFlawedDraft();
    await vscode.window.tabGroups.close(rewriteTabs());
    await until(() => rewriteTabs().length === 0, 'the diff to close');
    assert.equal(document.getText(), original);
    assert.equal(document.isDirty, false);
    assert.equal(await applyRewrite(right), false, 'the notification\'s Apply after closing does nothing');
    assert.equal(document.getText(), original);
  });

  it('does not overwrite a draft that changed after the rewrite was made', async () => {
    const { document, right } = await rewriteDiffOfFlawedDraft();
    await replaceText(document, 'Hi Dana,', 'Hi Dana and Lee,');
    const edited = document.getText();
    assert.equal(await applyRewrite(right), false);
    assert.equal(document.getText(), edited, 'the edited draft is kept as it is');
  });

  it('offers the code action on a draft with tone findings, and not on a clean one', async () => {
    const flawed = await freshCopy('over-explains.txt');
    await open(flawed);
    const diagnostics = await waitForDiagnostics(flawed, (d) => d.length > 0, 'findings on the flawed draft');
    const quickFixes = await codeActions(flawed, diagnostics[0].range);
    const offered = quickFixes.filter(isRewrite);
    assert.equal(offered.length, 1, `one Rewrite Politely among ${quickFixes.map((a) => a.title).join(' | ')}`);
    assert.equal(offered[0].kind?.value, vscode.CodeActionKind.QuickFix.value);
    assert.equal(String(offered[0].command?.arguments?.[0]), flawed.toString(), 'it rewrites this draft');
    const refactors = await codeActions(flawed, new vscode.Range(0, 0, 0, 0), vscode.CodeActionKind.RefactorRewrite.value);
    assert.equal(refactors.filter(isRewrite).length, 1, 'also in Refactor... anywhere in the flawed draft');

    const clean = await freshCopy('polite.txt');
    await open(clean);
    const report = await vscode.commands.executeCommand<{ state: string; issues: number }>(Commands.checkDocument, clean);
    assert.equal(report?.state, 'checked');
    assert.equal(ours(clean).length, 0, 'the polite draft has no findings');
    const whole = new vscode.Range(0, 0, 10, 0);
    assert.equal((await codeActions(clean, whole)).filter(isRewrite).length, 0, 'no quick fix on a clean draft');
    assert.equal((await codeActions(clean, whole, vscode.CodeActionKind.RefactorRewrite.value)).filter(isRewrite).length, 0, 'no refactoring on a clean draft');
  });

  it('says so, and opens nothing, for an empty document', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: '  \n' });
    await vscode.window.showTextDocument(document);
    assert.equal(await rewritePolitely(), undefined);
    assert.equal(rewriteTabs().length, 0);
  });
});

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/host/commandIds';
import { closeAll } from './diagnosticsHelpers';
import { expand, readSnippets } from '../unit/templates/snippetText';

const newDraft = (args?: unknown) => vscode.commands.executeCommand<vscode.TextDocument | undefined>(Commands.newDraft, args);
const untitledCount = () => vscode.workspace.textDocuments.filter((d) => d.isUntitled).length;
const encoder = new TextEncoder();

/** Runs `step` until `pending` settles (the quick input may not be showing yet on the first tries). */
async function driveUntilSettled<T>(pending: Thenable<T>, step: () => Thenable<unknown>, timeoutMs = 15_000): Promise<T> {
  let settled = false;
  const result = Promise.resolve(pending).finally(() => (settled = true));
  const deadline = Date.now() + timeoutMs;
  while (!settled && Date.now() < deadline) {
    await step();
    await Promise.race([result.then(() => undefined, () => undefined), new Promise((r) => setTimeout(r, 100))]);
  }
  assert.ok(settled, 'the command finished');
  return result;
}

describe('Decline drafts in the real VS Code host', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    // Revert and close: a draft closed while dirty lingers as Untitled-1 and can be handed back.
    await closeAll();
  });

  it('New Decline Draft with arguments opens the rendered message as an untitled plain-text document', async () => {
    const document = await newDraft({
      situation: 'withdraw-application',
      fields: { recipientName: "Ms O'Brien", company: 'AT&T', role: 'Data <Analyst>', senderName: 'Jordan Ellis' },
    });
    assert.ok(document, 'the command returns the document');
    assert.equal(document.isUntitled, true);
    assert.equal(document.languageId, 'plaintext');
    assert.equal(vscode.window.activeTextEditor?.document, document, 'the draft is in the active editor');
    const text = document.getText();
    assert.ok(text.startsWith('Subject: Withdrawing my application for the Data <Analyst> role\n\nDear Ms O\'Brien,\n'), text);
    assert.ok(text.includes('at AT&T.'), text);
    assert.ok(text.endsWith('Best regards,\nJordan Ellis\n'), text);
    assert.doesNotMatch(text, /\[[^\]]+\]/, 'no placeholders left');
  });

  it('leaves visible placeholders for empty fields and selects the first one', async () => {
    const document = await newDraft({ situation: 'last-minute-cancellation', fields: { company: 'Northwind', senderName: '' } });
    assert.ok(document);
    const text = document.getText();
    for (const placeholder of ['[Interview date and time]', "[Hiring manager's name]", '[Role title]']) assert.ok(text.includes(placeholder), placeholder);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.getText(editor.selection), '[Interview date and time]', 'the first placeholder is selected, ready to type over');
    assert.equal(editor.selection.start.line, 0);
  });

  it('a draft opened right after another was closed holds its own text (VS Code may reuse the closed one\'s name before the extension hears of the close)', async () => {
    for (let i = 0; i < 8; i++) {
      const company = `Reuse ${i}`;
      const document = await newDraft({ situation: i % 2 ? 'last-minute-cancellation' : 'withdraw-application', fields: { company } });
      assert.ok(document);
      assert.equal(document.isClosed, false, `draft ${i} is open`);
      assert.ok(document.getText().includes(company), `draft ${i} holds its own text:\n${document.getText()}`);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('gives a clear message, not a crash, for an unknown situation, and creates nothing', async () => {
    const before = untitledCount();
    assert.equal(await newDraft({ situation: 'no-such-situation' }), undefined);
    assert.equal(await newDraft({ situation: 42 }), undefined, 'a situation that is not text is refused, not guessed');
    assert.equal(untitledCount(), before);
    assert.equal(await newDraft({ situation: 'reschedule', fields: 'not an object' }) instanceof Object, true, 'bad fields are ignored, the draft still opens');
  });

  it('cancels cleanly when the situation picker is dismissed (Escape): nothing is created', async () => {
    const before = untitledCount();
    const result = await driveUntilSettled(newDraft(), () => vscode.commands.executeCommand('workbench.action.closeQuickOpen'));
    assert.equal(result, undefined);
    assert.equal(untitledCount(), before);
  });

  it('walks the picker and the optional inputs: accepting empty inputs keeps the placeholders', async () => {
    // A blank checklist: nothing to offer as defaults.
    await vscode.commands.executeCommand(Commands.shouldIDecline, {});
    const document = await driveUntilSettled(newDraft(), () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'));
    assert.ok(document, 'a draft was created from the first situation');
    const text = document.getText();
    assert.ok(text.startsWith('Subject: Withdrawing my application for the [Role title] role'), text);
    assert.ok(text.includes("Dear [Hiring manager's name],"), text);
  });

  it('starts the inputs from the checklist\'s answers, so accepting them fills the draft', async () => {
    await vscode.commands.executeCommand(Commands.shouldIDecline, { company: 'Fabrikam', role: 'Data Analyst', contactName: 'Ms Ito', senderName: 'Jo Park' });
    const document = await driveUntilSettled(newDraft(), () => vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem'));
    assert.ok(document);
    const text = document.getText();
    assert.ok(text.startsWith('Subject: Withdrawing my application for the Data Analyst role'), text);
    assert.ok(text.includes('Dear Ms Ito,') && text.includes('Fabrikam') && text.includes('Jo Park'), text);
    await vscode.commands.executeCommand(Commands.shouldIDecline, {});
  });

  it('Copy Draft Body returns and copies the body without the Subject line', async () => {
    const document = await newDraft({ situation: 'thank-you-for-acknowledgement', fields: { recipientName: 'Sam', company: 'Acme', role: 'QA', senderName: 'Jo' } });
    assert.ok(document);
    const body = await vscode.commands.executeCommand<string>(Commands.copyDraftBody);
    assert.ok(body?.startsWith('Hi Sam,\n'), body);
    assert.doesNotMatch(body, /Subject:/);
    assert.ok(body.endsWith('Best wishes,\nJo'));
    assert.equal(await vscode.env.clipboard.readText(), body);
  });

  it('adds custom templates from gracefulDecline.templatesFolder, skipping broken, binary and huge files', async () => {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    assert.ok(root, 'the test workspace is open');
    const folder = vscode.Uri.joinPath(root, 'my-templates');
    await vscode.workspace.fs.createDirectory(folder);
    const write = (name: string, content: string | Uint8Array) => vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), typeof content === 'string' ? encoder.encode(content) : content);
    await write('agency.hbs', '---\ntitle: Agency decline\nwhen: For agencies\nfields:\n  recipientName: Agent\n---\nSubject: Thanks\n\nHi {{recipientName}}, thank you. I will decline this one. {{senderName}}\n');
    await write('broken.hbs', '---\ntitle: Broken\n---\nSubject: x\n\n{{#each people}}\n');
    await write('binary.hbs', new Uint8Array([1, 2, 0, 3]));
    await write('huge.hbs', new Uint8Array(300 * 1024).fill(0x61));
    const config = vscode.workspace.getConfiguration('gracefulDecline');
    await config.update('templatesFolder', 'my-templates', vscode.ConfigurationTarget.Workspace);
    try {
      const document = await newDraft({ situation: 'custom:agency', fields: { senderName: 'Jo' } });
      assert.ok(document, 'the custom template works');
      assert.equal(document.getText(), 'Subject: Thanks\n\nHi [Agent], thank you. I will decline this one. Jo\n');
      assert.equal(await newDraft({ situation: 'custom:broken' }), undefined, 'the broken template is skipped');
      assert.equal(await newDraft({ situation: 'custom:binary' }), undefined, 'the binary file is skipped');
      assert.equal(await newDraft({ situation: 'custom:huge' }), undefined, 'the huge file is skipped');
      const builtin = await newDraft({ situation: 'reschedule' });
      assert.ok(builtin, 'built-in templates still work');
    } finally {
      await config.update('templatesFolder', undefined, vscode.ConfigurationTarget.Workspace);
      await vscode.workspace.fs.delete(folder, { recursive: true });
    }
  });
});

describe('Decline snippets in the real VS Code host', () => {
  afterEach(closeAll);

  for (const language of ['plaintext', 'markdown']) {
    it(`inserts every contributed snippet in ${language} as written, first choice selected`, async () => {
      const document = await vscode.workspace.openTextDocument({ language, content: '' });
      const editor = await vscode.window.showTextDocument(document);
      for (const [name, snippet] of Object.entries(readSnippets())) {
        await vscode.commands.executeCommand('leaveSnippet');
        await editor.edit((edit) => edit.delete(new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length))));
        // By name, through VS Code's own snippet service: proves the contribution loads and parses.
        await vscode.commands.executeCommand('editor.action.insertSnippet', { langId: language, name });
        assert.equal(document.getText(), expand(snippet.body, 0, false), `${language}: ${name}`);
      }
      await vscode.commands.executeCommand('leaveSnippet');
    });
  }
});

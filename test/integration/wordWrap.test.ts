import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/host/commandIds';
import { activateExtension, closeAll, open, waitForDiagnostics, workspaceUri } from './diagnosticsHelpers';

/**
 * A draft opens word-wrapped (its paragraphs are single long lines), without any setting written;
 * a document that is not a draft opens as the person's settings say (unwrapped by default).
 *
 * Wrapping is seen the way a person sees it: the last model line on screen. Wrapped, the long
 * paragraphs fill the editor and the last lines are below the fold; VS Code's own toggle (Alt+Z)
 * then unwraps them and more lines come into view. For a note, the toggle does the opposite.
 */
const sentence = 'Thank you again for the invitation to interview for the Product Analyst role at Northwind Labs, and for the time your team has already given me during this process. ';
const paragraph = sentence.repeat(6).trim();
const longDraft = `Hi Dana,\n\n${Array.from({ length: 6 }, () => paragraph).join('\n\n')}\n\nAfter some thought, I have decided to withdraw my application.\n\nBest regards,\nSam\n`;
const longNote = `Release notes\n\n${'The build must pass before anyone ships the release to the customers of the platform team, '.repeat(8)}\n\n\`\`\`sh\nnpm run build\n\`\`\`\n\n${'See the [guide](https://example.com/guide) for the rest of the release process and its checklist of steps. '.repeat(6)}\n\n${Array.from({ length: 30 }, (_, i) => `- step ${i + 1}`).join('\n')}\n`;

const lastVisibleLine = (editor: vscode.TextEditor) => Math.max(...editor.visibleRanges.map((r) => r.end.line));

/** The last visible line once it has stayed the same for a second (the view lays out after a command returns). */
async function settledLastLine(editor: vscode.TextEditor): Promise<number> {
  const deadline = Date.now() + 8000;
  let last = lastVisibleLine(editor);
  let since = Date.now();
  while (Date.now() < deadline && Date.now() - since < 1000) {
    await new Promise((r) => setTimeout(r, 100));
    const now = lastVisibleLine(editor);
    if (now !== last) {
      last = now;
      since = Date.now();
    }
  }
  return last;
}

async function writeFile(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(`notes/tmp/${Math.random().toString(36).slice(2, 8)}-${relative}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  return uri;
}

/** Turns wrapping the other way with VS Code's own toggle and says how many more lines came into view. */
async function toggleAndCompare(editor: vscode.TextEditor): Promise<{ before: number; after: number }> {
  // From the top, so scrolling plays no part.
  await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
  editor.selection = new vscode.Selection(0, 0, 0, 0);
  editor.revealRange(new vscode.Range(0, 0, 0, 0), vscode.TextEditorRevealType.AtTop);
  const before = await settledLastLine(editor);
  await vscode.commands.executeCommand('editor.action.toggleWordWrap');
  const after = await settledLastLine(editor);
  await vscode.commands.executeCommand('editor.action.toggleWordWrap');
  return { before, after };
}

describe('Drafts open word-wrapped (the real VS Code host)', () => {
  before(activateExtension);
  afterEach(closeAll);

  it('a plain-text draft the person opens is wrapped; the editor.wordWrap setting is not written', async () => {
    const draft = await writeFile('wrapped-draft.txt', longDraft);
    const editor = await open(draft);
    await waitForDiagnostics(draft, () => true, 'the draft to be read');
    const { before, after } = await toggleAndCompare(editor);
    assert.ok(before < editor.document.lineCount - 1, `wrapped, the end of the draft is below the fold (last visible line ${before} of ${editor.document.lineCount})`);
    assert.ok(after > before, `unwrapped with Alt+Z, more lines come into view (${before} -> ${after})`);
    const setting = vscode.workspace.getConfiguration('editor', editor.document).inspect('wordWrap');
    assert.deepEqual([setting?.globalValue, setting?.workspaceValue, setting?.globalLanguageValue, setting?.workspaceLanguageValue], [undefined, undefined, undefined, undefined]);
  });

  it('a New Decline Draft is wrapped', async () => {
    const document = await vscode.commands.executeCommand<vscode.TextDocument | undefined>(Commands.newDraft, { situation: 'withdraw-application', fields: { company: 'Northwind Labs' } });
    assert.ok(document);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document, document);
    await editor.edit((b) => b.replace(new vscode.Range(0, 0, document.lineCount, 0), longDraft));
    const { before, after } = await toggleAndCompare(editor);
    assert.ok(after > before, `unwrapped with Alt+Z, more lines come into view (${before} -> ${after})`);
  });

  it('a plain-text note that is not a draft keeps the default (unwrapped; Markdown wraps by its own language default)', async () => {
    const note = await writeFile('notes.txt', longNote);
    const editor = await open(note);
    const { before, after } = await toggleAndCompare(editor);
    assert.ok(after < before, `wrapped with Alt+Z, fewer lines are in view (${before} -> ${after}): it was unwrapped`);
  });
});

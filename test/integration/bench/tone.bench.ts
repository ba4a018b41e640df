// Host benchmark for tone checking (prints figures, asserts no timings): how long from the last
// edit until diagnostics arrive, for a 120-word draft and a 1 MB document, and the analysis time
// alone (check(): findings and metrics, as the editor runs it). Run with `npm run bench:host`.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { check } from '../../../src/core/analysis';
import { activateExtension, closeAll, ours, setSetting, waitForDiagnostics, workspaceUri } from '../diagnosticsHelpers';

const rounds = 10;
const draft = [
  'Hi Dana,',
  '',
  'I have decided not to go ahead with the interview for the Product Analyst role. The reason is that my current team has just offered me a promotion, because my manager wants me to lead the new reporting project. Also the commute to your office would take over an hour each way, and the salary range in the posting is lower than what I earn today, and I have two other processes running that look like a better fit for my long-term goals and my family.',
  '',
  'To be honest, your hiring process has been disorganized and the recruiter was rude to me on the phone when I asked about the team. I wanted you to know.',
  '',
  'Regards,',
  'Sam',
  '',
].join('\n');

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `median ${median.toFixed(1)} ms, min ${sorted[0].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms (${samples.length} runs)`;
}

function analysisTime(text: string): number[] {
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = performance.now();
    check(text, {});
    samples.push(performance.now() - started);
  }
  return samples;
}

/** Inserts a flagged word at `offset` (a new problem, shown after the debounce), then removes it (a fixed one, removed at once). */
async function editRounds(uri: vscode.Uri, offset: number): Promise<{ appear: number[]; disappear: number[] }> {
  const appear: number[] = [];
  const disappear: number[] = [];
  const insertion = 'Frankly, the office was disorganized. ';
  const base = () => ours(uri).filter((d) => d.range.start.line === 0 && String((d.code as { value: string }).value) === 'negative-tone').length;
  for (let i = 0; i < rounds; i++) {
    const document = await vscode.workspace.openTextDocument(uri);
    const at = document.positionAt(offset);
    const before = base();
    let edit = new vscode.WorkspaceEdit();
    edit.insert(uri, at, insertion);
    let started = performance.now();
    await vscode.workspace.applyEdit(edit);
    await waitForDiagnostics(uri, () => base() > before, 'the new problem', 60_000);
    appear.push(performance.now() - started);
    edit = new vscode.WorkspaceEdit();
    edit.delete(uri, new vscode.Range(at, document.positionAt(offset + insertion.length)));
    started = performance.now();
    await vscode.workspace.applyEdit(edit);
    await waitForDiagnostics(uri, () => base() === before, 'the fixed problem to go', 60_000);
    disappear.push(performance.now() - started);
  }
  return { appear, disappear };
}

describe('Tone checking benchmark in the real VS Code host', () => {
  before(activateExtension);
  after(async () => {
    await closeAll();
    await setSetting('include', undefined);
  });

  it('a 120-word draft', async () => {
    const words = draft.split(/\s+/).filter(Boolean).length;
    const uri = workspaceUri('drafts/tmp/bench-draft.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(draft));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await waitForDiagnostics(uri, (d) => d.length > 0, 'the first check');
    const debounce = vscode.workspace.getConfiguration('gracefulDecline').get<number>('debounceMs');
    const { appear, disappear } = await editRounds(uri, 0);
    console.log(`[bench] draft of ${words} words, ${draft.length} characters (debounce ${debounce} ms)`);
    console.log(`[bench]   analysis alone:                      ${stats(analysisTime(draft))}`);
    console.log(`[bench]   edit -> new problem shown (debounced): ${stats(appear)}`);
    console.log(`[bench]   edit -> fixed problem removed:         ${stats(disappear)}`);
    assert.equal(appear.length, rounds);
  });

  it('a 1 MB document', async () => {
    let text = '';
    while (text.length < 1_000_000) text += draft;
    const uri = workspaceUri('drafts/tmp/bench-1mb.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    // Far too long to be taken for a message: checked because its folder is included, as a person
    // with a folder of drafts would set it (the cheapest reason the gate has, so the figure is the check's).
    await setSetting('include', ['**/drafts/**']);
    const started = performance.now();
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    await waitForDiagnostics(uri, (d) => d.length > 0, 'the first check', 120_000);
    const open = performance.now() - started;
    const { appear, disappear } = await editRounds(uri, 0);
    console.log(`[bench] document of ${text.length} characters, ${ours(uri).length} diagnostics`);
    console.log(`[bench]   analysis alone:                      ${stats(analysisTime(text))}`);
    console.log(`[bench]   open -> diagnostics:                  ${open.toFixed(1)} ms`);
    console.log(`[bench]   edit -> new problem shown (debounced): ${stats(appear)}`);
    console.log(`[bench]   edit -> problem removed:               ${stats(disappear)}`);
    assert.equal(appear.length, rounds);
  });
});

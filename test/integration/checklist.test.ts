import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { emptyAnswers } from '../../src/core/checklist/questions';
import type { Advice, ChecklistAnswers, Recommendation } from '../../src/core/checklist/types';
import { Commands } from '../../src/host/commandIds';
import { testApi } from './testApi';

interface HookResult {
  resolved: boolean;
  accepted?: boolean;
  stats: { resolved: number; accepted: number; rejected: number; lastRejection: string; listeners: number };
}

/** What the view has seen, and (with `{ post }`) a message fed through its real handler as if the page had sent it. */
async function hook(request?: { post: unknown }): Promise<HookResult> {
  const api = await testApi();
  const accepted = request ? await api.checklist.post(request.post) : undefined;
  return { ...api.checklist.state(), accepted };
}

function inHours(h: number): string {
  return new Date(Date.now() + h * 3_600_000).toISOString();
}

async function waitFor<T>(check: () => Promise<T | undefined> | T | undefined, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('Should I Decline? in the real host', () => {
  before(async () => {
    await vscode.extensions.all.find((e) => e.id.endsWith('.graceful-decline'))?.activate();
  });

  it('resolves the sidebar webview view when its container is opened', async () => {
    await vscode.commands.executeCommand('workbench.view.extension.gracefulDecline');
    await vscode.commands.executeCommand('gracefulDecline.checklist.focus');
    const result = await waitFor(async () => ((await hook()).resolved ? hook() : undefined), 'the checklist view to resolve');
    assert.equal(result.resolved, true);
    assert.ok(result.stats.resolved >= 1);
    // The page's script posts "ready" on load: a real message through the real webview.
    await waitFor(async () => ((await hook()).stats.accepted > 0 ? true : undefined), 'the page to post ready');
  });

  it('holds one set of listeners however often the view is closed and opened again', async () => {
    await vscode.commands.executeCommand('gracefulDecline.checklist.focus');
    await waitFor(async () => ((await hook()).resolved ? true : undefined), 'the checklist view to resolve');
    assert.equal((await hook()).stats.listeners, 2);
    for (let round = 0; round < 3; round++) {
      const before = (await hook()).stats.resolved;
      // "Hide" from the view's own menu disposes the view; focusing it resolves a new one.
      await vscode.commands.executeCommand('gracefulDecline.checklist.removeView');
      const closed = await waitFor(async () => {
        const r = await hook();
        return r.resolved ? undefined : r;
      }, 'the view to be disposed');
      assert.equal(closed.stats.listeners, 0, 'the disposed view lets go of its listeners');
      await vscode.commands.executeCommand('gracefulDecline.checklist.focus');
      const again = await waitFor(async () => {
        const r = await hook();
        return r.resolved && r.stats.resolved > before ? r : undefined;
      }, 'the view to resolve again');
      assert.equal(again.stats.listeners, 2, `round ${round}: the new view has exactly its own two listeners`);
    }
  });

  it('returns the recommendation for answers given as the palette command argument', async () => {
    const answers: Partial<ChecklistAnswers> = { company: 'Acme', role: 'Analyst', recruiterInvolved: true, otherOffer: 'yes', invitationReceivedAt: inHours(-2), interviewAt: inHours(24 * 7) };
    const r = await vscode.commands.executeCommand<Recommendation>(Commands.shouldIDecline, answers);
    assert.ok(r && r.ok, JSON.stringify(r));
    const advice = r as Advice;
    assert.equal(advice.outcome, 'decline');
    assert.equal(advice.channel, 'recruiter-first');
    assert.equal(advice.situation, 'decline-via-recruiter');
    assert.deepEqual(advice.fields, { company: 'Acme', role: 'Analyst', interviewDate: advice.fields.interviewDate, interviewStage: 'first interview' });
    assert.ok(advice.replyBy);
    assert.ok(Math.abs(Date.parse(advice.replyBy) - (Date.now() + 46 * 3_600_000)) < 120_000, `reply-by ${advice.replyBy} is 48 h after the invitation`);
  });

  it('Log This Decision from the palette logs the checklist on screen instead of asking to fill it in', async () => {
    const company = `Palette log ${Date.now()}`;
    const answers: Partial<ChecklistAnswers> = { company, role: 'Analyst', otherOffer: 'yes', invitationReceivedAt: inHours(-2), interviewAt: inHours(24 * 7) };
    assert.ok(await vscode.commands.executeCommand(Commands.shouldIDecline, answers));
    const entry = await vscode.commands.executeCommand<{ company: string; role: string; outcome: string; replyBy?: string } | undefined>(Commands.logDecision);
    assert.ok(entry, 'logged from the answers the checklist holds');
    assert.equal(entry.company, company);
    assert.equal(entry.role, 'Analyst');
    assert.equal(entry.outcome, 'decline');
    assert.ok(entry.replyBy, 'with its reply-by time');
  });

  it('gives a clear error, not an exception, for an interview that has passed', async () => {
    const r = await vscode.commands.executeCommand<Recommendation>(Commands.shouldIDecline, { interviewAt: inHours(-1) });
    assert.equal(r?.ok, false);
    assert.equal(!r.ok && r.error, 'interview-passed');
  });

  it('ignores a malformed palette argument', async () => {
    assert.equal(await vscode.commands.executeCommand(Commands.shouldIDecline, { company: 42 }), undefined);
    assert.equal(await vscode.commands.executeCommand(Commands.shouldIDecline, { company: 'x', evil: true }), undefined);
    assert.equal(await vscode.commands.executeCommand(Commands.shouldIDecline, 'answers'), undefined);
  });

  it('ignores and logs hostile messages posted to the view, and keeps working', async () => {
    const valid = { ...emptyAnswers(), company: 'Acme' };
    const hostile: unknown[] = [
      null,
      'ready',
      { type: 'exec', command: 'workbench.action.terminal.new' },
      { type: 'ready', extra: 1 },
      { type: 'draft' },
      { type: 'draft', answers: { ...valid, company: 7 } },
      { type: 'log', answers: { ...valid, role: 'x'.repeat(5000) } },
      { type: 'changed', answers: { ...valid, stage: 'ceo' } },
      { type: 'changed', answers: { ...valid, injected: '<img src=x onerror=alert(1)>' } },
      { type: 'log', answers: (({ company: _c, ...rest }) => rest)(valid) },
      // Every message type: missing, extra, wrongly typed fields and oversized strings.
      ...(['changed', 'draft', 'log'] as const).flatMap((type) => [
        { type },
        { type, answers: valid, extra: true },
        { type, answers: 'not an object' },
        { type, answers: (({ stage: _s, ...rest }) => rest)(valid) },
        { type, answers: { ...valid, more: 1 } },
        { type, answers: { ...valid, recruiterInvolved: 'yes' } },
        { type, answers: { ...valid, interviewAt: 12 } },
        { type, answers: { ...valid, contactName: 'n'.repeat(201) } },
        { type, answers: { ...valid, interviewAt: '2'.repeat(41) } },
      ]),
    ];
    const before = (await hook()).stats;
    for (const message of hostile) {
      const result = await hook({ post: message });
      assert.equal(result.accepted, false, JSON.stringify(message).slice(0, 80));
    }
    const after = await hook({ post: { type: 'changed', answers: valid } });
    assert.equal(after.accepted, true, 'a well-formed message is still accepted');
    assert.equal(after.stats.rejected - before.rejected, hostile.length);
    assert.match(after.stats.lastRejection, /"unknown field|missing|longer than|not one of|must be/);
    // ...and each one is in the Graceful Decline log.
    await vscode.commands.executeCommand(Commands.showLog);
    const logText = await waitFor(() => {
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.scheme === 'output' && d.uri.path.includes('Graceful Decline'));
      const text = doc?.getText() ?? '';
      return (text.match(/checklist view: ignored a malformed message/g) ?? []).length >= hostile.length ? text : undefined;
    }, 'the rejections in the log');
    assert.match(logText, /ignored a malformed message \(unknown message type "exec"\)/);
  });

  it('opens the recommended draft, prefilled, when the view asks to draft', async () => {
    const answers: ChecklistAnswers = { ...emptyAnswers(), company: 'Northwind Traders', role: 'Platform Engineer', contactName: 'Priya', redFlags: 'yes' };
    const opened = new Promise<vscode.TextDocument>((resolve) => {
      const sub = vscode.workspace.onDidOpenTextDocument((doc) => {
        if (doc.getText().includes('Northwind Traders')) {
          sub.dispose();
          resolve(doc);
        }
      });
    });
    const result = await hook({ post: { type: 'draft', answers } });
    assert.equal(result.accepted, true);
    const doc = await opened;
    assert.match(doc.getText(), /Priya/);
    assert.match(doc.getText(), /Platform Engineer/);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});

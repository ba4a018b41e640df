import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import ICAL from 'ical.js';
import { stageLabels } from '../../src/core/checklist/questions';
import { describeInstant, formatInstant, parseInstant } from '../../src/core/checklist/time';
import type { DecisionEntry, DecisionInput } from '../../src/core/decisionLog/types';
import { Commands, ShowView } from '../../src/host/commandIds';
import type { DecisionsSnapshot } from '../../src/host/testApi';
import { testApi } from './testApi';

const run = `${Date.now()}`;

function input(company: string, overrides: Partial<DecisionInput> = {}): DecisionInput {
  const day = 86_400_000;
  return {
    company: `${company} ${run}`,
    role: 'Platform Engineer',
    stage: 'second',
    contactName: 'Sam',
    invitationReceivedAt: new Date(Date.now() - day).toISOString(),
    interviewAt: new Date(Date.now() + 7 * day).toISOString(),
    outcome: 'decline',
    reasons: ['Accepted another offer', 'The commute is too long'],
    channel: 'email',
    replyBy: new Date(Date.now() + 2 * day).toISOString(),
    ...overrides,
  };
}

const log = (value: unknown) => vscode.commands.executeCommand<DecisionEntry | undefined>(Commands.logDecision, value);
/** Re-reads the log as Refresh does and returns the view as shown. */
const snapshot = async () => (await testApi()).decisions.refresh();
const decoder = new TextDecoder();

/** Polls Refresh until the condition holds (the reminder runs after the store's change event). */
async function waitForSnapshot(condition: (s: DecisionsSnapshot) => boolean, timeoutMs = 5000): Promise<DecisionsSnapshot> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const state = await snapshot();
    if (condition(state) || Date.now() > deadline) return state;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('Decision log in the real VS Code host', () => {
  const workspace = () => {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the test workspace is open');
    return folder.uri;
  };

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('logs a decision through the command and lists it in the Decisions tree', async () => {
    const entry = await log(input('Acme'));
    assert.ok(entry, 'the stored entry is returned');
    assert.equal(entry.company, `Acme ${run}`);
    assert.ok(entry.id && entry.loggedAt);
    const row = (await snapshot()).rows.find((r) => r.id === entry.id);
    assert.ok(row, 'the tree lists the new decision');
    assert.equal(row.label, `Acme ${run}`);
    assert.equal(row.contextValue, 'decision.pending');
    assert.equal(row.icon, 'bell');
    assert.match(row.description, /Platform Engineer · Decline · reply in 47h/);
    assert.ok(row.details.includes('Reason: Accepted another offer'));
    assert.ok(row.details.some((d) => d.startsWith('Channel: Email')));
    assert.ok(row.details.includes(`Stage: ${stageLabels.second}`), 'the checklist\'s own stage label');
    // The row's hover wraps between words: ordinary spaces, not appendText's &nbsp;.
    assert.ok(!row.tooltip.includes('&nbsp;') && row.tooltip.includes(`Acme ${run}`), row.tooltip);
  });

  it('logging the same decision again (a corrected reply-by) updates its row instead of adding a second one', async () => {
    const first = await log(input('Corrected'));
    assert.ok(first);
    const replyBy = new Date(Date.now() + 3 * 3_600_000).toISOString();
    const again = await log(input('Corrected', { replyBy }));
    assert.ok(again, 'the corrected entry is returned');
    assert.equal(again.id, first.id);
    assert.ok(again.updatedAt, 'stamped as updated');
    const rows = (await snapshot()).rows.filter((r) => r.label === `Corrected ${run}`);
    assert.equal(rows.length, 1, 'one row for the decision');
    assert.match(rows[0].description, /reply in [23]h/);
    assert.ok(rows[0].details.some((d) => d.startsWith('Updated: ')), rows[0].details.join(' | '));
  });

  it('shows a reply-by time in the offset it was given, exactly as the checklist does', async () => {
    const replyBy = formatInstant(Date.now() + 30 * 3_600_000, 9 * 60);
    const entry = await log(input('Tokyo', { replyBy }));
    assert.ok(entry);
    const row = (await snapshot()).rows.find((r) => r.id === entry.id);
    const instant = parseInstant(replyBy);
    assert.ok(row && instant);
    assert.ok(row.details.includes(`Reply by: ${describeInstant(instant.ms, 9 * 60)}`), row.details.join(' | '));
    assert.ok(row.details.some((d) => d.startsWith('Reply by: ') && d.endsWith('(UTC+09:00)')));
  });

  it('rejects bad input and stores nothing', async () => {
    const before = (await snapshot()).rows.length;
    assert.equal(await log({ ...input('Broken'), stage: 'fifth', company: '' }), undefined);
    assert.equal(await log('just a string'), undefined);
    assert.equal((await snapshot()).rows.length, before);
  });

  it('lists pending decisions nearest reply-by first, answered ones after', async () => {
    const later = await log(input('Later', { replyBy: new Date(Date.now() + 9 * 86_400_000).toISOString() }));
    const sooner = await log(input('Sooner', { replyBy: new Date(Date.now() + 3 * 3_600_000).toISOString() }));
    assert.ok(later && sooner);
    const ids = (await snapshot()).rows.map((r) => r.id);
    assert.ok(ids.indexOf(sooner.id) < ids.indexOf(later.id));
    const soonRow = (await snapshot()).rows.find((r) => r.id === sooner.id);
    assert.equal(soonRow?.icon, 'bell-dot', 'under 4 hours is marked urgent');
  });

  it('marks a decision answered, from an id or from a tree row', async () => {
    const a = await log(input('Answer by id'));
    const b = await log(input('Answer by row'));
    assert.ok(a && b);
    const answered = await vscode.commands.executeCommand<DecisionEntry>(Commands.markAnswered, a.id);
    assert.ok(answered?.answeredAt, 'answeredAt is set');
    await vscode.commands.executeCommand(Commands.markAnswered, { kind: 'decision', entry: b });
    const rows = (await snapshot()).rows;
    for (const id of [a.id, b.id]) {
      const row = rows.find((r) => r.id === id);
      assert.equal(row?.contextValue, 'decision.answered');
      assert.equal(row?.icon, 'pass');
      assert.match(row?.description ?? '', /answered/);
    }
  });

  it('deletes a decision when the call confirms it', async () => {
    const entry = await log(input('Delete me'));
    assert.ok(entry);
    assert.equal(await vscode.commands.executeCommand(Commands.deleteDecision, entry.id, { confirmed: true }), true);
    assert.equal((await snapshot()).rows.some((r) => r.id === entry.id), false);
    assert.equal(await vscode.commands.executeCommand(Commands.deleteDecision, entry.id, { confirmed: true }), false, 'a second delete finds nothing');
  });

  it('exports to Markdown and CSV files with the logged decisions', async () => {
    const entry = await log(input('Export, "Quoted" & Co', { reasons: ['=1+1 looks like a formula'] }));
    assert.ok(entry);
    const md = vscode.Uri.joinPath(workspace(), `decisions-${run}.md`);
    const written = await vscode.commands.executeCommand<vscode.Uri>(Commands.exportDecisions, 'markdown', md, { open: false });
    assert.equal(written?.toString(), md.toString());
    const markdown = decoder.decode(await vscode.workspace.fs.readFile(md));
    assert.match(markdown, /^<!-- graceful-decline-disable -->\n# Interview decisions/);
    assert.ok(markdown.includes(`## Export, "Quoted" \\& Co ${run} — Platform Engineer`));
    assert.ok(markdown.includes('| Company | Role | Stage | Outcome | Channel | Reply by | Answered |'));

    const csvUri = vscode.Uri.joinPath(workspace(), `decisions-${run}.csv`);
    await vscode.commands.executeCommand(Commands.exportDecisions, 'csv', csvUri, { open: false });
    const csv = decoder.decode(await vscode.workspace.fs.readFile(csvUri));
    const lines = csv.split('\r\n');
    assert.match(lines[0], /^Company,Role,Stage,Contact,Outcome,Channel,/);
    const row = lines.find((l) => l.includes(entry.id));
    assert.ok(row, 'the decision has a CSV row');
    assert.ok(row.startsWith(`"Export, ""Quoted"" & Co ${run}",Platform Engineer,Second interview,Sam,Decline,Email,`));
    assert.ok(row.includes(`,'=1+1 looks like a formula,`), 'a formula-like cell is defused');
  });

  it('exports to an untitled document', async () => {
    const uri = await vscode.commands.executeCommand<vscode.Uri>(Commands.exportDecisions, 'csv', 'untitled', { open: false });
    assert.equal(uri?.scheme, 'untitled');
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri?.toString());
    assert.match(document?.getText() ?? '', /^Company,Role,/);
  });

  it('asks which format when it is given none it knows (as from the view\'s Export button), and uses the answer', async () => {
    assert.ok(await log(input('Format')));
    for (const given of [{ some: 'tree argument' }, 'pdf']) {
      const exporting = Promise.resolve(vscode.commands.executeCommand<vscode.Uri | undefined>(Commands.exportDecisions, given, 'untitled', { open: false }));
      let settled = false;
      void exporting.finally(() => (settled = true));
      // Only a format quick pick is open to accept: its first choice is Markdown.
      for (let i = 0; i < 100 && !settled; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      }
      const uri = await exporting;
      assert.equal(uri?.scheme, 'untitled', `a format was asked for and the export made (given ${JSON.stringify(given)})`);
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri?.toString());
      assert.match(document?.getText() ?? '', /# Interview decisions/, 'Markdown, the first choice');
    }
  });

  it('keeps a damaged log file aside, reports it, keeps the good entries and saves new ones', async () => {
    const good = await log(input('Survivor'));
    assert.ok(good);
    const file = await vscode.commands.executeCommand<vscode.Uri>(Commands.openDecisionLog);
    assert.ok(file && file.path.endsWith('/decisions.json'));
    // Cut the file in the middle of a second entry, as a crash or a bad edit might.
    const whole = JSON.stringify({ version: 1, decisions: [good, { ...good, id: 'second', company: 'Cut off' }] }, null, 2);
    const damaged = whole.slice(0, whole.indexOf('"Cut off"'));
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(damaged));

    // Refresh reads the file exactly as activation does.
    const { rows, problem } = await snapshot();
    assert.ok(problem, 'the damage is reported');
    assert.match(problem.message, /damaged \(the file is cut off or not valid JSON\): kept 1 decision, 1 could not be recovered/);
    assert.doesNotMatch(problem.message, /\n\s+at /);
    assert.ok(problem.backup, 'a backup is named');
    assert.ok(problem.backup.startsWith('decisions.corrupt-'));
    const backup = vscode.Uri.joinPath(file, '..', problem.backup);
    assert.equal(decoder.decode(await vscode.workspace.fs.readFile(backup)), damaged, 'the original bytes are kept');
    assert.deepEqual(rows.map((r) => r.id), [good.id]);

    const after = await log(input('After the damage'));
    assert.ok(after, 'new decisions are still saved');
    const saved = JSON.parse(decoder.decode(await vscode.workspace.fs.readFile(file))) as { version: number; decisions: DecisionEntry[] };
    assert.equal(saved.version, 1);
    assert.deepEqual(saved.decisions.map((d) => d.id), [good.id, after.id]);
  });

  it('counts down to the nearest reply-by in the status bar and notifies once per decision', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // Other suites may have logged decisions too: answer them so this one is the nearest.
    for (const row of (await snapshot()).rows.filter((r) => r.contextValue === 'decision.pending')) await vscode.commands.executeCommand(Commands.markAnswered, row.id);
    assert.doesNotMatch((await snapshot()).statusBar.text, /Reply to/, 'nothing to count down');
    const soon = await log(input('Reminder', { replyBy: new Date(Date.now() + 30 * 60_000).toISOString() }));
    assert.ok(soon);
    let state = await waitForSnapshot((s) => s.notified.includes(soon.id));
    assert.match(state.statusBar.text, new RegExp(`^\\$\\(bell\\) Reply to Reminder ${run} in 2\\dm$`));
    assert.equal(state.statusBar.visible, true);

    const late = await log(input('Late', { replyBy: new Date(Date.now() - 61 * 60_000).toISOString() }));
    assert.ok(late);
    state = await waitForSnapshot((s) => s.notified.includes(late.id));
    assert.match(state.statusBar.text, new RegExp(`^\\$\\(warning\\) Reply to Late ${run}: overdue 1h 1m$`));
    assert.equal(state.rows.find((r) => r.id === late.id)?.icon, 'warning');

    await vscode.commands.executeCommand(Commands.markAnswered, late.id);
    await vscode.commands.executeCommand(Commands.markAnswered, soon.id);
    state = await snapshot();
    assert.doesNotMatch(state.statusBar.text, /Reply to (Late|Reminder) /, 'answered decisions no longer count down');
    assert.ok(state.notified.includes(soon.id) && state.notified.includes(late.id), 'the notified list is kept, so nothing repeats');
  });

  it('keeps the reply-by countdown in the one status bar item while a draft is being written', async () => {
    for (const row of (await snapshot()).rows.filter((r) => r.contextValue === 'decision.pending')) await vscode.commands.executeCommand(Commands.markAnswered, row.id);
    const due = await log(input('Writing', { replyBy: new Date(Date.now() + 5 * 3_600_000 + 30 * 60_000).toISOString() }));
    assert.ok(due);
    const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Hi Sam,\n\nThank you for the invitation. I have decided to withdraw.\n\nBest,\nAlex' });
    await vscode.window.showTextDocument(document);
    const state = await waitForSnapshot((s) => /words/.test(s.statusBar.text));
    // Both in one item: the deadline first, then the draft's figures.
    // It names the decision it counts down to: the draft on screen may answer another one.
    assert.match(state.statusBar.text, /^\$\(bell\) Reply to Writing [^·]* in 5h (29|30)m · \$\((check|warning)\) Checking this draft · \d+ issues? · \d+\/\d+ words$/);
    // A click is the draft's (its choices, nothing switched at once); the Decisions view is a link in
    // the tooltip, and the links of both parts work in the joined tooltip.
    assert.equal(state.statusBar.command, Commands.statusChoices);
    assert.doesNotMatch(state.statusBar.tooltip, /Click to show the Decisions view/);
    assert.ok(!state.statusBar.tooltip.includes('&nbsp;'), 'tooltip lines wrap between words');
    assert.match(state.statusBar.label, /^Graceful Decline: Reply to Writing [^·]* in 5h (29|30)m · Checking this draft · \d+ issues? · \d+\/\d+ words$/);
    assert.ok(state.statusBar.tooltip.includes(`(command:${ShowView.decisions})`), state.statusBar.tooltip);
    for (const id of [ShowView.decisions, ShowView.container]) assert.ok(state.statusBar.trustedCommands.includes(id), `${id} in ${state.statusBar.trustedCommands.join(', ')}`);
    await vscode.commands.executeCommand(Commands.markAnswered, due.id);
    const after = await waitForSnapshot((s) => !/Reply/.test(s.statusBar.text));
    assert.match(after.statusBar.text, /^\$\((check|warning)\) Checking this draft · \d+ issues? · \d+\/\d+ words$/, 'answered: the draft alone');
  });

  it('Add Reply-by to Calendar writes an .ics event a real iCalendar parser reads: the deadline, the company and role, an alarm', async () => {
    const replyBy = new Date(Date.now() + 30 * 3_600_000);
    replyBy.setUTCSeconds(0, 0);
    const entry = await log(input('Calendar', { replyBy: replyBy.toISOString() }));
    assert.ok(entry);
    const target = vscode.Uri.joinPath(workspace(), `reply-by-${run}.ics`);
    const written = await vscode.commands.executeCommand<vscode.Uri>(Commands.addToCalendar, entry.id, target);
    assert.equal(written?.toString(), target.toString());
    const event = new ICAL.Event(new ICAL.Component(ICAL.parse(decoder.decode(await vscode.workspace.fs.readFile(target)))).getFirstSubcomponent('vevent') ?? undefined);
    assert.equal(event.summary, `Reply by: Calendar ${run}, Platform Engineer`);
    assert.equal(event.endDate.toJSDate().getTime(), replyBy.getTime(), 'the event ends at the reply-by time');
    assert.equal(event.component.getAllSubcomponents('valarm').length, 1, 'one alarm');
    // From a tree row (what the context menu passes) and for a decision not logged yet (the checklist).
    const row = { kind: 'decision', entry };
    assert.ok(await vscode.commands.executeCommand(Commands.addToCalendar, row, vscode.Uri.joinPath(workspace(), `row-${run}.ics`)));
    const unlogged: Partial<DecisionEntry> = { ...entry };
    delete unlogged.id;
    delete unlogged.loggedAt;
    const fromChecklist = vscode.Uri.joinPath(workspace(), `unlogged-${run}.ics`);
    assert.ok(await vscode.commands.executeCommand(Commands.addToCalendar, unlogged, fromChecklist));
    assert.match(decoder.decode(await vscode.workspace.fs.readFile(fromChecklist)), /SUMMARY:Reply by: Calendar/);
    // No reply-by: nothing written.
    const undated = await log(input('Undated', { replyBy: undefined }));
    assert.ok(undated);
    assert.equal(await vscode.commands.executeCommand(Commands.addToCalendar, undated.id, vscode.Uri.joinPath(workspace(), `undated-${run}.ics`)), undefined);
  });

  it('treats a file that is not JSON the same way, without losing it', async () => {
    const file = await vscode.commands.executeCommand<vscode.Uri>(Commands.openDecisionLog);
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode('not json at all'));
    const entry = await log(input('First after garbage'));
    assert.ok(entry, 'logging still works: the damaged file is moved aside first');
    const folder = vscode.Uri.joinPath(file, '..');
    const backups = (await vscode.workspace.fs.readDirectory(folder)).map(([name]) => name).filter((n) => n.startsWith('decisions.corrupt-'));
    const contents = await Promise.all(backups.map(async (n) => decoder.decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, n)))));
    assert.ok(contents.includes('not json at all'), 'a backup holds the garbage');
    assert.deepEqual((await snapshot()).rows.map((r) => r.id), [entry.id]);
  });
});

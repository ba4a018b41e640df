// The decision log in VS Code: the "Decisions" tree view and the commands that log, answer, delete
// and export decisions. The log itself (validation, atomic writes, recovery) lives in
// src/core/decisionLog; this folder adapts it: a FileSystem over vscode.workspace.fs (web-safe) in
// the extension's global storage, the tree, the reminders and user-facing messages.
import * as vscode from 'vscode';
import { describeDuration } from '../../core/checklist/time';
import { decide } from '../../core/checklist/decide';
import { toDecisionInput } from '../../core/checklist/toDecision';
import type { ChecklistAnswers } from '../../core/checklist/types';
import { exportDecisions as exportText, labels, type ExportFormat } from '../../core/decisionLog/export';
import { viewSummary } from '../../core/decisionLog/present';
import { describeTimeLeft, pendingReminders } from '../../core/decisionLog/reminders';
import type { Checked } from '../../core/checklist/validate';
import { CALENDAR_ALARM_BEFORE_MS, replyByEvent } from '../../core/decisionLog/calendar';
import { validateDecisionInput } from '../../core/decisionLog/validate';
import { isPlainObject } from '../../core/plainObject';
import { DecisionLogStore, DecisionNotFoundError, DecisionValidationError, LOG_FILE, LogUnavailableError, type LogProblem } from '../../core/decisionLog/store';
import type { DecisionEntry, DecisionInput } from '../../core/decisionLog/types';
import { Commands, DecisionLogCommands, ShowView, Views } from '../../host/commandIds';
import { registerCommands, type CommandTable } from '../../host/commands';
import type { Services } from '../../host/services';
import { askWhereToSave, askWhereToSaveEvent, idOf, pickDecision, pickFormat } from './pickers';
import { registerReminders } from './reminders';
import { openUntitled } from '../../host/untitled';
import { decisionsTestApi } from './testApi';
import { DecisionTreeProvider } from './tree';
import { WorkspaceFileSystem } from './workspaceFileSystem';

export function registerDecisionLog(context: vscode.ExtensionContext, services: Services): vscode.Disposable[] {
  const { log } = services;
  const folder = context.globalStorageUri;
  const files = new WorkspaceFileSystem(folder);
  const store = new DecisionLogStore(files);
  const tree = new DecisionTreeProvider(store);
  const view = vscode.window.createTreeView(Views.decisions, { treeDataProvider: tree, showCollapseAll: true });
  const uriOf = (name: string) => vscode.Uri.joinPath(folder, name);

  let blocked = false;
  const updateView = () => {
    view.message = blocked ? 'The decision log file cannot be read, so new decisions cannot be saved. See the Graceful Decline log.' : undefined;
    const summary = viewSummary(store.current, new Date());
    view.description = summary.description;
    view.badge = summary.badge;
    tree.refresh();
  };
  const onChange = store.onDidChange(() => {
    blocked = false;
    updateView();
  });

  // A damaged log is worth interrupting for: say what happened and where the original is.
  const onProblem = store.onProblem((problem) => {
    log.warn(`decision log: ${problem.message} Details: ${problem.details.join(' | ')}`);
    // Without a backup the file is still in place and blocks saving: say so in the view too.
    if (!problem.backup) {
      blocked = true;
      updateView();
    }
    const showLog = services.titles.of(Commands.showLog);
    const actions = problem.backup ? ['Open Backup', showLog] : [showLog];
    void vscode.window.showWarningMessage(`Graceful Decline: ${problem.message}`, ...actions).then((choice) => {
      if (choice === 'Open Backup' && problem.backup) void vscode.window.showTextDocument(uriOf(problem.backup));
      if (choice === showLog) log.show(true);
    });
  });
  // The countdown in the descriptions moves with the clock.
  const reminders = registerReminders(context, services, store);
  // One timer for everything that moves with the clock: the view's countdowns and the reminders.
  const ticker = setInterval(() => {
    if (view.visible && pendingReminders(store.current, new Date()).length) updateView();
    reminders.tick();
  }, 60_000);

  const ready = load();
  async function load(): Promise<LogProblem | undefined> {
    try {
      await vscode.workspace.fs.createDirectory(folder);
      return (await store.load()).problem;
    } catch (error) {
      // Already reported through onProblem when the log is unavailable; anything else goes to the log.
      if (!(error instanceof LogUnavailableError)) log.error('decision log: could not load', error instanceof Error ? error.message : String(error));
      return undefined;
    }
  }

  /** `quiet`: the caller (the checklist view) shows the failure in its own status line, so no notification here. */
  const logDecision = async (input?: unknown, options?: { quiet?: boolean }): Promise<DecisionEntry | undefined> => {
    await ready;
    // From the palette or the walkthrough: the checklist's answers, when they say enough to log.
    const fromChecklist = input === undefined;
    if (fromChecklist) {
      const prepared = fromAnswers(services.checklist.answers);
      if (!prepared.ok) {
        const choice = await vscode.window.showInformationMessage(`Graceful Decline: ${prepared.reason}`, 'Open Checklist');
        if (choice) await vscode.commands.executeCommand(ShowView.checklist);
        return undefined;
      }
      input = prepared.value;
    }
    try {
      const { entry, replaced } = await store.log(input);
      log.info(`decision ${replaced ? 'updated' : 'logged'}: ${entry.id}`);
      // A new reply-by time deserves its own reminder.
      if (replaced && replaced.replyBy !== entry.replyBy) await reminders.forget(entry.id);
      if (fromChecklist) {
        const due = entry.replyBy ? ` Reply ${describeTimeLeft(Date.parse(entry.replyBy) - Date.now())}.` : '';
        void vscode.window.showInformationMessage(`Graceful Decline: ${loggedMessage(entry)}${due}`);
      }
      // Not awaited: the checklist's "logged" reply must not wait for the tree's first render, which is slow on a cold start.
      if (view.visible) void Promise.resolve(view.reveal(tree.nodeFor(entry), { select: true, focus: false })).catch(() => undefined);
      return entry;
    } catch (error) {
      if (error instanceof DecisionValidationError || error instanceof LogUnavailableError) {
        log.warn(`decision not logged: ${error.message}`);
        if (options?.quiet !== true) void vscode.window.showWarningMessage(`Graceful Decline: ${error.message}`);
        return undefined;
      }
      throw error;
    }
  };

  const markAnswered = async (target?: unknown): Promise<DecisionEntry | undefined> => {
    await ready;
    const id = idOf(target) ?? (await pickDecision(store.current.filter((e) => !e.answeredAt), 'Mark which decision as answered?', store.current.length ? 'every logged decision is already marked answered.' : undefined));
    if (!id) return undefined;
    return ifFound(() => store.markAnswered(id));
  };

  const deleteDecision = async (target?: unknown, options?: { confirmed?: boolean }): Promise<boolean> => {
    await ready;
    const id = idOf(target) ?? (await pickDecision(store.current, 'Delete which decision?'));
    const entry = store.current.find((e) => e.id === id);
    if (!id || !entry) {
      if (id) void vscode.window.showInformationMessage('Graceful Decline: that decision is no longer in the log.');
      return false;
    }
    if (options?.confirmed !== true) {
      const what = entry.role ? `${entry.company} (${entry.role})` : entry.company;
      const choice = await vscode.window.showWarningMessage(`Delete the logged decision about ${what}?`, { modal: true, detail: 'This cannot be undone. Export the log first if you want a copy.' }, 'Delete');
      if (choice !== 'Delete') return false;
    }
    return (await ifFound(() => store.remove(id))) !== undefined;
  };

  /**
   * `format` is "markdown" or "csv" when a caller (a keybinding, a test) names one; anything else
   * (the view's title button passes what VS Code gives it, not a format) asks which.
   */
  const exportDecisions = async (format?: unknown, target?: unknown, options?: { open?: boolean }): Promise<vscode.Uri | undefined> => {
    await ready;
    if (format !== undefined && format !== 'markdown' && format !== 'csv') {
      if (typeof format === 'string') log.warn(`export: no format called "${format.slice(0, 40)}"; asking which`);
      format = undefined;
    }
    if (!store.current.length) {
      void vscode.window.showInformationMessage('Graceful Decline: there are no logged decisions to export yet.');
      return undefined;
    }
    const chosen = (format as ExportFormat | undefined) ?? (await pickFormat());
    if (!chosen) return undefined;
    const content = exportText(store.current, chosen);
    if (target === 'untitled') {
      const document = await openUntitled(content, chosen === 'csv' ? 'plaintext' : 'markdown');
      if (options?.open !== false) await vscode.window.showTextDocument(document);
      return document.uri;
    }
    const uri = target instanceof vscode.Uri ? target : await askWhereToSave(chosen, services.titles.of(Commands.exportDecisions));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
    log.info(`exported ${store.current.length} decisions as ${chosen} to ${uri.toString()}`);
    if (options?.open !== false) await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  };

  /**
   * "Add Reply-by to Calendar": an .ics event for a logged decision (a tree row, an id, or picked
   * from those awaiting a reply), or for a decision not logged yet (the checklist passes what it
   * would log). Saved where the person chooses; `target` (a Uri) skips the dialog, for tests;
   * `quiet`: the caller (the checklist view) confirms in its own status line.
   */
  const addToCalendar = async (subject?: unknown, target?: unknown, options?: { quiet?: boolean }): Promise<vscode.Uri | undefined> => {
    await ready;
    let event: ReturnType<typeof replyByEvent>;
    const unlogged = isPlainObject(subject) && !('entry' in subject) && !('id' in subject) ? validateDecisionInput(subject) : undefined;
    if (unlogged) {
      if (!unlogged.ok) {
        log.warn(`calendar: not a decision (${unlogged.problems.join('; ')})`);
        void vscode.window.showWarningMessage('Graceful Decline: this decision cannot go in a calendar. See the Graceful Decline log for the reason.');
        return undefined;
      }
      event = replyByEvent({ ...unlogged.value, id: `unlogged-${Date.now().toString(36)}` }, new Date());
    } else {
      const withDeadline = store.current.filter((e) => !e.answeredAt && e.replyBy);
      const why = store.current.length ? 'no decision awaiting a reply has a reply-by time.' : undefined;
      const id = idOf(subject) ?? (await pickDecision(withDeadline, 'Add the reply-by time of which decision to your calendar?', why));
      if (!id) return undefined;
      const entry = store.current.find((e) => e.id === id);
      if (!entry) {
        void vscode.window.showInformationMessage('Graceful Decline: that decision is no longer in the log.');
        return undefined;
      }
      event = replyByEvent(entry, new Date());
    }
    if (!event.ok) {
      void vscode.window.showInformationMessage(`Graceful Decline: ${event.message}`);
      return undefined;
    }
    const uri = target instanceof vscode.Uri ? target : await askWhereToSaveEvent(event.fileName, services.titles.of(Commands.addToCalendar));
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(event.ics));
    log.info(`calendar event written to ${uri.toString()}`);
    if (!(target instanceof vscode.Uri) && options?.quiet !== true) {
      void vscode.window.showInformationMessage(`Graceful Decline: saved ${uri.path.split('/').pop() ?? event.fileName}. Open it with your calendar app to add the reply-by time, with an alarm ${describeDuration(CALENDAR_ALARM_BEFORE_MS)} before it.`);
    }
    return uri;
  };

  const openDecisionLog = async (): Promise<vscode.Uri> => {
    await ready;
    const uri = uriOf(LOG_FILE);
    if (!(await files.stat(LOG_FILE))) {
      void vscode.window.showInformationMessage('Graceful Decline: no decisions have been logged yet.');
      return uri;
    }
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  };

  /** Re-reads the log file as activation does; returns the problem found, if any. */
  const reload = async (): Promise<LogProblem | undefined> => {
    await ready;
    let problem: LogProblem | undefined;
    try {
      problem = (await store.load()).problem;
      blocked = false;
    } catch (error) {
      if (!(error instanceof LogUnavailableError)) throw error;
    }
    updateView();
    return problem;
  };
  const refreshDecisions = async (): Promise<void> => {
    await reload();
  };
  if (services.testApi) services.testApi.decisions = decisionsTestApi(reload, tree, services.statusBar, context.globalState);

  async function ifFound<T>(operation: () => Promise<T>): Promise<T | undefined> {
    try {
      return await operation();
    } catch (error) {
      if (error instanceof DecisionNotFoundError || error instanceof LogUnavailableError) {
        void vscode.window.showInformationMessage(`Graceful Decline: ${error.message}`);
        return undefined;
      }
      throw error;
    }
  }

  const commands: CommandTable<typeof DecisionLogCommands> = { logDecision, markAnswered, deleteDecision, exportDecisions, openDecisionLog, refreshDecisions, addToCalendar };
  return [
    onProblem,
    onChange,
    view,
    tree,
    { dispose: () => clearInterval(ticker) },
    ...registerCommands(services, DecisionLogCommands, commands),
    ...reminders.disposables,
  ];
}

/** What logging did, in words: "logged "Decline" for Analyst at Acme." or "updated the entry for Analyst at Acme ("Decline")." */
function loggedMessage(entry: DecisionEntry): string {
  const what = entry.role ? `${entry.role} at ${entry.company}` : entry.company;
  const outcome = labels.outcome[entry.outcome];
  return entry.updatedAt ? `updated the entry for ${what} ("${outcome}").` : `logged "${outcome}" for ${what}.`;
}

/** What Log This Decision records from the checklist's answers, or what the person should fill in first. */
function fromAnswers(answers: ChecklistAnswers | undefined): Checked<DecisionInput> {
  if (!answers) return { ok: false, reason: 'fill in the "Should I Decline?" checklist first (company, role and when the invitation arrived), then log the decision.' };
  const recommendation = decide(answers, new Date());
  if (!recommendation.ok) return { ok: false, reason: `the checklist's dates need checking first: ${recommendation.message}` };
  const input = toDecisionInput(answers, recommendation);
  // "To log this decision, add the role." -> "... add the role in the "Should I Decline?" checklist."
  return input.ok ? input : { ok: false, reason: `${input.reason.replace(/^To/, 'to').replace(/\.$/, '')} in the "Should I Decline?" checklist.` };
}

// The "Decisions" tree view and the commands that log, answer, delete and export decisions.
// The log itself (validation, atomic writes, recovery) lives in src/core/decisionLog; this file
// only adapts it to VS Code: a FileSystem over vscode.workspace.fs (web-safe) in the
// extension's global storage, the tree, and user-facing messages.
import * as vscode from 'vscode';
import { EXPORT_EXTENSIONS, exportDecisions, labels, type ExportFormat } from '../core/decisionLog/export';
import { describeDuration, describeInstant, parseInstant } from '../core/checklist/time';
import { REMINDER_URGENT_MS, describeTimeLeft, pendingReminders } from '../core/decisionLog/reminders';
import { DecisionLogStore, DecisionNotFoundError, DecisionValidationError, LOG_FILE, LogUnavailableError, type FileSystem, type LogProblem } from '../core/decisionLog/store';
import type { DecisionEntry } from '../core/decisionLog/types';
import { Commands, Views } from './commandIds';
import { guarded, type Log } from './log';
import { REMINDER_STATE, registerReminders } from './reminders';
import type { StatusBar } from './statusBar';

export const DECISIONS_VIEW = Views.decisions;
/** The focus command VS Code generates for every contributed view. */
export const FOCUS_DECISIONS = `${DECISIONS_VIEW}.focus`;
const FOCUS_CHECKLIST = `${Views.checklist}.focus`;

/** A row of the tree: a decision, or one detail line under it. */
export type DecisionNode = { kind: 'decision'; entry: DecisionEntry } | { kind: 'detail'; entry: DecisionEntry; key: string; label: string; value: string; icon: string };

/** What Refresh returns: the rows now shown and the reminder state, for automation and the integration tests. */
export interface DecisionsSnapshot {
  rows: { id: string; label: string; description: string; contextValue: string; icon: string; details: string[] }[];
  problem?: LogProblem;
  /** What the one status bar item shows now. */
  statusBar: { text: string; visible: boolean };
  /** Ids of decisions whose one reminder notification has been shown. */
  notified: string[];
}

export function registerDecisionLog(context: vscode.ExtensionContext, services: { log: Log; statusBar: StatusBar }): vscode.Disposable[] {
  const { log } = services;
  const folder = context.globalStorageUri;
  const files = new WorkspaceFileSystem(folder);
  const store = new DecisionLogStore(files);
  const tree = new DecisionTreeProvider(store);
  const view = vscode.window.createTreeView(DECISIONS_VIEW, { treeDataProvider: tree, showCollapseAll: true });
  const uriOf = (name: string) => vscode.Uri.joinPath(folder, name);

  let blocked = false;
  const updateView = () => {
    view.message = blocked ? 'The decision log file cannot be read, so new decisions cannot be saved. See the Graceful Decline log.' : undefined;
    const pending = pendingReminders(store.current, new Date());
    const urgent = pending.filter((r) => r.urgent).length;
    view.description = pending.length ? `${pending.length} awaiting a reply` : undefined;
    view.badge = urgent ? { value: urgent, tooltip: `${urgent} repl${urgent === 1 ? 'y is' : 'ies are'} due within ${describeDuration(REMINDER_URGENT_MS)}` } : undefined;
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
    const actions = problem.backup ? ['Open Backup', 'Show Log'] : ['Show Log'];
    void vscode.window.showWarningMessage(`Graceful Decline: ${problem.message}`, ...actions).then((choice) => {
      if (choice === 'Open Backup' && problem.backup) void vscode.window.showTextDocument(uriOf(problem.backup));
      if (choice === 'Show Log') log.show(true);
    });
  });
  // The countdown in the descriptions moves with the clock.
  const ticker = setInterval(() => {
    if (view.visible && pendingReminders(store.current, new Date()).length) updateView();
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
    if (input === undefined) {
      const choice = await vscode.window.showInformationMessage('Fill in the "Should I Decline?" checklist first, then press "Log this decision" there.', 'Open Checklist');
      if (choice) await vscode.commands.executeCommand(FOCUS_CHECKLIST);
      return undefined;
    }
    try {
      const entry = await store.append(input);
      log.info(`decision logged: ${entry.id}`);
      if (view.visible) await Promise.resolve(view.reveal(tree.nodeFor(entry), { select: true, focus: false })).catch(() => undefined);
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
    const id = idOf(target) ?? (await pickDecision(store.current.filter((e) => !e.answeredAt), 'Mark which decision as answered?'));
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

  const exportCommand = async (format?: unknown, target?: unknown, options?: { open?: boolean }): Promise<vscode.Uri | undefined> => {
    await ready;
    if (format !== undefined && format !== 'markdown' && format !== 'csv') {
      void vscode.window.showWarningMessage('Graceful Decline: export as "markdown" or "csv".');
      return undefined;
    }
    if (!store.current.length) {
      void vscode.window.showInformationMessage('Graceful Decline: there are no logged decisions to export yet.');
      return undefined;
    }
    const chosen = (format as ExportFormat | undefined) ?? (await pickFormat());
    if (!chosen) return undefined;
    const content = exportDecisions(store.current, chosen);
    if (target === 'untitled') {
      const document = await vscode.workspace.openTextDocument({ content, language: chosen === 'csv' ? 'plaintext' : 'markdown' });
      if (options?.open !== false) await vscode.window.showTextDocument(document);
      return document.uri;
    }
    const uri = target instanceof vscode.Uri ? target : await askWhereToSave(chosen);
    if (!uri) return undefined;
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
    log.info(`exported ${store.current.length} decisions as ${chosen} to ${uri.toString()}`);
    if (options?.open !== false) await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  };

  const openLog = async (): Promise<vscode.Uri> => {
    await ready;
    const uri = uriOf(LOG_FILE);
    if (!(await files.stat(LOG_FILE))) {
      void vscode.window.showInformationMessage('Graceful Decline: no decisions have been logged yet.');
      return uri;
    }
    await vscode.window.showTextDocument(uri, { preview: false });
    return uri;
  };

  const refresh = async (): Promise<DecisionsSnapshot> => {
    await ready;
    let problem: LogProblem | undefined;
    try {
      problem = (await store.load()).problem;
      blocked = false;
    } catch (error) {
      if (!(error instanceof LogUnavailableError)) throw error;
    }
    updateView();
    const rows = tree.getChildren().map((node) => {
      const item = tree.getTreeItem(node);
      const details = tree.getChildren(node).map((d) => (d.kind === 'detail' ? `${d.label}: ${d.value}` : ''));
      return { id: node.entry.id, label: String(item.label), description: String(item.description ?? ''), contextValue: item.contextValue ?? '', icon: (item.iconPath as vscode.ThemeIcon).id, details };
    });
    const state = { statusBar: services.statusBar.current, notified: context.globalState.get<string[]>(REMINDER_STATE.notified, []) };
    return problem ? { rows, problem, ...state } : { rows, ...state };
  };

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

  return [
    onProblem,
    onChange,
    view,
    tree,
    { dispose: () => clearInterval(ticker) },
    vscode.commands.registerCommand(Commands.logDecision, guarded(log, 'Log This Decision', logDecision)),
    vscode.commands.registerCommand(Commands.markAnswered, guarded(log, 'Mark Answered', markAnswered)),
    vscode.commands.registerCommand(Commands.deleteDecision, guarded(log, 'Delete Decision', deleteDecision)),
    vscode.commands.registerCommand(Commands.exportDecisions, guarded(log, 'Export Decisions', exportCommand)),
    vscode.commands.registerCommand(Commands.openDecisionLog, guarded(log, 'Open Decision Log File', openLog)),
    vscode.commands.registerCommand(Commands.refreshDecisions, guarded(log, 'Refresh Decisions', refresh)),
    ...registerReminders(context, services, store),
  ];
}

/** The id a command was given: a tree node (from a menu), an entry, or the id itself. */
function idOf(target: unknown): string | undefined {
  if (typeof target === 'string' && target) return target;
  if (typeof target === 'object' && target !== null) {
    const node = target as { entry?: { id?: unknown }; id?: unknown };
    if (typeof node.entry?.id === 'string') return node.entry.id;
    if (typeof node.id === 'string') return node.id;
  }
  return undefined;
}

async function pickDecision(entries: readonly DecisionEntry[], placeHolder: string): Promise<string | undefined> {
  if (!entries.length) {
    void vscode.window.showInformationMessage('Graceful Decline: there is no logged decision to choose.');
    return undefined;
  }
  const picked = await vscode.window.showQuickPick(
    entries.map((e) => ({ label: e.company, description: e.role, detail: `${labels.outcome[e.outcome]} · ${labels.stage[e.stage]}${e.answeredAt ? ' · answered' : ''}`, id: e.id })),
    { placeHolder, matchOnDescription: true },
  );
  return picked?.id;
}

async function pickFormat(): Promise<ExportFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    [
      { label: '$(markdown) Markdown', description: 'a table and a section for each decision', format: 'markdown' as const },
      { label: '$(table) CSV', description: 'for a spreadsheet', format: 'csv' as const },
    ],
    { placeHolder: 'Export the decision log as' },
  );
  return picked?.format;
}

async function askWhereToSave(format: ExportFormat): Promise<vscode.Uri | undefined> {
  const name = `interview-decisions.${EXPORT_EXTENSIONS[format]}`;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
    filters: format === 'csv' ? { CSV: ['csv'] } : { Markdown: ['md'] },
    saveLabel: 'Export',
    title: 'Export Decisions',
  });
}

/** Lists decisions: those awaiting a reply first (nearest reply-by first), then the answered ones, newest first. */
export class DecisionTreeProvider implements vscode.TreeDataProvider<DecisionNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<DecisionNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  /** The same node object for the same entry, so reveal() finds it among the children. */
  private readonly nodes = new Map<string, DecisionNode & { kind: 'decision' }>();

  constructor(private readonly store: DecisionLogStore) {}

  nodeFor(entry: DecisionEntry): DecisionNode {
    const cached = this.nodes.get(entry.id);
    if (cached?.entry === entry) return cached;
    const node = { kind: 'decision' as const, entry };
    this.nodes.set(entry.id, node);
    return node;
  }

  refresh(): void {
    this.changed.fire(undefined);
  }

  getChildren(node?: DecisionNode): DecisionNode[] {
    if (!node) {
      const live = new Set(this.store.current.map((e) => e.id));
      for (const id of [...this.nodes.keys()]) if (!live.has(id)) this.nodes.delete(id);
      return sortForView(this.store.current).map((entry) => this.nodeFor(entry));
    }
    return node.kind === 'decision' ? detailsOf(node.entry) : [];
  }

  getParent(node: DecisionNode): DecisionNode | undefined {
    return node.kind === 'detail' ? this.nodeFor(node.entry) : undefined;
  }

  getTreeItem(node: DecisionNode): vscode.TreeItem {
    if (node.kind === 'detail') {
      const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.None);
      item.id = `${node.entry.id}/${node.key}`;
      item.description = node.value;
      item.tooltip = `${node.label}: ${node.value}`;
      item.iconPath = new vscode.ThemeIcon(node.icon);
      item.contextValue = 'decisionDetail';
      return item;
    }
    const e = node.entry;
    const [reminder] = pendingReminders([e], new Date());
    const item = new vscode.TreeItem(e.company, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = e.id;
    const state = e.answeredAt ? 'answered' : reminder ? `reply ${describeTimeLeft(reminder.msLeft)}` : 'not answered';
    item.description = [e.role, labels.outcome[e.outcome], state].filter(Boolean).join(' · ');
    item.contextValue = e.answeredAt ? 'decision.answered' : 'decision.pending';
    item.iconPath = e.answeredAt
      ? new vscode.ThemeIcon('pass', new vscode.ThemeColor('testing.iconPassed'))
      : reminder?.overdue
        ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.errorForeground'))
        : reminder?.urgent
          ? new vscode.ThemeIcon('bell-dot', new vscode.ThemeColor('list.warningForeground'))
          : new vscode.ThemeIcon(reminder ? 'bell' : 'circle-large-outline');
    const tooltip = new vscode.MarkdownString();
    tooltip.appendMarkdown('**').appendText(e.company).appendMarkdown('**');
    if (e.role) tooltip.appendText(` — ${e.role}`);
    tooltip.appendMarkdown('\n\n').appendText(`${labels.outcome[e.outcome]} · ${labels.channel[e.channel]} · ${state}`);
    if (e.reasons.length) tooltip.appendMarkdown('\n\n').appendText(e.reasons.join('; '));
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: `${e.company}, ${item.description}` };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function sortForView(entries: readonly DecisionEntry[]): DecisionEntry[] {
  const time = (iso: string | undefined, fallback: number) => (iso ? Date.parse(iso) : fallback);
  const pending = entries.filter((e) => !e.answeredAt).sort((a, b) => time(a.replyBy, Infinity) - time(b.replyBy, Infinity) || time(b.loggedAt, 0) - time(a.loggedAt, 0));
  const answered = entries.filter((e) => e.answeredAt).sort((a, b) => time(b.answeredAt, 0) - time(a.answeredAt, 0));
  return [...pending, ...answered];
}

function detailsOf(e: DecisionEntry): DecisionNode[] {
  const rows: [string, string, string | undefined, string][] = [
    ['stage', 'Stage', labels.stage[e.stage], 'layers'],
    ['contact', 'Contact', e.contactName, 'person'],
    ['outcome', 'Outcome', labels.outcome[e.outcome], 'lightbulb'],
    ['channel', 'Channel', labels.channel[e.channel], e.channel === 'email' ? 'mail' : 'call-outgoing'],
    ['received', 'Invitation received', when(e.invitationReceivedAt), 'inbox'],
    ['interview', 'Interview', when(e.interviewAt), 'calendar'],
    ['replyBy', 'Reply by', when(e.replyBy), 'clock'],
    ['answered', 'Answered', e.answeredAt ? stamped(e.answeredAt) : 'not yet', e.answeredAt ? 'check' : 'circle-large-outline'],
    ['logged', 'Logged', stamped(e.loggedAt), 'history'],
  ];
  const details: DecisionNode[] = rows.filter(([, , value]) => value).map(([key, label, value, icon]) => ({ kind: 'detail', entry: e, key, label, value: value as string, icon }));
  e.reasons.forEach((reason, i) => details.push({ kind: 'detail', entry: e, key: `reason-${i}`, label: 'Reason', value: reason, icon: 'comment' }));
  return details;
}

/**
 * A time the person gave (or the checklist worked out from theirs), written as the checklist
 * writes it: in the offset it carries, so the reply-by here reads exactly as it did in the view.
 * A value without an offset (accepted from older logs) is shown as stored.
 */
function when(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const instant = parseInstant(iso);
  return instant ? describeInstant(instant.ms, instant.offsetMinutes) : iso;
}

/** A time the extension stamped (logged, answered; stored in UTC): shown in this machine's zone, in the same format. */
function stamped(iso: string): string {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : describeInstant(ms, -new Date(ms).getTimezoneOffset());
}

/** The store's FileSystem over vscode.workspace.fs, in one folder (works in the web extension host too). */
export class WorkspaceFileSystem implements FileSystem {
  private folderReady: Promise<void> | undefined;

  constructor(private readonly folder: vscode.Uri) {}

  private uri(name: string): vscode.Uri {
    return vscode.Uri.joinPath(this.folder, name);
  }

  async readFile(name: string): Promise<Uint8Array> {
    return vscode.workspace.fs.readFile(this.uri(name));
  }

  async writeFile(name: string, data: Uint8Array): Promise<void> {
    this.folderReady ??= Promise.resolve(vscode.workspace.fs.createDirectory(this.folder));
    await this.folderReady;
    await vscode.workspace.fs.writeFile(this.uri(name), data);
  }

  async rename(from: string, to: string): Promise<void> {
    await vscode.workspace.fs.rename(this.uri(from), this.uri(to), { overwrite: true });
  }

  async delete(name: string): Promise<void> {
    await vscode.workspace.fs.delete(this.uri(name), { useTrash: false });
  }

  async stat(name: string): Promise<{ size: number; mtime: number } | undefined> {
    try {
      const { size, mtime } = await vscode.workspace.fs.stat(this.uri(name));
      return { size, mtime };
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      throw error;
    }
  }

  async list(): Promise<string[]> {
    try {
      return (await vscode.workspace.fs.readDirectory(this.folder)).filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name);
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return [];
      throw error;
    }
  }
}

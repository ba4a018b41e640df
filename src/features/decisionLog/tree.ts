// The "Decisions" tree: a row per logged decision, its details as children.
import * as vscode from 'vscode';
import { describeInstant, parseInstant } from '../../core/checklist/time';
import { labels } from '../../core/decisionLog/export';
import { describeTimeLeft, pendingReminders } from '../../core/decisionLog/reminders';
import type { DecisionLogStore } from '../../core/decisionLog/store';
import type { DecisionEntry } from '../../core/decisionLog/types';

/** A row of the tree: a decision, or one detail line under it. */
export type DecisionNode = { kind: 'decision'; entry: DecisionEntry } | { kind: 'detail'; entry: DecisionEntry; key: string; label: string; value: string; icon: string };

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

export function sortForView(entries: readonly DecisionEntry[]): DecisionEntry[] {
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

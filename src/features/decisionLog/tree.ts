// The "Decisions" tree: a row per logged decision, its details as children.
import * as vscode from 'vscode';
import { decisionLine, detailRows, sortForView } from '../../core/decisionLog/present';
import type { DecisionLogStore } from '../../core/decisionLog/store';
import type { DecisionEntry } from '../../core/decisionLog/types';
import { escapeMarkdown } from '../../host/markdown';

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
    return node.kind === 'decision' ? detailRows(node.entry).map((row) => ({ kind: 'detail', entry: node.entry, ...row })) : [];
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
    const line = decisionLine(e, new Date());
    const item = new vscode.TreeItem(e.company, vscode.TreeItemCollapsibleState.Collapsed);
    item.id = e.id;
    item.description = line.description;
    item.contextValue = line.contextValue;
    item.iconPath = new vscode.ThemeIcon(line.icon, line.color && new vscode.ThemeColor(line.color));
    const tooltip = new vscode.MarkdownString();
    // escapeMarkdown, not appendText (which makes every space non-breaking, so the hover breaks words).
    tooltip.appendMarkdown(`**${escapeMarkdown(e.company)}**`);
    if (e.role) tooltip.appendMarkdown(escapeMarkdown(` — ${e.role}`));
    tooltip.appendMarkdown(`\n\n${escapeMarkdown(line.summary)}`);
    if (e.reasons.length) tooltip.appendMarkdown(`\n\n${escapeMarkdown(e.reasons.join('; '))}`);
    item.tooltip = tooltip;
    item.accessibilityInformation = { label: `${e.company}, ${item.description}` };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

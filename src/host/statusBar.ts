import * as vscode from 'vscode';
import { escapeMarkdown, withoutIcons } from './markdown';
import type { StatusShown } from './testApi';

/**
 * The extension's one status bar item. Two features feed it: the tone checker (whether the active
 * document is checked, and the draft's figures) and the reply-by reminder. While a checked draft
 * is in the active editor and a reply is due, the item shows both (the reminder's short form
 * first: the deadline matters most while the reply is being written); otherwise whichever there
 * is; with neither, the item hides.
 */
export interface StatusSlot {
  text: string;
  tooltip: string | vscode.MarkdownString;
  command?: string | vscode.Command;
  /** Use the warning background (sparingly: only when something needs attention soon). */
  warning?: boolean;
  /** A few words for when the item shows this slot beside the other one (the reminder gives one). */
  short?: string;
}

function trustedCommands(tooltip: string | vscode.MarkdownString): readonly string[] {
  const trust = typeof tooltip === 'string' ? undefined : tooltip.isTrusted;
  return typeof trust === 'object' ? trust.enabledCommands : [];
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gracefulDecline.status', vscode.StatusBarAlignment.Right, 100);
  private draft: StatusSlot | undefined;
  private reminder: StatusSlot | undefined;
  private message: { text: string; hide: vscode.Disposable } | undefined;

  constructor() {
    this.item.name = 'Graceful Decline';
  }

  setDraft(slot: StatusSlot | undefined): void {
    this.draft = slot;
    this.render();
  }

  setReminder(slot: StatusSlot | undefined): void {
    this.reminder = slot;
    this.render();
  }

  /**
   * A short confirmation in VS Code's status message area (not our item) that goes as soon as it
   * no longer applies: after `ms`, or when `document` next changes (Undo, or more typing).
   */
  flash(text: string, options: { ms: number; document?: vscode.TextDocument }): void {
    this.message?.hide.dispose();
    const shown = vscode.window.setStatusBarMessage(text);
    const uri = options.document?.uri.toString();
    const changed = uri === undefined ? undefined : vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.uri.toString() === uri && event.contentChanges.length > 0) hide.dispose();
    });
    const timer = setTimeout(() => hide.dispose(), options.ms);
    const hide: vscode.Disposable = {
      dispose: () => {
        clearTimeout(timer);
        changed?.dispose();
        shown.dispose();
        if (this.message?.hide === hide) this.message = undefined;
      },
    };
    this.message = { text, hide };
  }

  /** The reply-by countdown shown now, without its icon, if any (the item's choices name it). */
  get reminderText(): string | undefined {
    return this.reminder ? withoutIcons(this.reminder.text) : undefined;
  }

  /** The confirmation `flash` shows now, if any. */
  get flashed(): string | undefined {
    return this.message?.text;
  }

  /** What the item shows now (Check Current Document reports it). */
  get current(): StatusShown {
    const slot = this.shown();
    const command = typeof slot?.command === 'string' ? slot.command : slot?.command?.command;
    const tooltip = slot === undefined ? '' : typeof slot.tooltip === 'string' ? slot.tooltip : slot.tooltip.value;
    return { text: slot?.text ?? '', visible: slot !== undefined, tooltip, label: this.item.accessibilityInformation?.label ?? '', trustedCommands: slot ? trustedCommands(slot.tooltip) : [], command };
  }

  /** The draft's figures, with the reminder's short form in front of them when a reply is due. */
  private shown(): StatusSlot | undefined {
    const { draft, reminder } = this;
    if (!draft || !reminder) return draft ?? reminder;
    const tooltip = new vscode.MarkdownString('', true);
    // Each part's command links keep working in the joined tooltip.
    tooltip.isTrusted = { enabledCommands: [reminder.tooltip, draft.tooltip].flatMap(trustedCommands) };
    for (const part of [reminder.tooltip, draft.tooltip]) {
      if (tooltip.value) tooltip.appendMarkdown('\n\n---\n\n');
      if (typeof part === 'string') tooltip.appendMarkdown(escapeMarkdown(part));
      else tooltip.appendMarkdown(part.value);
    }
    return { text: `${reminder.short ?? reminder.text} · ${draft.text}`, tooltip, command: draft.command, warning: reminder.warning };
  }

  private render(): void {
    const slot = this.shown();
    if (!slot) {
      this.item.hide();
      return;
    }
    this.item.text = slot.text;
    // A screen reader reads the item's words, not the icon names or the tooltip's Markdown.
    this.item.accessibilityInformation = { label: `Graceful Decline: ${withoutIcons(slot.text)}` };
    this.item.tooltip = slot.tooltip;
    this.item.command = slot.command;
    this.item.backgroundColor = slot.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.message?.hide.dispose();
    this.item.dispose();
  }
}

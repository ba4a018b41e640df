import * as vscode from 'vscode';

/**
 * The extension's one status bar item. Two features feed it: the draft checker (metrics of the
 * active draft) and the reply-by reminder. The draft wins while a checked draft is in the active
 * editor; otherwise the reminder shows; with neither, the item hides.
 */
export interface StatusSlot {
  text: string;
  tooltip: string | vscode.MarkdownString;
  command?: string | vscode.Command;
  /** Use the warning background (sparingly: only when something needs attention soon). */
  warning?: boolean;
}

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('gracefulDecline.status', vscode.StatusBarAlignment.Right, 100);
  private draft: StatusSlot | undefined;
  private reminder: StatusSlot | undefined;

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

  /** What the item shows now (for tests and for the e2e screenshots). */
  get current(): { text: string; visible: boolean } {
    const slot = this.draft ?? this.reminder;
    return { text: slot?.text ?? '', visible: slot !== undefined };
  }

  private render(): void {
    const slot = this.draft ?? this.reminder;
    if (!slot) {
      this.item.hide();
      return;
    }
    this.item.text = slot.text;
    this.item.tooltip = slot.tooltip;
    this.item.command = slot.command;
    this.item.backgroundColor = slot.warning ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
  }

  dispose(): void {
    this.item.dispose();
  }
}

import * as vscode from 'vscode';

/**
 * The extension's one status bar item. Two features feed it: the tone checker (whether the active
 * document is checked, and the draft's figures) and the reply-by reminder. The checker wins while
 * a document it considers is in the active editor; otherwise the reminder shows; with neither, the
 * item hides.
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

  /** What the item shows now (Check Current Document reports it). */
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

// Reply-by reminders: the status bar counts down to the nearest reply-by of an unanswered
// decision, and each decision gets at most one notification when less than 4 hours remain.
// Which decisions were notified, and "Don't Show Again", live in globalState so a restart of
// VS Code never repeats a notification.
import * as vscode from 'vscode';
import { escapeMarkdown } from '../../host/markdown';
import { reminderLines, reminderMessage } from '../../core/decisionLog/present';
import { dueForNotification, pendingReminders, reminderShortText, reminderText, type Reminder } from '../../core/decisionLog/reminders';
import type { DecisionLogStore } from '../../core/decisionLog/store';
import { Commands, ShowView } from '../../host/commandIds';
import type { Services } from '../../host/services';
import type { StatusSlot } from '../../host/statusBar';
import { Settings } from '../../host/settingIds';

export const REMINDER_STATE = {
  /** Ids of decisions already notified. */
  notified: 'gracefulDecline.reminders.notified',
  /** The user chose "Don't Show Again": no more notifications (the status bar still counts down). */
  muted: 'gracefulDecline.reminders.dontShowAgain',
} as const;


/**
 * `tick`: redraws the countdown and sends what is due; the feature's one minute timer calls it.
 * `forget`: a decision's reply-by time changed, so its one notification may come again.
 */
export function registerReminders(context: vscode.ExtensionContext, services: Services, store: DecisionLogStore): { disposables: vscode.Disposable[]; tick: () => void; forget: (id: string) => Promise<void> } {
  const { log, statusBar, settings } = services;
  const state = context.globalState;

  const enabled = () => settings.read(Settings.remindersEnabled);

  /** Redraws the countdown and sends any notification now due. */
  const update = () => {
    if (!enabled()) {
      statusBar.setReminder(undefined);
      return;
    }
    const now = new Date();
    const pending = pendingReminders(store.current, now);
    statusBar.setReminder(pending.length ? slotFor(pending) : undefined);
    if (store.loaded) void notifyDue(now);
  };

  const notifyDue = async (now: Date) => {
    const live = new Set(store.current.map((e) => e.id));
    const notified = new Set(state.get<string[]>(REMINDER_STATE.notified, []).filter((id) => live.has(id)));
    const due = dueForNotification(store.current, now, notified);
    if (!due.length) return;
    // Remember first, so a second tick (or a restart) while the message is open never repeats it.
    for (const r of due) notified.add(r.entry.id);
    await state.update(REMINDER_STATE.notified, [...notified]);
    if (state.get<boolean>(REMINDER_STATE.muted, false)) return;
    log.info(`reminder: ${due.map((r) => r.entry.id).join(', ')}`);
    const markAnswered = services.titles.of(Commands.markAnswered);
    const choice = await vscode.window.showWarningMessage(reminderMessage(due), ...(due.length === 1 ? [markAnswered, 'Open', "Don't Show Again"] : ['Open', "Don't Show Again"]));
    if (choice === markAnswered) await vscode.commands.executeCommand(Commands.markAnswered, due[0].entry.id);
    else if (choice === 'Open') await vscode.commands.executeCommand(ShowView.decisions);
    else if (choice === "Don't Show Again") await state.update(REMINDER_STATE.muted, true);
  };

  update();
  const disposables = [
    store.onDidChange(update),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!settings.affects(event, Settings.remindersEnabled)) return;
      // Turning reminders back on is a fresh start: "Don't Show Again" is forgotten.
      if (enabled()) void state.update(REMINDER_STATE.muted, undefined);
      update();
    }),
    { dispose: () => statusBar.setReminder(undefined) },
  ];
  const forget = async (id: string) => {
    const notified = state.get<string[]>(REMINDER_STATE.notified, []);
    if (notified.includes(id)) await state.update(REMINDER_STATE.notified, notified.filter((n) => n !== id));
  };
  return { disposables, tick: update, forget };
}

function slotFor(pending: Reminder[]): StatusSlot {
  const nearest = pending[0];
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('**Replies due**\n\n');
  for (const line of reminderLines(pending)) tooltip.appendMarkdown('- ').appendMarkdown(escapeMarkdown(line)).appendMarkdown('\n');
  // A link rather than "Click to...": beside a draft's figures, a click on the item is the draft's.
  tooltip.appendMarkdown(`\n[Show the Decisions view](command:${ShowView.decisions})`);
  tooltip.isTrusted = { enabledCommands: [ShowView.decisions] };
  return { text: reminderText(nearest), short: reminderShortText(nearest), tooltip, command: { command: ShowView.decisions, title: 'Show Decisions' }, warning: nearest.urgent };
}

// Registers a feature's command table: one handler per command id of the feature's group (the type
// makes the table complete). A failing handler is logged and reported in one line that names the
// command by its package.json title, never with a stack trace.
import * as vscode from 'vscode';
import { describeError, type Log } from './log';
import type { Services } from './services';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- handlers take the arguments their callers pass
export type CommandHandler = (...args: any[]) => unknown;

/** A handler for each command of a group, keyed like the group (`{ fixAll: ..., ... }`). */
export type CommandTable<Group extends Record<string, string>> = { readonly [K in keyof Group]: CommandHandler };

export function registerCommands<Group extends Record<string, string>>({ log, titles }: Services, group: Group, table: CommandTable<Group>): vscode.Disposable[] {
  return Object.entries(group).map(([key, id]) => vscode.commands.registerCommand(id, guarded(log, titles.of(id), table[key as keyof Group])));
}

/** Runs a command handler, logging a failure and telling the user briefly, without a stack trace. */
function guarded(log: Log, title: string, handler: CommandHandler): CommandHandler {
  return async (...args: unknown[]) => {
    try {
      return await handler(...args);
    } catch (error) {
      log.error(`${title} failed:`, describeError(error));
      void vscode.window.showErrorMessage(`Graceful Decline: ${title} failed. See the Graceful Decline log for details.`);
      return undefined;
    }
  };
}

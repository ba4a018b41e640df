import * as vscode from 'vscode';

/** The extension's log output channel: errors and diagnostics of our own go here, never to pop-ups. */
export type Log = vscode.LogOutputChannel;

export function createLog(): Log {
  return vscode.window.createOutputChannel('Graceful Decline', { log: true });
}

/** A caught error in one line for the log: its stack where it has one. */
export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

import * as vscode from 'vscode';

/** The extension's log output channel: errors and diagnostics of our own go here, never to pop-ups. */
export type Log = vscode.LogOutputChannel;

export function createLog(): Log {
  return vscode.window.createOutputChannel('Graceful Decline', { log: true });
}

/** Runs a command handler, logging a failure and telling the user briefly, without a stack trace. */
export function guarded<A extends unknown[]>(log: Log, what: string, handler: (...args: A) => unknown): (...args: A) => Promise<unknown> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      log.error(`${what} failed:`, error instanceof Error ? (error.stack ?? error.message) : String(error));
      void vscode.window.showErrorMessage(`Graceful Decline: ${what} failed. See the Graceful Decline log for details.`);
      return undefined;
    }
  };
}

/**
 * Host side of the "Should I Decline?" webview view. It serves the page under a strict CSP,
 * answers the script's `ready` with the answers it knows, and hands button presses to the
 * feature. Every incoming message goes through `parseWebviewMessage`; anything malformed is
 * logged and ignored, never thrown.
 */
import * as vscode from 'vscode';
import type { ChecklistAnswers } from '../../core/checklist/types';
import type { ChecklistState } from '../../host/checklistState';
import type { Log } from '../../host/log';
import { parseWebviewMessage, type HostMessage, type StatusLine, type WebviewMessage } from '../../webview/protocol';
import { checklistHtml, makeNonce } from './html';

export interface ChecklistActions {
  /** Returns the line to show in the view's status area. */
  draft(answers: ChecklistAnswers): Promise<StatusLine>;
  log(answers: ChecklistAnswers): Promise<StatusLine>;
  /** Undefined when the person cancelled (nothing to report). */
  calendar(answers: ChecklistAnswers): Promise<StatusLine | undefined>;
}

/** What happened in the view: a view was resolved, or a message from the page was handled or refused. */
export type ChecklistViewEvent = { kind: 'resolved' } | { kind: 'message'; accepted: true } | { kind: 'message'; accepted: false; reason: string };

export class ChecklistView implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  /** Answers loaded from the palette flow that should replace what the page saved. */
  private replacePending = false;
  /**
   * The listeners on the current view. VS Code resolves the view again each time it is shown after
   * being disposed (it is not kept alive while hidden), so the previous view's listeners are
   * disposed on each resolve and when that view goes away, rather than piling up.
   */
  private viewDisposables: vscode.Disposable[] = [];
  private readonly events = new vscode.EventEmitter<ChecklistViewEvent>();
  readonly onDidChange = this.events.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly log: Log,
    private readonly actions: ChecklistActions,
    /** Where the answers are kept: shared, so New Decline Draft and Log This Decision can use them. */
    private readonly state: ChecklistState,
  ) {}

  private get answers(): ChecklistAnswers | null {
    return this.state.answers ?? null;
  }

  private set answers(answers: ChecklistAnswers | null) {
    this.state.set(answers ?? undefined);
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.disposeViewListeners();
    this.view = view;
    const assets = vscode.Uri.joinPath(this.extensionUri, 'dist', 'webview');
    view.webview.options = { enableScripts: true, localResourceRoots: [assets] };
    view.webview.html = checklistHtml({
      cspSource: view.webview.cspSource,
      scriptUri: view.webview.asWebviewUri(vscode.Uri.joinPath(assets, 'main.js')).toString(),
      styleUri: view.webview.asWebviewUri(vscode.Uri.joinPath(assets, 'main.css')).toString(),
      nonce: makeNonce(),
    });
    const listeners = [
      view.webview.onDidReceiveMessage((raw: unknown) => void this.receive(raw)),
      view.onDidDispose(() => {
        if (this.view !== view) return;
        this.view = undefined;
        this.disposeViewListeners();
      }),
    ];
    this.viewDisposables = listeners;
    this.events.fire({ kind: 'resolved' });
    this.log.info('checklist view resolved');
  }

  /** The answers the page last reported (or the palette loaded), if any. */
  get currentAnswers(): ChecklistAnswers | undefined {
    return this.answers ?? undefined;
  }

  get isResolved(): boolean {
    return this.view !== undefined;
  }

  /** Listeners held for the current view (none once it is disposed). */
  get listenerCount(): number {
    return this.viewDisposables.length;
  }

  /** Puts answers (from the palette flow) into the view, now if it is open, or when it next opens. */
  load(answers: ChecklistAnswers): void {
    this.answers = answers;
    this.replacePending = true;
    if (this.view) this.sendInit();
  }

  /** The single entry for messages from the page. */
  async receive(raw: unknown): Promise<boolean> {
    const parsed = parseWebviewMessage(raw);
    if (!parsed.ok) {
      this.events.fire({ kind: 'message', accepted: false, reason: parsed.reason });
      this.log.warn(`checklist view: ignored a malformed message (${parsed.reason})`);
      return false;
    }
    this.events.fire({ kind: 'message', accepted: true });
    try {
      await this.handle(parsed.message);
    } catch (error) {
      this.log.error('checklist view: handling a message failed:', error instanceof Error ? error.message : String(error));
      this.post({ type: 'status', tone: 'error', text: 'That did not work. See the Graceful Decline log for details.' });
    }
    return true;
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.sendInit();
        return;
      case 'changed':
        this.answers = message.answers;
        this.replacePending = false;
        return;
      case 'draft':
        this.answers = message.answers;
        this.post({ type: 'status', ...(await this.actions.draft(message.answers)) });
        return;
      case 'log':
        this.answers = message.answers;
        this.post({ type: 'status', ...(await this.actions.log(message.answers)) });
        return;
      case 'calendar': {
        this.answers = message.answers;
        const status = await this.actions.calendar(message.answers);
        if (status) this.post({ type: 'status', ...status });
        return;
      }
    }
  }

  private sendInit(): void {
    this.post({ type: 'init', answers: this.answers, replace: this.replacePending });
    this.replacePending = false;
  }

  private post(message: HostMessage): void {
    void this.view?.webview.postMessage(message);
  }

  private disposeViewListeners(): void {
    const old = this.viewDisposables;
    this.viewDisposables = [];
    for (const d of old) d.dispose();
  }

  dispose(): void {
    this.view = undefined;
    this.disposeViewListeners();
    this.events.dispose();
  }
}

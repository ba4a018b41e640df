// What activate() returns when the extension runs under its own tests (ExtensionMode.Test), and
// only then: a window on state the UI shows but the API cannot read. Pure shapes; each feature
// fills in its part when `services.testApi` is present.
import type { LogProblem } from '../core/decisionLog/store';

export interface ChecklistViewState {
  /** Whether a view is resolved (shown) now. */
  resolved: boolean;
  stats: {
    /** Times a view was resolved. */
    resolved: number;
    /** Messages from the page accepted, and refused (with the last reason). */
    accepted: number;
    rejected: number;
    lastRejection: string;
    /** Listeners held for the current view: 2 while a view is resolved, 0 after it is disposed. */
    listeners: number;
  };
}

export interface ChecklistTestApi {
  state(): ChecklistViewState;
  /** Feeds a message through the view's real handler, as if the page had sent it; false when refused. */
  post(message: unknown): Promise<boolean>;
}

/** The one status bar item as shown: its text, its tooltip's Markdown, the command links the tooltip may run, and what a click runs. */
export interface StatusShown {
  text: string;
  visible: boolean;
  tooltip: string;
  /** What a screen reader says for the item. */
  label: string;
  trustedCommands: readonly string[];
  command?: string;
}

/** The Decisions view as shown, after re-reading the log file as Refresh does. */
export interface DecisionsSnapshot {
  rows: { id: string; label: string; description: string; contextValue: string; icon: string; details: string[]; tooltip: string }[];
  problem?: LogProblem;
  /** What the one status bar item shows now. */
  statusBar: StatusShown;
  /** Ids of decisions whose one reminder notification has been shown. */
  notified: string[];
}

export interface DecisionsTestApi {
  refresh(): Promise<DecisionsSnapshot>;
}

export interface RewriteTestApi {
  /** The title of the decision question Rewrite Politely has open now, if any. */
  question(): string | undefined;
  /** What the diff's Change Decision... title-bar button runs, for the rewrite at `target` (its URI). */
  changeDecision(target: unknown): Promise<unknown>;
}

export interface TestApi {
  /** How long activate() took, in milliseconds (the host benchmark reads it). */
  activationMs: number;
  checklist: ChecklistTestApi;
  decisions: DecisionsTestApi;
  rewrite: RewriteTestApi;
  /** The short confirmation shown in the status message area now (StatusBar.flash), if any. */
  statusMessage(): string | undefined;
  /** What the one status bar item shows now (text, tooltip, what a click runs). */
  statusShown(): StatusShown;
}

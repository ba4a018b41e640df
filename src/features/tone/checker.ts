// Tone warnings as diagnostics: runs the pure analysis engine on drafts and renders its findings.
// Which documents are drafts is `decideChecking`'s answer (core/draftDetection), asked once when a
// document opens and again, after a pause, while a document that was not a draft is edited; a
// document once taken for a draft stays checked while it is open, so its warnings never flicker.
// Lints at once on open and save, debounced while typing (two-speed: a problem the person just
// fixed disappears at once, a new one appears after the pause), clears on close, re-lints on
// configuration change and trust grant. Documents above `maxDocumentSize` are skipped, with a
// status bar note, so a huge file never stalls the extension host.
import * as vscode from 'vscode';
import type { FixAllResult } from '../../core/analysis';
import type { Finding, Metrics, RuleId, Severity } from '../../core/analysis/types';
import { isCheckable, isIncluded, isWritable, type DocumentIdentity } from '../../core/documentSelection';
import { decideChecking, draftLimits, type CheckingDecision } from '../../core/draftDetection';
import { describeError, type Log } from '../../host/log';
import { analyzeOptionsFor, type CheckingConfig, type SettingsReader } from '../../host/settings';
import { section, Settings } from '../../host/settingIds';
import { ruleDocsLink } from './ruleDocs';
import { analysisEngine } from './engine';
import type { CheckingChoice, CheckingChoices } from './checkingChoices';

export const diagnosticSource = 'Graceful Decline';

/** Each keystroke re-analyses at once (so fixed problems vanish without waiting) only below this size... */
const instantRemovalLimit = 50_000;
/** ...and only while the last analysis of the document took less than a frame. */
const instantRemovalBudgetMs = 8;
/** The pause after typing stretches to twice the last analysis time (capped), so a huge document is not re-analysed on every pause. */
const maxAdaptiveDelayMs = 5_000;
/** A document that is not a draft is read again this long after the last edit (longer when reading it was slow), never per keystroke. */
const redetectDelayMs = 1_000;

/** Why a document is or is not checked: `decideChecking`'s answer, or a one-off Check Current Document. */
export interface Gate extends Omit<CheckingDecision, 'cause'> {
  cause: CheckingDecision['cause'] | 'on-demand';
}

const onDemand: Gate = { check: true, cause: 'on-demand', reason: 'You ran Check Current Document on it.' };

export interface CheckedState {
  kind: 'checked';
  version: number;
  findings: Finding[];
  metrics: Metrics;
  maxBodyWords: number;
  /** How long the analysis took, in milliseconds. */
  costMs: number;
}

export interface TooLargeState {
  kind: 'tooLarge';
  version: number;
  size: number;
  limit: number;
}

export type CheckState = CheckedState | TooLargeState;

/** What "Check Current Document" returns: lets callers see the outcome without UI. */
export interface CheckReport {
  uri: string;
  state: CheckState['kind'];
  issues: number;
  /** The status bar text after the check. */
  status: string;
}

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export class ToneChecker implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('gracefulDecline');
  private readonly states = new Map<string, CheckState>();
  /** The findings on screen, kept in the current version's offsets (shifted on each edit). */
  private readonly shown = new Map<string, Finding[]>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  /** Documents checked on demand ("Check Current Document") whatever their language, until closed. */
  private readonly forced = new Set<string>();
  /** Documents New Decline Draft made (untitled, so for the session). */
  private readonly madeAsDraft = new Set<string>();
  /** Each considered document's decision, made when it opened or last re-read. */
  private readonly gates = new Map<string, Gate>();
  /** Pending re-reads of documents that were not drafts, and how long the last read took. */
  private readonly redetectTimers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly detectCostMs = new Map<string, number>();
  private readonly checked = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a document's check state changed (checked, skipped or cleared). */
  readonly onDidCheck = this.checked.event;
  private readonly selectorChanged = new vscode.EventEmitter<void>();
  /** Fires when the set of languages providers should serve changed. */
  readonly onDidChangeSelector = this.selectorChanged.event;
  private selectorKey: string;

  constructor(
    private readonly log: Log,
    private readonly settings: SettingsReader,
    private readonly choices: CheckingChoices,
  ) {
    this.selectorKey = this.selector().map((f) => f.language).join(',');
  }

  /** Settings per workspace folder, read once until they change (edits in any document ask for them). */
  private readonly configs = new Map<string, CheckingConfig>();

  config(document?: vscode.TextDocument): CheckingConfig {
    return this.configFor(document?.uri);
  }

  private configFor(uri: vscode.Uri | undefined): CheckingConfig {
    const folder = uri ? vscode.workspace.getWorkspaceFolder(uri) : undefined;
    const key = folder?.uri.toString() ?? '';
    let config = this.configs.get(key);
    if (!config) {
      config = this.settings.checking(folder?.uri ?? uri);
      this.configs.set(key, config);
    }
    return config;
  }

  /** Whether a document is checked as you type (or was checked on demand). */
  isChecked(document: vscode.TextDocument): boolean {
    return this.gate(document)?.check ?? false;
  }

  /**
   * Why a document is or is not checked; undefined when it is none of our business (another
   * language, an excluded path, an output channel, or checking switched off) and the user did not
   * ask for it. Decided once per document and kept until something it depends on changes.
   */
  gate(document: vscode.TextDocument): Gate | undefined {
    const key = document.uri.toString();
    let decision = this.gates.get(key);
    if (!decision) {
      decision = this.decide(document);
      if (decision) this.gates.set(key, decision);
    }
    // Check Current Document checks anything; a document checked anyway keeps its own reason.
    return this.forced.has(key) && !decision?.check ? onDemand : decision;
  }

  private decide(document: vscode.TextDocument): Gate | undefined {
    const key = document.uri.toString();
    const identity: DocumentIdentity = { languageId: document.languageId, scheme: document.uri.scheme, path: document.uri.path };
    if (!isWritable(identity) || document.isClosed) return undefined;
    const config = this.config(document);
    const userChoice = this.choices.get(key);
    // The user's "on" reaches any document they can type in; otherwise only the configured ones are considered.
    if (userChoice !== 'on' && !(config.enable && isCheckable(identity, config))) return undefined;
    const started = performance.now();
    const decision = decideChecking({
      text: document.getText(),
      path: document.uri.path,
      languageId: document.languageId,
      createdAsDraft: this.madeAsDraft.has(key),
      included: isIncluded(identity, config),
      userChoice,
    });
    this.detectCostMs.set(key, performance.now() - started);
    return decision;
  }

  /** The user's switch for one document: remembered, then applied at once (warnings shown or cleared). */
  async setChoice(document: vscode.TextDocument, choice: CheckingChoice): Promise<void> {
    const key = document.uri.toString();
    await this.choices.set(key, choice);
    if (choice === 'off') this.forced.delete(key);
    this.reconsider(document);
  }

  /** Marks a document New Decline Draft made, so it is checked whatever it holds. */
  markAsDraft(uri: vscode.Uri): void {
    this.madeAsDraft.add(uri.toString());
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (document) this.reconsider(document);
  }

  /** Decides again for one document and shows or clears its warnings to match. */
  private reconsider(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.gates.delete(key);
    this.cancelRedetect(key);
    this.updateSelector();
    if (this.isChecked(document)) this.lint(document);
    else {
      this.clear(document.uri, false);
      this.checked.fire(document.uri);
    }
  }

  /**
   * After an edit to a document that was not a draft: read it again once typing pauses (a note
   * can become a draft). A document above the size a message can have is not read again while it
   * stays that long: it cannot have become a draft.
   */
  private scheduleRedetect(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    this.cancelRedetect(key);
    if (documentLength(document) > draftLimits.maxChars) return;
    const delay = Math.min(maxAdaptiveDelayMs, Math.max(redetectDelayMs, Math.round(20 * (this.detectCostMs.get(key) ?? 0))));
    this.redetectTimers.set(key, setTimeout(() => {
      this.redetectTimers.delete(key);
      if (document.isClosed || this.gates.get(key)?.cause !== 'not-a-draft') return;
      const decision = this.decide(document);
      if (!decision) return;
      this.gates.set(key, decision);
      if (decision.check) {
        this.updateSelector();
        this.lint(document);
      } else this.checked.fire(document.uri);
    }, delay));
  }

  private cancelRedetect(key: string): void {
    const timer = this.redetectTimers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.redetectTimers.delete(key);
  }

  /** The languages whose documents may carry our diagnostics: the configured ones plus any checked on demand. */
  selector(): vscode.DocumentFilter[] {
    const languages = new Set(this.config().languages);
    for (const folder of vscode.workspace.workspaceFolders ?? []) for (const language of this.configFor(folder.uri).languages) languages.add(language);
    for (const document of vscode.workspace.textDocuments) if (this.forced.has(document.uri.toString()) || this.choices.get(document.uri.toString()) === 'on') languages.add(document.languageId);
    return [...languages].sort().map((language) => ({ language }));
  }

  /** Tells the providers to re-register when the languages they serve changed. */
  private updateSelector(): void {
    const key = this.selector().map((f) => f.language).join(',');
    if (key === this.selectorKey) return;
    this.selectorKey = key;
    this.selectorChanged.fire();
  }

  /** Registers a provider for the checked languages, re-registering it when they change. */
  registerProvider(register: (selector: vscode.DocumentSelector) => vscode.Disposable): vscode.Disposable {
    let current = register(this.selector());
    const subscription = this.onDidChangeSelector(() => {
      current.dispose();
      current = register(this.selector());
    });
    return { dispose: () => (subscription.dispose(), current.dispose()) };
  }

  /** The findings on screen for a document (what hovers explain). */
  shownFindings(document: vscode.TextDocument): readonly Finding[] {
    return this.shown.get(document.uri.toString()) ?? [];
  }

  state(document: vscode.TextDocument): CheckState | undefined {
    return this.states.get(document.uri.toString());
  }

  /** The findings for the document as it is now, re-analysing when the stored ones are stale. */
  currentFindings(document: vscode.TextDocument): Finding[] {
    const state = this.states.get(document.uri.toString());
    if (state?.kind === 'checked' && state.version === document.version) return state.findings;
    if (!this.isChecked(document)) return [];
    // Analyse without publishing: a lightbulb request mid-sentence must not show new problems early.
    const config = this.config(document);
    if (documentLength(document) > config.maxDocumentSize) return [];
    const fresh = this.analyse(document, config);
    if (fresh) this.states.set(document.uri.toString(), fresh);
    return fresh?.findings ?? [];
  }

  /** Fix All for the document as it is now (the engine's rounds of fixes, with what is left), or nothing when it is not checked. */
  fixAll(document: vscode.TextDocument): FixAllResult | undefined {
    if (!this.isChecked(document)) return undefined;
    const config = this.config(document);
    if (documentLength(document) > config.maxDocumentSize) return undefined;
    const { fixAll, maskEmailHeaders } = analysisEngine();
    try {
      return fixAll(document.getText(), analyzeOptionsFor(config), document.languageId === 'email' ? maskEmailHeaders : undefined);
    } catch (error) {
      this.log.error(`Fixing ${document.uri.toString(true)} failed:`, describeError(error));
      return undefined;
    }
  }

  /** What a diagnostic's code opens: the command that shows the rule's documentation page, rendered (ruleDocs.ts). */
  ruleUri(rule: RuleId): vscode.Uri {
    return ruleDocsLink(rule);
  }

  /** Checks a document now, whatever its language (the on-demand command). */
  checkOnDemand(document: vscode.TextDocument): CheckState | undefined {
    this.forced.add(document.uri.toString());
    this.updateSelector();
    return this.lint(document);
  }

  /** Analyses a document now and publishes every finding. */
  lint(document: vscode.TextDocument): CheckState | undefined {
    const key = document.uri.toString();
    this.cancelTimer(key);
    if (document.isClosed) return undefined;
    const config = this.config(document);
    const size = documentLength(document);
    if (size > config.maxDocumentSize) {
      const state: TooLargeState = { kind: 'tooLarge', version: document.version, size, limit: config.maxDocumentSize };
      const wasTooLarge = this.states.get(key)?.kind === 'tooLarge';
      this.collection.delete(document.uri);
      this.shown.delete(key);
      this.states.set(key, state);
      if (!wasTooLarge) this.log.info(`Not checking ${document.uri.toString(true)}: ${size} characters is above ${section}.${Settings.maxDocumentSize} (${config.maxDocumentSize}).`);
      this.checked.fire(document.uri);
      return state;
    }
    const state = this.analyse(document, config);
    if (!state) return undefined;
    this.states.set(key, state);
    this.publish(document, state.findings);
    this.checked.fire(document.uri);
    return state;
  }

  /** Debounced re-check after an edit; problems that went away are removed at once. */
  onEdit(event: vscode.TextDocumentChangeEvent): void {
    const document = event.document;
    if (event.contentChanges.length === 0) return;
    const key = document.uri.toString();
    if (this.gates.get(key)?.cause === 'not-a-draft' && !this.forced.has(key)) this.scheduleRedetect(document);
    if (!this.isChecked(document)) return;
    const config = this.config(document);
    const shown = this.shown.get(key);
    const previous = this.states.get(key);
    const costMs = previous?.kind === 'checked' ? previous.costMs : 0;
    if (shown && shown.length > 0) {
      if (costMs < instantRemovalBudgetMs && documentLength(document) <= Math.min(instantRemovalLimit, config.maxDocumentSize)) {
        const fresh = this.analyse(document, config);
        if (fresh) {
          // Only problems that were already on screen stay; new ones wait for the pause.
          this.states.set(key, fresh);
          const shifted = analysisEngine().shiftFindings(shown, event.contentChanges);
          this.publish(document, fresh.findings.filter((f) => shifted.some((s) => continues(s, f))));
        }
      } else {
        // Too long to re-analyse per keystroke: drop what the edit touched, move the rest.
        const untouched = shown.filter((f) => !event.contentChanges.some((c) => f.start <= c.rangeOffset + c.rangeLength && c.rangeOffset <= f.end));
        this.publish(document, analysisEngine().shiftFindings(untouched, event.contentChanges));
      }
    }
    this.cancelTimer(key);
    if (config.debounceMs === 0) {
      this.lint(document);
      return;
    }
    // Each edit restarts the pause; the timer always lints the latest text, so no edit is dropped.
    const delay = Math.max(config.debounceMs, Math.min(maxAdaptiveDelayMs, Math.round(2 * costMs)));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      this.lint(document);
    }, delay));
  }

  /** Removes the document's warnings and check state (its editor closed, or it is no longer checked); `forget` also drops the decision, read again when it is shown. */
  clear(uri: vscode.Uri, forget = true): void {
    const key = uri.toString();
    this.cancelTimer(key);
    this.collection.delete(uri);
    this.shown.delete(key);
    const had = this.states.delete(key);
    if (forget) {
      this.forced.delete(key);
      this.gates.delete(key);
      this.cancelRedetect(key);
      this.detectCostMs.delete(key);
    }
    if (had) this.checked.fire(uri);
  }

  /** The document itself closed: forget it entirely (an untitled name is reused by the next new file). */
  closed(uri: vscode.Uri): void {
    this.clear(uri);
    this.madeAsDraft.delete(uri.toString());
  }

  /** Re-checks every open document under the current settings. */
  relintAll(): void {
    this.configs.clear();
    this.gates.clear();
    this.updateSelector();
    for (const document of vscode.workspace.textDocuments) {
      if (this.isChecked(document)) this.lint(document);
      else this.clear(document.uri, false);
    }
  }

  private analyse(document: vscode.TextDocument, config: CheckingConfig): CheckedState | undefined {
    const version = document.version;
    try {
      // Loaded on the first check; its one-off load is not part of this document's analysis cost.
      const { check, maskEmailHeaders } = analysisEngine();
      const started = performance.now();
      const text = document.languageId === 'email' ? maskEmailHeaders(document.getText()) : document.getText();
      const { findings, metrics } = check(text, analyzeOptionsFor(config));
      const costMs = performance.now() - started;
      // Analysis is synchronous today; the guard keeps results for an older text off the screen if that changes.
      if (document.version !== version) return undefined;
      return { kind: 'checked', version, findings, metrics, maxBodyWords: config.maxBodyWords, costMs };
    } catch (error) {
      this.log.error(`Checking ${document.uri.toString(true)} failed:`, describeError(error));
      return undefined;
    }
  }

  private publish(document: vscode.TextDocument, findings: Finding[]): void {
    this.shown.set(document.uri.toString(), findings);
    this.collection.set(document.uri, findings.map((finding) => this.toDiagnostic(document, finding)));
  }

  private toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic {
    const diagnostic = new vscode.Diagnostic(rangeOf(document, finding), finding.message, severities[finding.severity] ?? vscode.DiagnosticSeverity.Warning);
    diagnostic.source = diagnosticSource;
    diagnostic.code = { value: finding.ruleId, target: this.ruleUri(finding.ruleId) };
    return diagnostic;
  }

  private cancelTimer(key: string): void {
    const timer = this.timers.get(key);
    if (timer !== undefined) clearTimeout(timer);
    this.timers.delete(key);
  }

  dispose(): void {
    for (const timer of [...this.timers.values(), ...this.redetectTimers.values()]) clearTimeout(timer);
    this.timers.clear();
    this.redetectTimers.clear();
    this.collection.dispose();
    this.checked.dispose();
    this.selectorChanged.dispose();
  }
}

export function rangeOf(document: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}

/** Length in UTF-16 code units, without copying the text. */
export function documentLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

/** A fresh finding continues one on screen when it is the same rule at an overlapping or touching place. */
function continues(shown: Finding, fresh: Finding): boolean {
  return shown.ruleId === fresh.ruleId && fresh.start <= shown.end && shown.start <= fresh.end;
}


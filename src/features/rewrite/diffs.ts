// Rewrite Politely in the editor: the rewrite is a read-only virtual document shown in VS Code's
// diff editor beside the draft; Apply replaces the draft in one undoable edit, only if the draft is
// still the text that was rewritten. Closing the diff forgets the rewrite and changes nothing.
// Only vscode.workspace/window APIs: works in the web extension host too.
import * as vscode from 'vscode';
import type * as RewriteCore from '../../core/rewrite';
import type { DecisionKind, Rewrite, RewriteSummary } from '../../core/rewrite';

let core: typeof RewriteCore | undefined;
/** The rewrite and the analysis engine it reads drafts with, loaded on the first rewrite rather than at activation. */
function rewriteCore(): typeof RewriteCore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  core ??= require('../../core/rewrite') as typeof RewriteCore;
  return core;
}
import type { DeclineTemplate } from '../../core/templates';
import { ContextKeys, DraftCommands, RewriteCommands } from '../../host/commandIds';
import type { Services } from '../../host/services';
import { Settings } from '../../host/settingIds';

/** The scheme of the rewritten side of the diff (package.json's when-clauses name it too). */
export const rewriteScheme = 'graceful-decline-rewrite';
/** The diff's title: `undecided.txt: Your draft ↔ Rewritten as “Ask to reschedule”` (the tab and the window title show it whole). */
export const diffTitle = (name: string, templateTitle: string) => `${name}: Your draft ↔ Rewritten as “${templateTitle}”`;

interface Session {
  /** The virtual document on the right of the diff. */
  uri: vscode.Uri;
  draft: vscode.Uri;
  /** The draft's text when it was rewritten: Apply refuses if the draft is no longer this. */
  original: string;
  rewrite: Rewrite;
  summary: RewriteSummary;
  templateTitle: string;
  /** Set once its diff tab has been seen open: from then on, no tab means the diff was closed. */
  shown?: boolean;
}

/** What the command returns (tests and scripts read it). */
export interface RewriteOpened {
  draft: string;
  rewritten: string;
  templateId: string;
  summary: RewriteSummary;
  /** The decision the rewrite carries, and whether the draft said it or the person chose it. */
  decision?: { kind: DecisionKind; from: 'draft' | 'chosen' };
}

/** The question asked when the draft says no decision (the title says why it asks). */
export const askDecisionTitle = "Your draft doesn't say what you decided. What do you want to tell them?";
/** The same question, asked from the diff's Change Decision... title-bar button. */
export const changeDecisionTitle = 'What do you want to tell them? The rewrite follows your choice.';

export class RewriteDiffs implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly sessions = new Map<string, Session>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private next = 0;
  private readonly disposables: vscode.Disposable[];
  /** Rewrites whose diff the person closed without applying (a late Apply for one says so). */
  private readonly closed = new Set<string>();
  /** Watches the draft last rewritten for the Undo of the apply (tidyAfterUndo). */
  private undoWatch: vscode.Disposable | undefined;
  /** Whether our diff is the active tab (the context key last set). */
  private active = false;
  /** The title of the decision question open now, if any (the test API reads it). */
  question: string | undefined;

  constructor(private readonly services: Services) {
    this.disposables = [
      this.changed,
      vscode.workspace.registerTextDocumentContentProvider(rewriteScheme, this),
      // The diff closed: forget its rewrite, so a late Apply changes nothing.
      vscode.window.tabGroups.onDidChangeTabs(() => this.forgetClosed()),
      // The diff's title bar (package.json's editor/title) shows our buttons while our diff is the active tab,
      // whichever side has the focus.
      vscode.window.tabGroups.onDidChangeTabs(() => this.markActive()),
      vscode.window.tabGroups.onDidChangeTabGroups(() => this.markActive()),
    ];
  }

  dispose(): void {
    this.undoWatch?.dispose();
    this.sessions.clear();
    for (const d of this.disposables) d.dispose();
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.sessions.get(uri.toString())?.rewrite.text ?? '';
  }

  /**
   * Rewrite Politely: the draft in `target` (a URI from a menu or code action) or the active editor.
   * `options.decision` (a decision kind) is the person's choice; without one, when the draft says no
   * decision, the person is asked first, and Escape leaves everything as it was.
   */
  async open(target?: unknown, options?: unknown): Promise<RewriteOpened | undefined> {
    const { log, titles } = this.services;
    const title = titles.of(RewriteCommands.rewritePolitely);
    const document = await this.draftDocument(target);
    if (!document) {
      // A way forward: open the draft (or paste it into a new file), or start one from a template.
      const openFile = 'Open File...';
      const newDraft = titles.of(DraftCommands.newDraft);
      void vscode.window.showInformationMessage(`Graceful Decline: open the draft you wrote (or paste it into a new file), then run ${title}.`, openFile, newDraft).then((choice) => {
        if (choice === openFile) return vscode.commands.executeCommand('workbench.action.files.openFile');
        if (choice === newDraft) return vscode.commands.executeCommand(DraftCommands.newDraft);
        return undefined;
      });
      return undefined;
    }
    if (document.uri.scheme === rewriteScheme) {
      void vscode.window.showInformationMessage(`Graceful Decline: this is already a rewrite. Use ${titles.of(RewriteCommands.applyRewrite)} to put it in your draft.`);
      return undefined;
    }
    const text = document.getText();
    if (!text.trim()) {
      void vscode.window.showInformationMessage(`Graceful Decline: the draft is empty. Write your reply first, then run ${title}.`);
      return undefined;
    }
    const limit = this.services.settings.read(Settings.maxDocumentSize, document);
    if (text.length > limit) {
      void vscode.window.showWarningMessage(`Graceful Decline: this document is ${text.length.toLocaleString()} characters, more than a decline (limit ${limit.toLocaleString()}, set by gracefulDecline.maxDocumentSize). Nothing was rewritten.`);
      return undefined;
    }
    const templates = await this.services.templates.all();
    const senderName = this.services.settings.text(Settings.senderName);
    const { rewriteDraft, describeRewrite, extractFacts, isDecisionKind } = rewriteCore();
    const given = (options as { decision?: unknown } | undefined)?.decision;
    const defaults: Record<string, string> = senderName ? { senderName } : {};
    // The draft is read once; when it says no decision, the person is asked and the facts are passed on.
    const read = extractFacts(text);
    let decision = isDecisionKind(given) ? given : undefined;
    if (!decision && !read.decision) {
      // The draft says no decision: never guess one. Ask; Escape changes nothing.
      decision = await this.askDecision(askDecisionTitle);
      if (!decision) {
        log.info(`Rewrite Politely: ${document.uri.toString(true)} states no decision and none was chosen; nothing was rewritten`);
        return undefined;
      }
    }
    const rewrite = rewriteDraft(text, templates, defaults, { facts: read, ...(decision ? { decision } : {}) });
    if (!rewrite) {
      log.error('Rewrite Politely: no template for the situation is loaded');
      void vscode.window.showErrorMessage('Graceful Decline: no template for this situation could be loaded, so nothing was rewritten. See the Graceful Decline log.');
      return undefined;
    }
    const template = templates.find((t) => t.id === rewrite.templateId);
    const summary = describeRewrite(text, rewrite, labelsOf(template));
    const decided = rewrite.facts.decision;
    const opened: RewriteOpened = { draft: document.uri.toString(), rewritten: rewrite.text, templateId: rewrite.templateId, summary, ...(decided ? { decision: { kind: decided.value, from: decided.from } } : {}) };
    this.logFacts(document, rewrite, summary);
    if (normalise(rewrite.text) === normalise(text)) {
      void vscode.window.showInformationMessage('Graceful Decline: your draft already reads like the polite rewrite. Nothing to change.');
      return opened;
    }

    // Forget an earlier rewrite of the same draft that is still open: one diff per draft.
    for (const old of [...this.sessions.values()].filter((s) => s.draft.toString() === document.uri.toString())) await this.close(old);
    const name = document.uri.path.split('/').pop() || 'draft';
    const uri = vscode.Uri.from({ scheme: rewriteScheme, path: `/${name}`, query: String(++this.next) });
    const session: Session = { uri, draft: document.uri, original: text, rewrite, summary, templateTitle: template?.title ?? rewrite.templateId };
    this.sessions.set(uri.toString(), session);
    await vscode.commands.executeCommand('vscode.diff', document.uri, uri, diffTitle(name, session.templateTitle), { preview: false });
    await wrapLongLines(document);
    const rewritten = await vscode.workspace.openTextDocument(uri);
    if (rewritten.languageId !== document.languageId) await vscode.languages.setTextDocumentLanguage(rewritten, document.languageId).then(undefined, () => undefined);
    this.offerApply(session);
    return opened;
  }

  /**
   * Apply: the draft becomes the rewrite in one edit (one undo restores it). `target` is the
   * rewrite's URI (the diff's title button passes it); without one, the rewrite in the active diff.
   */
  async apply(target?: unknown): Promise<boolean> {
    const session = this.sessionFor(target);
    const rewriteTitle = this.services.titles.of(RewriteCommands.rewritePolitely);
    if (!session) {
      // An Apply for a rewrite whose diff was closed: say that this rewrite was closed, not that there never was one.
      const closed = target instanceof vscode.Uri && this.closed.has(target.toString());
      void vscode.window.showInformationMessage(
        closed
          ? `Graceful Decline: that rewrite was closed without applying it, so your draft is unchanged. Run ${rewriteTitle} again to apply one.`
          : `Graceful Decline: there is no open rewrite to apply. Run ${rewriteTitle} on your draft first.`,
      );
      return false;
    }
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === session.draft.toString()) ?? (await vscode.workspace.openTextDocument(session.draft));
    if (document.getText() !== session.original) {
      const again = 'Rewrite Again';
      void vscode.window
        .showWarningMessage('Graceful Decline: the draft changed after the rewrite was made, so it was not replaced. Rewrite again to include your changes.', again)
        .then((choice) => (choice === again ? this.open(session.draft) : undefined));
      return false;
    }
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), session.rewrite.text);
    if (!(await vscode.workspace.applyEdit(edit))) {
      void vscode.window.showErrorMessage('Graceful Decline: VS Code did not accept the edit; your draft is unchanged.');
      return false;
    }
    await this.close(session);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const first = /\[[^\]\n]+\]/.exec(document.getText());
    // A placeholder left? Select the first one so typing fills it in, as New Decline Draft does.
    const at = first ? new vscode.Selection(document.positionAt(first.index), document.positionAt(first.index + first[0].length)) : new vscode.Selection(0, 0, 0, 0);
    editor.selection = at;
    editor.revealRange(at, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    // Until the draft next changes: after an Undo (or any typing) it no longer applies.
    this.services.statusBar.flash('$(check) Rewrite applied. Undo brings your draft back.', { ms: 8000, document });
    this.tidyAfterUndo(document, session.original);
    this.services.log.info(`Rewrite Politely: applied to ${document.uri.toString(true)} with "${session.rewrite.templateId}"`);
    return true;
  }

  /**
   * Undo of the apply brings the draft back with the selection it had before the edit (often a
   * leftover from the diff, far along a long line), so the editor stayed scrolled sideways with a
   * stale selection. When the next change to the draft is that Undo, put the cursor at the start
   * of the draft and show it from the top left; any other change first ends the watch.
   */
  private tidyAfterUndo(document: vscode.TextDocument, original: string): void {
    const uri = document.uri.toString();
    this.undoWatch?.dispose();
    const watch = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.uri.toString() !== uri || event.contentChanges.length === 0) return;
      watch.dispose();
      if (this.undoWatch === watch) this.undoWatch = undefined;
      if (event.reason !== vscode.TextDocumentChangeReason.Undo || event.document.getText() !== original) return;
      const start = new vscode.Range(0, 0, 0, 0);
      for (const editor of vscode.window.visibleTextEditors.filter((e) => e.document.uri.toString() === uri)) {
        editor.selection = new vscode.Selection(start.start, start.start);
        editor.revealRange(start, vscode.TextEditorRevealType.AtTop);
      }
    });
    this.undoWatch = watch;
  }

  /** Where each kept fact came from, in the log (the diff's "Where From?" title-bar button). */
  showFacts(target?: unknown): void {
    const session = this.sessionFor(target);
    if (session) this.services.log.info(`Rewrite Politely: facts of ${session.draft.toString(true)}\n${JSON.stringify(factsReport(session.summary, session.rewrite), null, 2)}`);
    this.services.log.show(true);
  }

  /**
   * What the rewrite kept, said once in a notification with no buttons, so none is left on screen
   * after the diff closes: Apply, Change Decision, Where From and Discard are the diff's title-bar
   * buttons, there only while the diff is open. A notification shows one line until it is expanded,
   * so that line is the headline (facts kept, blanks left, what to do); the template is in the
   * diff's title, and each fact follows for whoever expands it.
   */
  private offerApply(session: Session): void {
    void vscode.window.showInformationMessage(`Graceful Decline: ${session.summary.headline} Template: “${session.templateTitle}”. ${session.summary.message}`);
  }

  /** Discard (the diff's title-bar button): closes the diff; the draft stays as it is. */
  async discard(target?: unknown): Promise<boolean> {
    const session = this.sessionFor(target);
    if (!session) return false;
    await this.close(session);
    this.closed.add(session.uri.toString());
    this.services.log.info(`Rewrite Politely: the rewrite of ${session.draft.toString(true)} was discarded; the draft is unchanged`);
    return true;
  }

  private markActive(): void {
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    const active = input instanceof vscode.TabInputTextDiff && input.modified.scheme === rewriteScheme;
    if (active === this.active) return;
    this.active = active;
    void vscode.commands.executeCommand('setContext', ContextKeys.rewriteDiffActive, active);
  }

  /**
   * Change Decision... (the diff's title-bar button): asks what the person wants to tell them and
   * rewrites the same draft again with that choice, replacing the open diff. Escape, or the choice
   * the rewrite already has, changes nothing.
   */
  async changeDecision(target?: unknown): Promise<RewriteOpened | undefined> {
    const session = this.sessionFor(target);
    if (!session) {
      void vscode.window.showInformationMessage(`Graceful Decline: that rewrite is closed. Run ${this.services.titles.of(RewriteCommands.rewritePolitely)} again to choose what it says.`);
      return undefined;
    }
    const current = session.rewrite.facts.decision?.value;
    const decision = await this.askDecision(changeDecisionTitle, current);
    if (!decision || decision === current) return undefined;
    return this.open(session.draft, { decision });
  }

  /** The quick pick of decisions, in our own words; undefined when the person presses Escape. */
  private async askDecision(title: string, current?: DecisionKind): Promise<DecisionKind | undefined> {
    const { decisionChoices } = rewriteCore();
    const items: (vscode.QuickPickItem & { decision: DecisionKind })[] = decisionChoices.map((c) => ({ label: c.choice, decision: c.kind, ...(c.kind === current ? { description: 'what this rewrite says now' } : {}) }));
    this.question = title;
    try {
      const picked = await vscode.window.showQuickPick(items, { title, placeHolder: 'Choose what the rewrite says (Escape changes nothing)' });
      return picked?.decision;
    } finally {
      this.question = undefined;
    }
  }

  private logFacts(document: vscode.TextDocument, rewrite: Rewrite, summary: RewriteSummary): void {
    const where = summary.kept.map((k) => `  ${k.name}: ${k.value}  (line ${k.line}, column ${k.column}: "${k.source}")`);
    const missing = summary.placeholders.length ? `\n  left as placeholders: ${summary.placeholders.join(', ')}` : '';
    this.services.log.info(`Rewrite Politely: ${document.uri.toString(true)} with "${rewrite.templateId}"\n${where.join('\n')}${missing}`);
  }

  private async draftDocument(target: unknown): Promise<vscode.TextDocument | undefined> {
    if (target instanceof vscode.Uri) return vscode.workspace.openTextDocument(target);
    return vscode.window.activeTextEditor?.document;
  }

  private sessionFor(target: unknown): Session | undefined {
    if (target instanceof vscode.Uri && target.scheme === rewriteScheme) return this.sessions.get(target.toString());
    const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
    if (input instanceof vscode.TabInputTextDiff && input.modified.scheme === rewriteScheme) return this.sessions.get(input.modified.toString());
    if (target instanceof vscode.Uri) return [...this.sessions.values()].find((s) => s.draft.toString() === target.toString());
    return undefined;
  }

  /** Closes the diff of `session` (if still open) and forgets it. */
  private async close(session: Session): Promise<void> {
    this.sessions.delete(session.uri.toString());
    const tabs = diffTabs().filter((t) => (t.input as vscode.TabInputTextDiff).modified.toString() === session.uri.toString());
    if (tabs.length) await vscode.window.tabGroups.close(tabs);
  }

  private forgetClosed(): void {
    const shown = new Set(diffTabs().map((t) => (t.input as vscode.TabInputTextDiff).modified.toString()));
    for (const [key, session] of [...this.sessions]) {
      if (shown.has(key)) session.shown = true;
      else if (session.shown) {
        this.sessions.delete(key);
        this.closed.add(key);
        // Only the last few matter: a late Apply names one of them.
        if (this.closed.size > 20) this.closed.delete(this.closed.values().next().value as string);
      }
    }
  }
}

/**
 * A decline's paragraphs are single long lines: without wrapping, the diff cuts off both sides at
 * the window's edge. When the person's settings leave wrapping off (the default), turn it on for
 * this diff with VS Code's own toggle (a per-session override on these two documents only, which
 * Alt+Z turns off again). A person who set `diffEditor.wordWrap` keeps their choice.
 */
async function wrapLongLines(draft: vscode.TextDocument): Promise<void> {
  const diffWrap = vscode.workspace.getConfiguration('diffEditor', draft).get<string>('wordWrap', 'inherit');
  const editorWrap = vscode.workspace.getConfiguration('editor', draft).get<string>('wordWrap', 'off');
  // The toggle acts on the focused side (the rewrite, a fresh document) and copies its state to the other.
  if (diffWrap === 'inherit' && editorWrap === 'off' && vscode.window.activeTextEditor?.document.uri.scheme === rewriteScheme) {
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
  }
}

function diffTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputTextDiff && t.input.modified.scheme === rewriteScheme);
}

function labelsOf(template: DeclineTemplate | undefined): Record<string, string> {
  return Object.fromEntries((template?.fields ?? []).map((f) => [f.name, f.label]));
}

function normalise(text: string): string {
  return text.replace(/\r\n/g, '\n').trimEnd();
}

/** The JSON the log shows: each fact with its offsets in the draft, and the placeholders. */
function factsReport(summary: RewriteSummary, rewrite: Rewrite) {
  return {
    template: rewrite.templateId,
    kept: summary.kept.map((k) => ({ fact: k.fact, value: k.value, line: k.line, column: k.column, start: rewrite.facts[k.fact]?.start, end: rewrite.facts[k.fact]?.end, text: k.source })),
    placeholders: summary.placeholders,
  };
}

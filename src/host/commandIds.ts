// Every command and view id the extension contributes, grouped by the feature that handles them:
// one source, checked against package.json by unit tests. Titles live in package.json only.

/** Commands of the extension itself (not of one feature). */
export const HostCommands = {
  showLog: 'gracefulDecline.showLog',
} as const;

export const ToneCommands = {
  checkDocument: 'gracefulDecline.checkDocument',
  toggleChecking: 'gracefulDecline.toggleChecking',
  alwaysCheckThisDocument: 'gracefulDecline.alwaysCheckThisDocument',
  stopCheckingThisDocument: 'gracefulDecline.stopCheckingThisDocument',
  statusChoices: 'gracefulDecline.statusChoices',
  markAsDraft: 'gracefulDecline.markAsDraft',
  fixAll: 'gracefulDecline.fixAll',
  disableRule: 'gracefulDecline.disableRule',
  showRuleDocs: 'gracefulDecline.showRuleDocs',
} as const;

export const DraftCommands = {
  newDraft: 'gracefulDecline.newDraft',
  openInMailClient: 'gracefulDecline.openInMailClient',
  copyDraftBody: 'gracefulDecline.copyDraftBody',
} as const;

export const DecisionLogCommands = {
  logDecision: 'gracefulDecline.logDecision',
  markAnswered: 'gracefulDecline.markAnswered',
  deleteDecision: 'gracefulDecline.deleteDecision',
  exportDecisions: 'gracefulDecline.exportDecisions',
  openDecisionLog: 'gracefulDecline.openDecisionLog',
  refreshDecisions: 'gracefulDecline.refreshDecisions',
  addToCalendar: 'gracefulDecline.addToCalendar',
} as const;

export const ChecklistCommands = {
  shouldIDecline: 'gracefulDecline.shouldIDecline',
} as const;

export const RewriteCommands = {
  rewritePolitely: 'gracefulDecline.rewritePolitely',
  applyRewrite: 'gracefulDecline.applyRewrite',
  showRewriteFacts: 'gracefulDecline.showRewriteFacts',
  changeRewriteDecision: 'gracefulDecline.changeRewriteDecision',
  discardRewrite: 'gracefulDecline.discardRewrite',
} as const;

/** Each feature's commands: every contributed command belongs to exactly one group. */
export const CommandGroups = {
  host: HostCommands,
  tone: ToneCommands,
  drafts: DraftCommands,
  decisionLog: DecisionLogCommands,
  checklist: ChecklistCommands,
  rewrite: RewriteCommands,
} as const;

export const Commands = { ...HostCommands, ...ToneCommands, ...DraftCommands, ...DecisionLogCommands, ...ChecklistCommands, ...RewriteCommands } as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

/** Every view id the extension contributes: one source, checked against package.json by a unit test. */
export const Views = {
  checklist: 'gracefulDecline.checklist',
  decisions: 'gracefulDecline.decisions',
} as const;

/** The commands VS Code generates to show our views and their container. */
export const ShowView = {
  checklist: `${Views.checklist}.focus`,
  decisions: `${Views.decisions}.focus`,
  container: 'workbench.view.extension.gracefulDecline',
} as const;

/** Context keys the extension sets (for when-clauses and the walkthrough's completion events). */
export const ContextKeys = {
  /** A document has been checked with Check Current Document (the walkthrough's tone step). */
  documentChecked: 'gracefulDecline.documentChecked',
  /** The active editor tab is a Rewrite Politely diff (its title bar offers Apply, Change Decision, Where From, Discard). */
  rewriteDiffActive: 'gracefulDecline.rewriteDiffActive',
} as const;

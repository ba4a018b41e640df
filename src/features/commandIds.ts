/** Every command id the extension contributes: one source, checked against package.json by a unit test. */
export const Commands = {
  showLog: 'gracefulDecline.showLog',
  checkDocument: 'gracefulDecline.checkDocument',
  toggleChecking: 'gracefulDecline.toggleChecking',
  fixAll: 'gracefulDecline.fixAll',
  disableRule: 'gracefulDecline.disableRule',
  newDraft: 'gracefulDecline.newDraft',
  openInMailClient: 'gracefulDecline.openInMailClient',
  copyDraftBody: 'gracefulDecline.copyDraftBody',
  logDecision: 'gracefulDecline.logDecision',
  markAnswered: 'gracefulDecline.markAnswered',
  deleteDecision: 'gracefulDecline.deleteDecision',
  exportDecisions: 'gracefulDecline.exportDecisions',
  openDecisionLog: 'gracefulDecline.openDecisionLog',
  refreshDecisions: 'gracefulDecline.refreshDecisions',
  shouldIDecline: 'gracefulDecline.shouldIDecline',
  checklistTestHook: 'gracefulDecline.checklistTestHook',
} as const;

export type CommandId = (typeof Commands)[keyof typeof Commands];

/** Every view id the extension contributes: one source, checked against package.json by a unit test. */
export const Views = {
  checklist: 'gracefulDecline.checklist',
  decisions: 'gracefulDecline.decisions',
} as const;

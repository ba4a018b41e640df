// Rewrite Politely: facts from a draft the person wrote, and the clean decline made from them.
export { extractFacts, frameOf, type DecisionFact, type DecisionKind, type DraftFacts, type DraftFrame, type ExtractOptions, type Fact, type ReasonKind } from './extract';
export { decisionChoice, decisionChoices, decisionKinds, isDecisionKind, type DecisionChoice } from './kinds';
export { rewriteDraft, templateIdFor, type Rewrite, type RewriteOptions } from './rewrite';
export { describeRewrite, type KeptFact, type RewriteSummary } from './describe';

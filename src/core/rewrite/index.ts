// Rewrite Politely: facts from a draft the person wrote, and the clean decline made from them.
export { extractFacts, frameOf, type DecisionKind, type DraftFacts, type DraftFrame, type Fact, type ReasonKind } from './extract';
export { rewriteDraft, templateIdFor, type Rewrite } from './rewrite';

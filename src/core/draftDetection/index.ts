// Is this document a draft worth checking? `detectDraft` reads the text; `decideChecking` adds what
// the editor knows (New Decline Draft, .eml, gracefulDecline.include, the user's switch).
export { detectDraft, draftLimits, type DraftVerdict } from './detect';
export { decideChecking, type CheckingCause, type CheckingDecision, type CheckingInput } from './policy';

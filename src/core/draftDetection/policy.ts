/**
 * Which documents the tone checker judges as you type, beyond the language and exclude settings:
 * a draft by `detectDraft`, a document made by New Decline Draft, an `.eml`, a path matching
 * `gracefulDecline.include`, or one the user switched on; never one the user switched off. The
 * editor and `graceful-decline check --drafts-only` both ask this. Pure: the caller says what it knows.
 */
import { detectDraft, type DraftVerdict } from './detect';

export interface CheckingInput {
  text: string;
  /** The document's path or file name, if it has one (an `.eml` is always checked). */
  path?: string;
  /** The editor's language id (`email` for `.eml`). */
  languageId?: string;
  /** Made by New Decline Draft. */
  createdAsDraft?: boolean;
  /** The path matches a `gracefulDecline.include` glob (the caller matches it). */
  included?: boolean;
  /** The user's per-document switch, when they used it. */
  userChoice?: 'on' | 'off';
}

export type CheckingCause = 'switched-off' | 'switched-on' | 'new-draft' | 'email' | 'included' | 'draft' | 'not-a-draft';

export interface CheckingDecision {
  check: boolean;
  cause: CheckingCause;
  /** One sentence for the status bar tooltip or the CLI. */
  reason: string;
  /** Present when the text itself was read (cause `draft` or `not-a-draft`). */
  verdict?: DraftVerdict;
}

const EML = /\.eml$/i;

export function decideChecking(input: CheckingInput): CheckingDecision {
  if (input.userChoice === 'off') return { check: false, cause: 'switched-off', reason: 'You turned checking off for this document.' };
  if (input.userChoice === 'on') return { check: true, cause: 'switched-on', reason: 'You turned checking on for this document.' };
  if (input.createdAsDraft) return { check: true, cause: 'new-draft', reason: 'Made with New Decline Draft.' };
  if (input.languageId === 'email' || (input.path !== undefined && EML.test(input.path))) return { check: true, cause: 'email', reason: 'An email file (.eml).' };
  if (input.included) return { check: true, cause: 'included', reason: 'Its path matches gracefulDecline.include.' };
  const verdict = detectDraft(input.text);
  return { check: verdict.isDraft, cause: verdict.isDraft ? 'draft' : 'not-a-draft', reason: verdict.reason, verdict };
}

/** Shapes shared by the checklist, the decision log and the webview protocol. */

export type Outcome = 'decline' | 'ask-first' | 'propose-alternative' | 'attend';

export type Channel = 'email' | 'phone-then-email' | 'phone' | 'recruiter-first' | 'manager-first';

export type Stage = 'screening' | 'first' | 'second' | 'final';

/** How the invitation reached you. */
export type ContactMethod = 'email' | 'phone' | 'linkedin' | 'applicant-tracking' | 'in-person';

/** An answer to one of the framework's questions; `''` means not answered yet. */
export type Answer = 'yes' | 'no' | 'unsure' | '';

/** An alternative to a flat decline that the person would be happy to offer. */
export type Alternative = 'none' | 'reschedule' | 'shorter-call' | 'different-role';

/**
 * Everything the checklist asks. Instants are ISO 8601 strings WITH an offset
 * (`2026-11-24T10:00:00+01:00`), or `''` when not given.
 */
export interface ChecklistAnswers {
  company: string;
  role: string;
  contactName: string;
  senderName: string;
  stage: Stage;
  contactMethod: ContactMethod;
  recruiterInvolved: boolean;
  internalCandidate: boolean;
  /** The person already knows the hiring manager and they get on well. */
  rapport: boolean;
  invitationReceivedAt: string;
  interviewAt: string;
  /** A signed offer or a firm commitment elsewhere. */
  otherOffer: Answer;
  /** The job leads where the person wants to be within 6 to 12 months. */
  goalsFit: Answer;
  /** Moving, a visa and the dates are manageable. */
  feasible: Answer;
  /** Research found a worrying pattern about the employer from trustworthy sources. */
  redFlags: Answer;
  /** Time and energy to prepare properly. */
  bandwidth: Answer;
  /** The contact could be worth having later (introductions, a reference, a future job). */
  futureValue: Answer;
  /** Things still to find out (job description, interview plan, flexibility, their dates) that could change the answer. */
  openQuestions: Answer;
  alternative: Alternative;
}

export type WarningCode = 'past-reply-window' | 'short-notice-later-stage' | 'last-minute';

export interface DecisionWarning {
  code: WarningCode;
  message: string;
}

/** Fields the New Decline Draft command prefills; empty answers are left out so the template shows its placeholder. */
export interface DraftFields {
  recipientName?: string;
  company?: string;
  role?: string;
  senderName?: string;
  interviewDate?: string;
  /** The stage in words, e.g. `second interview`, always known. */
  interviewStage?: string;
}

/** A recommendation the person can act on. */
export interface Advice {
  ok: true;
  outcome: Outcome;
  /** One sentence that names the outcome. */
  headline: string;
  /** Why, in plain words, in the order they weighed. */
  reasons: string[];
  channel: Channel;
  /** How to use that channel, in plain words. */
  channelAdvice: string;
  /** When to reply by (ISO with the offset of the times you gave), if any time was given. */
  replyBy?: string;
  warnings: DecisionWarning[];
  /** Questions not answered yet (their short labels). */
  unanswered: string[];
  /** The template to draft from; absent when there is nothing to decline (attend). */
  situation?: string;
  fields: DraftFields;
}

export type ProblemCode = 'interview-passed' | 'invalid-date' | 'invitation-in-future' | 'interview-before-invitation';

/** The situation cannot be judged as given: a clear error, never a throw. */
export interface SituationProblem {
  ok: false;
  error: ProblemCode;
  message: string;
}

export type Recommendation = Advice | SituationProblem;

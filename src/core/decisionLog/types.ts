import type { Channel, Outcome, Stage } from '../checklist/types';

/** What "Log this decision" records. Dates are ISO 8601 strings. */
export interface DecisionInput {
  company: string;
  role: string;
  stage: Stage;
  contactName?: string;
  invitationReceivedAt: string;
  interviewAt?: string;
  outcome: Outcome;
  reasons: string[];
  channel: Channel;
  replyBy?: string;
}

export interface DecisionEntry extends DecisionInput {
  id: string;
  loggedAt: string;
  /** When the entry was last logged again with corrected details (see sameDecision.ts). */
  updatedAt?: string;
  answeredAt?: string;
}

/**
 * The decline templates the checklist can recommend, by id (the New Decline Draft command's
 * situations). Kept here until the templates module exports its own list.
 */
export const situationIds = [
  'withdraw-application',
  'accepted-another-offer',
  'circumstances-changed',
  'last-minute-cancellation',
  'decline-later-stage',
  'decline-with-referral',
  'decline-via-recruiter',
  'internal-candidate',
  'reschedule',
  'shorter-call-first',
  'different-role',
  'linkedin-stay-in-touch',
  'reply-when-asked-why',
  'reply-when-persuaded',
  'thank-you-for-acknowledgement',
] as const;

export type SituationId = (typeof situationIds)[number];

/** Words for showing a recommendation, shared by the sidebar view, the palette flow and the decision log. */
import { describeDuration, describeInstant, parseInstant } from './time';
import type { Channel, Outcome } from './types';
import type { SituationId } from './situations';

export const outcomeLabels: Record<Outcome, string> = {
  decline: 'Decline',
  'ask-first': 'Ask questions first',
  'propose-alternative': 'Propose an alternative',
  attend: 'Attend',
};

/** How to tell them; also the Channel column of the decision log and its export. */
export const channelLabels: Record<Channel, string> = {
  email: 'Email',
  phone: 'Phone, then a few written lines',
  'phone-then-email': 'Phone now, then email',
  'recruiter-first': 'Through the recruiter',
  'manager-first': 'Your manager first',
};

/** The built-in templates' titles, exactly as in the `title:` front matter of templates/*.hbs (a unit test keeps them equal). */
export const situationLabels: Record<SituationId, string> = {
  'withdraw-application': 'Withdraw your application',
  'accepted-another-offer': 'You accepted another offer',
  'circumstances-changed': 'Your circumstances changed',
  'last-minute-cancellation': 'Cancel at the last minute',
  'decline-later-stage': 'Decline a second or final-stage interview',
  'decline-with-referral': 'Decline and suggest someone else',
  'decline-via-recruiter': 'Decline through a recruiter',
  'internal-candidate': 'Step back as an internal candidate',
  reschedule: 'Ask to reschedule',
  'shorter-call-first': 'Propose a shorter call or video first',
  'ask-questions-first': 'Ask your questions before you decide',
  'different-role': 'Ask about a different role',
  'linkedin-stay-in-touch': 'LinkedIn note to stay in touch',
  'reply-when-asked-why': 'Reply when they ask why',
  'reply-when-persuaded': 'Reply when they try to change your mind',
  'thank-you-for-acknowledgement': 'Thank them for their reply',
};

export function situationLabel(id: string): string {
  return (situationLabels as Record<string, string>)[id] ?? id;
}

/**
 * `Wednesday 25 November 2026, 09:30 (UTC+01:00), in 44 hours`, or once past: `..., 3 hours ago: answer
 * as soon as possible`. Within a minute either side (the checklist sets the reply-by to now when the
 * notice an interview deserves can no longer be given): `..., now: answer as soon as possible`.
 */
export function describeReplyBy(replyBy: string, now: Date): string {
  const instant = parseInstant(replyBy);
  if (!instant) return replyBy;
  const span = instant.ms - now.getTime();
  const when = describeInstant(instant.ms, instant.offsetMinutes);
  if (Math.abs(span) < 60_000) return `${when}, now: answer as soon as possible`;
  return span > 0 ? `${when}, in ${describeDuration(span)}` : `${when}, ${describeDuration(span)} ago: answer as soon as possible`;
}

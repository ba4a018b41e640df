/** Words for showing a recommendation, shared by the sidebar view and the palette flow. */
import { describeDuration, describeInstant, parseInstant } from './time';
import type { Channel, Outcome } from './types';
import type { SituationId } from './situations';

export const outcomeLabels: Record<Outcome, string> = {
  decline: 'Decline',
  'ask-first': 'Ask questions first',
  'propose-alternative': 'Propose an alternative',
  attend: 'Attend',
};

export const channelLabels: Record<Channel, string> = {
  email: 'Email',
  phone: 'Phone call, then a short note',
  'phone-then-email': 'Call first, then email',
  'recruiter-first': 'Tell the recruiter first',
  'manager-first': 'Talk to your manager first',
};

export const situationLabels: Record<SituationId, string> = {
  'withdraw-application': 'Withdraw your application',
  'accepted-another-offer': 'You accepted another offer',
  'circumstances-changed': 'Your circumstances changed',
  'last-minute-cancellation': 'Last-minute cancellation',
  'decline-later-stage': 'Decline a later-stage interview',
  'decline-with-referral': 'Decline and suggest someone else',
  'decline-via-recruiter': 'Decline through the recruiter',
  'internal-candidate': 'Decline as an internal candidate',
  reschedule: 'Ask to reschedule',
  'shorter-call-first': 'Ask for a short call first',
  'different-role': 'Ask about a different role',
  'linkedin-stay-in-touch': 'Stay in touch on LinkedIn',
  'reply-when-asked-why': 'Reply when asked why',
  'reply-when-persuaded': 'Reply when they try to persuade you',
  'thank-you-for-acknowledgement': 'Thank them for their reply',
};

export function situationLabel(id: string): string {
  return (situationLabels as Record<string, string>)[id] ?? id;
}

/** `Tuesday 25 November 2026, 09:30 (UTC+01:00), in 1 day 21 hours` or `..., 3 hours ago`. */
export function describeReplyBy(replyBy: string, now: Date): string {
  const instant = parseInstant(replyBy);
  if (!instant) return replyBy;
  const span = instant.ms - now.getTime();
  const when = describeInstant(instant.ms, instant.offsetMinutes);
  return span >= 0 ? `${when}, in ${describeDuration(span)}` : `${when}, ${describeDuration(-span)} ago: reply as soon as you can`;
}

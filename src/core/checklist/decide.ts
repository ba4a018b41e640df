/**
 * The decision: from the checklist's answers and the current time to a recommendation.
 * Pure and deterministic (`now` is passed in), so every branch is unit-tested.
 */
import { questions, type QuestionKey } from './questions';
import { HOUR_MS, describeDuration, describeInstant, formatInstant, parseInstant, type Instant } from './time';
import type { Advice, Channel, ChecklistAnswers, DecisionWarning, DraftFields, Outcome, Recommendation, SituationProblem } from './types';
import type { SituationId } from './situations';

/** Aim to answer within a day; two days is the outer edge of polite. */
export const REPLY_AIM_HOURS = 24;
export const REPLY_WINDOW_HOURS = 48;
/** Notice a later-stage interview deserves: the panel has planned around you. */
export const LATER_STAGE_NOTICE_HOURS = 72;
/** Notice for a screening or first interview; less than this is a last-minute cancellation. */
export const EARLY_STAGE_NOTICE_HOURS = 24;
/** Clock skew tolerated before an invitation "received in the future" is called an error. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const headlines: Record<Outcome, string> = {
  decline: 'Say no, kindly and soon.',
  'ask-first': 'Pause and ask before you decide.',
  'propose-alternative': 'Suggest another way rather than a flat no.',
  attend: 'Go, and prepare well.',
};

export function decide(answers: ChecklistAnswers, now: Date): Recommendation {
  const nowMs = now.getTime();
  const received = readInstant(answers.invitationReceivedAt, 'invitation');
  if (received && 'ok' in received) return received;
  const interview = readInstant(answers.interviewAt, 'interview');
  if (interview && 'ok' in interview) return interview;

  if (interview && interview.ms <= nowMs) {
    return problem('interview-passed', `The interview time you gave (${describeInstant(interview.ms, interview.offsetMinutes)}) has already passed. If it was missed, write to apologise; if the date is wrong, correct it.`);
  }
  if (received && received.ms > nowMs + FUTURE_TOLERANCE_MS) {
    return problem('invitation-in-future', 'The invitation cannot have arrived in the future: check the date and time it was received.');
  }
  if (received && interview && interview.ms < received.ms) {
    return problem('interview-before-invitation', 'The interview is set before the invitation arrived: one of the two dates is wrong.');
  }

  const later = answers.stage === 'second' || answers.stage === 'final';
  const untilInterview = interview ? interview.ms - nowMs : undefined;
  const lastMinute = untilInterview !== undefined && untilInterview < EARLY_STAGE_NOTICE_HOURS * HOUR_MS;

  const { outcome, reasons } = weigh(answers);
  if (later && outcome === 'decline') reasons.push('This is a later stage: the team has already invested time in you, so tell them promptly and thank them for it.');

  const channel = chooseChannel(answers, outcome, lastMinute);
  const warnings = warn(answers, outcome, nowMs, received, interview, later, lastMinute);
  const replyBy = computeReplyBy(received, interview, later);

  const advice: Advice = {
    ok: true,
    outcome,
    headline: headlines[outcome],
    reasons,
    channel,
    channelAdvice: channelAdvice(channel, outcome),
    warnings,
    unanswered: questions.filter((q) => answers[q.key] === '').map((q) => q.short),
    fields: draftFields(answers, interview),
  };
  if (replyBy) advice.replyBy = replyBy;
  const situation = chooseSituation(answers, outcome, lastMinute, later);
  if (situation) advice.situation = situation;
  return advice;
}

function problem(error: SituationProblem['error'], message: string): SituationProblem {
  return { ok: false, error, message };
}

/** An empty answer is "not given"; anything else must be ISO with an offset. */
function readInstant(text: string, what: 'invitation' | 'interview'): Instant | SituationProblem | undefined {
  if (text.trim() === '') return undefined;
  const instant = parseInstant(text.trim());
  if (instant) return instant;
  const label = what === 'invitation' ? 'when the invitation arrived' : 'when the interview is';
  return problem('invalid-date', `The time given for ${label} is not a date and time with a time zone (for example 2026-11-24T10:00+01:00).`);
}

/** The framework, in order. Hard stops decline outright; soft ones may leave room for an alternative. */
function weigh(a: ChecklistAnswers): { outcome: Outcome; reasons: string[] } {
  const hard: string[] = [];
  const soft: string[] = [];
  if (a.otherOffer === 'yes') hard.push('You have committed elsewhere: stepping out now is the fair thing for everyone.');
  if (a.redFlags === 'yes') hard.push('You have found credible warning signs about this employer.');
  if (a.goalsFit === 'no') soft.push('The role does not move your next 6 to 12 months forward.');
  if (a.feasible === 'no') soft.push('The move, visa or timing cannot be made to work without undue risk.');
  if (a.bandwidth === 'no') soft.push('You do not have the time to prepare properly, and a rushed interview helps no one.');

  if (hard.length > 0) return { outcome: 'decline', reasons: [...hard, ...soft] };

  if (soft.length > 0) {
    if (a.alternative !== 'none') {
      return { outcome: 'propose-alternative', reasons: [...soft, alternativeReason(a)] };
    }
    if (a.futureValue === 'yes') {
      return { outcome: 'propose-alternative', reasons: [...soft, 'The relationship could matter later, so a short exploratory call keeps the door open without a full interview.'] };
    }
    return { outcome: 'decline', reasons: soft };
  }

  const doubtful = (['otherOffer', 'goalsFit', 'feasible', 'redFlags', 'bandwidth'] as QuestionKey[]).filter((k) => a[k] === 'unsure' || a[k] === '');
  if (a.openQuestions === 'yes' || a.openQuestions === 'unsure' || doubtful.length > 0) {
    const reasons: string[] = [];
    if (a.openQuestions === 'yes') reasons.push('Some answers could still change your mind: ask for the job description, the agenda, flexibility and their timeline before you decide.');
    if (a.openQuestions === 'unsure') reasons.push('You are not sure what you still need to know: list it and ask before deciding.');
    const open = questions.filter((q) => doubtful.includes(q.key)).map((q) => q.short);
    if (open.length > 0) reasons.push(`Still open: ${open.join(', ')}. Settle these before you say yes or no.`);
    return { outcome: 'ask-first', reasons };
  }

  if (a.alternative !== 'none') {
    return { outcome: 'propose-alternative', reasons: ['Nothing rules this role out, and you would rather change the format or timing than go as planned.', alternativeReason(a)] };
  }
  const reasons = ['Nothing you have told the checklist rules this role out: it fits your plan, it is workable and you can prepare.'];
  if (a.futureValue === 'yes') reasons.push('The contact could also matter later, whatever the result.');
  return { outcome: 'attend', reasons };
}

function alternativeReason(a: ChecklistAnswers): string {
  switch (a.alternative) {
    case 'reschedule':
      return 'You would go at another time: ask to move the interview.';
    case 'shorter-call':
      return 'A short call or video first lets both sides check the fit before a full interview.';
    case 'different-role':
      return 'Another role at the company fits you better: ask about that one instead.';
    case 'none':
      return '';
  }
}

function chooseChannel(a: ChecklistAnswers, outcome: Outcome, lastMinute: boolean): Channel {
  if (lastMinute && outcome !== 'attend') return 'phone-then-email';
  if (a.internalCandidate) return 'manager-first';
  if (a.recruiterInvolved) return 'recruiter-first';
  if (outcome !== 'attend' && (a.rapport || a.contactMethod === 'phone')) return 'phone';
  return 'email';
}

function channelAdvice(channel: Channel, outcome: Outcome): string {
  switch (channel) {
    case 'phone-then-email':
      return 'It is too close to the interview for an email alone: call them first, then send a short email that confirms what you said.';
    case 'manager-first':
      return 'As an internal candidate, talk to your manager (or your HR contact) before anything is written down, then reply to the hiring team.';
    case 'recruiter-first':
      return 'A recruiter introduced the role: tell the recruiter first and let them pass it on to the hiring manager.';
    case 'phone':
      return 'You have spoken before, so a call is the courteous choice; follow it with a short written note.';
    case 'email':
      return outcome === 'attend' ? 'Confirm by email so there is a written record of the time and place.' : 'Email is right here: it is clear, leaves a record and does not interrupt anyone.';
  }
}

function warn(a: ChecklistAnswers, outcome: Outcome, nowMs: number, received: Instant | undefined, interview: Instant | undefined, later: boolean, lastMinute: boolean): DecisionWarning[] {
  const warnings: DecisionWarning[] = [];
  if (received && nowMs - received.ms > REPLY_WINDOW_HOURS * HOUR_MS) {
    warnings.push({ code: 'past-reply-window', message: `The invitation arrived ${describeDuration(nowMs - received.ms)} ago, past the usual 24 to 48 hours: reply today, briefly, without a long apology.` });
  }
  if (interview && outcome !== 'attend') {
    const left = interview.ms - nowMs;
    if (lastMinute) {
      warnings.push({ code: 'last-minute', message: `The interview is in ${describeDuration(left)}: call first, then confirm by email.` });
    } else if (later && left < LATER_STAGE_NOTICE_HOURS * HOUR_MS) {
      warnings.push({ code: 'short-notice-later-stage', message: `The ${a.stage} interview is in ${describeDuration(left)}, less than the 72 hours' notice a later stage deserves: tell them today.` });
    }
  }
  return warnings;
}

/**
 * Reply within 48 hours of the invitation, and early enough to give the notice the stage
 * deserves; whichever comes first. Written in the offset the person used.
 */
function computeReplyBy(received: Instant | undefined, interview: Instant | undefined, later: boolean): string | undefined {
  const candidates: Instant[] = [];
  if (received) candidates.push({ ms: received.ms + REPLY_WINDOW_HOURS * HOUR_MS, offsetMinutes: received.offsetMinutes });
  if (interview) candidates.push({ ms: interview.ms - (later ? LATER_STAGE_NOTICE_HOURS : EARLY_STAGE_NOTICE_HOURS) * HOUR_MS, offsetMinutes: interview.offsetMinutes });
  if (candidates.length === 0) return undefined;
  const first = candidates.reduce((a, b) => (b.ms < a.ms ? b : a));
  return formatInstant(first.ms, first.offsetMinutes);
}

function chooseSituation(a: ChecklistAnswers, outcome: Outcome, lastMinute: boolean, later: boolean): SituationId | undefined {
  switch (outcome) {
    case 'attend':
      return undefined;
    case 'ask-first':
      // Asking for a short conversation first is how the open questions get answered.
      return 'shorter-call-first';
    case 'propose-alternative':
      if (a.alternative === 'reschedule') return 'reschedule';
      if (a.alternative === 'different-role') return 'different-role';
      return 'shorter-call-first';
    case 'decline':
      if (lastMinute) return 'last-minute-cancellation';
      if (a.internalCandidate) return 'internal-candidate';
      if (a.recruiterInvolved) return 'decline-via-recruiter';
      if (a.otherOffer === 'yes') return 'accepted-another-offer';
      if (later) return 'decline-later-stage';
      if (a.feasible === 'no') return 'circumstances-changed';
      return 'withdraw-application';
  }
}

function draftFields(a: ChecklistAnswers, interview: Instant | undefined): DraftFields {
  const fields: DraftFields = {};
  const put = (key: keyof DraftFields, value: string) => {
    if (value.trim() !== '') fields[key] = value.trim();
  };
  put('recipientName', a.contactName);
  put('company', a.company);
  put('role', a.role);
  put('senderName', a.senderName);
  if (interview) fields.interviewDate = describeInstant(interview.ms, interview.offsetMinutes);
  return fields;
}

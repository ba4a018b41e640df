/**
 * The decision: from the checklist's answers and the current time to a recommendation.
 * Pure and deterministic (`now` is passed in), so every branch is unit-tested.
 */
import { questions, stageLabels, type QuestionKey } from './questions';
import { HOUR_MS, describeDuration, describeInstant, formatInstant, parseInstant, type Instant } from './time';
import type { Advice, Channel, ChecklistAnswers, DecisionWarning, DraftFields, Outcome, Recommendation, SituationProblem } from './types';
import type { SituationId } from './situations';

/** The longest an invitation should wait for an answer. */
export const REPLY_WINDOW_HOURS = 48;
/** Notice a later-stage interview deserves: the panel has planned around you. */
export const LATER_STAGE_NOTICE_HOURS = 72;
/** Notice for a screening or first interview; less than this is a last-minute cancellation. */
export const EARLY_STAGE_NOTICE_HOURS = 24;
/** Clock skew tolerated before an invitation "received in the future" is called an error. */
const FUTURE_TOLERANCE_MS = 5 * 60_000;

const headlines: Record<Outcome, string> = {
  decline: 'Say no: politely, and without delay.',
  'ask-first': 'Hold off, and get your answers first.',
  'propose-alternative': 'Offer a different arrangement instead of a plain no.',
  attend: 'Accept, and set time aside to get ready.',
};

export function decide(answers: ChecklistAnswers, now: Date): Recommendation {
  const nowMs = now.getTime();
  const received = readInstant(answers.invitationReceivedAt, 'invitation');
  if (received && 'ok' in received) return received;
  const interview = readInstant(answers.interviewAt, 'interview');
  if (interview && 'ok' in interview) return interview;

  if (interview && interview.ms <= nowMs) {
    return problem('interview-passed', `The interview time you entered, ${describeInstant(interview.ms, interview.offsetMinutes)}, is already over. If you missed it, send an apology; if the date is a mistake, fix it.`);
  }
  if (received && received.ms > nowMs + FUTURE_TOLERANCE_MS) {
    return problem('invitation-in-future', 'The invitation is dated in the future: check when it actually arrived.');
  }
  if (received && interview && interview.ms < received.ms) {
    return problem('interview-before-invitation', 'The interview comes before the invitation did, so one of the two dates must be wrong.');
  }

  const later = answers.stage === 'second' || answers.stage === 'final';
  const untilInterview = interview ? interview.ms - nowMs : undefined;
  const lastMinute = untilInterview !== undefined && untilInterview < EARLY_STAGE_NOTICE_HOURS * HOUR_MS;

  const { outcome, reasons } = weigh(answers);
  if (later && outcome === 'decline') reasons.push('They have already spent time on you at this later stage, so let them know quickly and acknowledge the effort they made.');

  const channel = chooseChannel(answers, outcome, lastMinute);
  const warnings = warn(answers, outcome, nowMs, received, interview, later, lastMinute);
  const replyBy = computeReplyBy(received, interview, later, nowMs);

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
  return problem('invalid-date', `The time for ${label} needs a date, a time and a time zone, for example 2026-11-24T10:00+01:00.`);
}

/** The framework, in order. Hard stops decline outright; soft ones may leave room for an alternative. */
function weigh(a: ChecklistAnswers): { outcome: Outcome; reasons: string[] } {
  const hard: string[] = [];
  const soft: string[] = [];
  if (a.otherOffer === 'yes') hard.push('You have already said yes to another job, so leaving this process now is fairest to them and to you.');
  if (a.redFlags === 'yes') hard.push('Reliable reports about this employer worry you, and they agree with each other.');
  if (a.goalsFit === 'no') soft.push('This job does not lead where you want to go in the coming 6 to 12 months.');
  if (a.feasible === 'no') soft.push('Moving, the visa or the dates would put too much at stake.');
  if (a.bandwidth === 'no') soft.push('There is no room in your week to get ready, and going in unready serves neither side.');

  if (hard.length > 0) return { outcome: 'decline', reasons: [...hard, ...soft] };

  if (soft.length > 0) {
    if (a.alternative !== 'none') {
      return { outcome: 'propose-alternative', reasons: [...soft, alternativeReason(a)] };
    }
    // "No alternative" is the person's own choice: never offer one they ruled out. A contact worth
    // keeping changes how to say no, not whether to.
    if (a.futureValue === 'yes') {
      return { outcome: 'decline', reasons: [...soft, 'This contact may be worth keeping, so say no warmly and leave the door open for later.'] };
    }
    return { outcome: 'decline', reasons: soft };
  }

  const doubtful = (['otherOffer', 'goalsFit', 'feasible', 'redFlags', 'bandwidth'] as QuestionKey[]).filter((k) => a[k] === 'unsure' || a[k] === '');
  if (a.openQuestions === 'yes' || a.openQuestions === 'unsure' || doubtful.length > 0) {
    const reasons: string[] = [];
    if (a.openQuestions === 'yes') reasons.push('A few facts could still change your mind: request the job description, the interview plan, any flexibility and their dates, then choose.');
    if (a.openQuestions === 'unsure') reasons.push('You are unsure what is missing: write down what you need to know and ask before you choose.');
    const open = questions.filter((q) => doubtful.includes(q.key)).map((q) => q.short);
    if (open.length > 0) reasons.push(`Not settled yet: ${open.join(', ')}. Find these out before answering either way.`);
    return { outcome: 'ask-first', reasons };
  }

  if (a.alternative !== 'none') {
    return { outcome: 'propose-alternative', reasons: [preferenceReason(a.alternative), alternativeReason(a)] };
  }
  const reasons = ['None of your answers rules this role out: it suits your plans, it can be done, and you have time to get ready.'];
  if (a.futureValue === 'yes') reasons.push('Whatever happens, this contact may be useful to you later on.');
  return { outcome: 'attend', reasons };
}

/** Nothing against the role, yet the person chose an alternative: say what they prefer, in the alternative's own terms. */
function preferenceReason(alternative: Exclude<ChecklistAnswers['alternative'], 'none'>): string {
  switch (alternative) {
    case 'reschedule':
      return 'None of your answers rules the role out, but another time would suit you better than the one offered.';
    case 'shorter-call':
      return 'None of your answers rules the role out, but a shorter first conversation would suit you better than a whole interview.';
    case 'different-role':
      return 'None of your answers rules this role out, but another opening at the company interests you more.';
  }
}

function alternativeReason(a: ChecklistAnswers): string {
  switch (a.alternative) {
    case 'reschedule':
      return 'A different time would work for you: ask whether the interview can move.';
    case 'shorter-call':
      return 'A quick call or video chat lets you both test the fit before anyone commits to a whole interview.';
    case 'different-role':
      return 'A different opening at the company suits you better: ask about it.';
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
      return 'With the interview this close, an email could go unread in time: ring them now, then put what you said in a brief email.';
    case 'manager-first':
      return 'Because you already work there, have a word with your own manager (or HR) before you put anything in writing, and only then answer the hiring team.';
    case 'recruiter-first':
      return 'You came through a recruiter, so give your answer to them; they will bring it to the hiring manager.';
    case 'phone':
      return 'You already know each other, so say it on the phone, then send a few lines in writing.';
    case 'email':
      return outcome === 'attend' ? 'Reply by email, so the time and place are written down for both of you.' : 'An email is enough here: they can read it when it suits them, and you both keep a copy.';
  }
}

function warn(a: ChecklistAnswers, outcome: Outcome, nowMs: number, received: Instant | undefined, interview: Instant | undefined, later: boolean, lastMinute: boolean): DecisionWarning[] {
  const warnings: DecisionWarning[] = [];
  if (received && nowMs - received.ms > REPLY_WINDOW_HOURS * HOUR_MS) {
    warnings.push({ code: 'past-reply-window', message: `The invitation came in ${describeDuration(nowMs - received.ms)} ago, more than the ${REPLY_WINDOW_HOURS} hours an answer should take: so answer today, briefly, with no long apology.` });
  }
  if (interview && outcome !== 'attend') {
    const left = interview.ms - nowMs;
    if (lastMinute) {
      warnings.push({ code: 'last-minute', message: `The interview starts in ${describeDuration(left)}: phone them first, then follow up in writing.` });
    } else if (later && left < LATER_STAGE_NOTICE_HOURS * HOUR_MS) {
      warnings.push({ code: 'short-notice-later-stage', message: `The ${stageLabels[a.stage].toLowerCase()} is in ${describeDuration(left)}; a later stage should hear from you at least ${LATER_STAGE_NOTICE_HOURS} hours ahead, so tell them today.` });
    }
  }
  return warnings;
}

/**
 * REPLY_WINDOW_HOURS after the invitation, or the notice the stage needs before the interview
 * (EARLY_ or LATER_STAGE_NOTICE_HOURS), whichever comes first. Written in the offset the person used.
 *
 * The notice deadline is never set before the invitation arrived, nor before `now`: when the
 * interview is closer than the notice it deserves, that notice can no longer be given, so the
 * answer is due as soon as possible (now, rounded up to the second), and the short-notice or
 * last-minute warning says why. A 48-hour window that has already run out stays as it was (it
 * is after the invitation), with its own "past the reply window" warning.
 */
function computeReplyBy(received: Instant | undefined, interview: Instant | undefined, later: boolean, nowMs: number): string | undefined {
  const candidates: Instant[] = [];
  if (received) candidates.push({ ms: received.ms + REPLY_WINDOW_HOURS * HOUR_MS, offsetMinutes: received.offsetMinutes });
  if (interview) {
    const notice = interview.ms - (later ? LATER_STAGE_NOTICE_HOURS : EARLY_STAGE_NOTICE_HOURS) * HOUR_MS;
    // formatInstant drops milliseconds, so "now" is rounded up to keep the written time from falling before it.
    const floor = Math.max(Math.ceil(nowMs / 1000) * 1000, received ? received.ms : -Infinity);
    candidates.push({ ms: Math.min(Math.max(notice, floor), interview.ms), offsetMinutes: interview.offsetMinutes });
  }
  if (candidates.length === 0) return undefined;
  const first = candidates.reduce((a, b) => (b.ms < a.ms ? b : a));
  return formatInstant(first.ms, first.offsetMinutes);
}

function chooseSituation(a: ChecklistAnswers, outcome: Outcome, lastMinute: boolean, later: boolean): SituationId | undefined {
  switch (outcome) {
    case 'attend':
      return undefined;
    case 'ask-first':
      // Ask what is missing and keep the interview as planned, whatever its stage or date: a
      // shorter call "before a full interview" is an alternative the person did not choose.
      return 'ask-questions-first';
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

/** The draft fields the checklist's answers give (company, role, names, stage, interview date), for New Decline Draft's defaults. */
export function fieldsFromAnswers(a: ChecklistAnswers): DraftFields {
  return draftFields(a, a.interviewAt.trim() ? parseInstant(a.interviewAt.trim()) : undefined);
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
  fields.interviewStage = stageLabels[a.stage].toLowerCase();
  if (interview) fields.interviewDate = describeInstant(interview.ms, interview.offsetMinutes);
  return fields;
}

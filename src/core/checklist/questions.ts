/**
 * The checklist's wording, in one place for the sidebar view and the palette flow.
 * The framework: stop at a firm commitment, a poor fit, an unworkable move, credible red
 * flags or no time to prepare; weigh the relationship; pause and ask when unsure.
 */
import type { Alternative, ChecklistAnswers, ContactMethod, Stage } from './types';

export type QuestionKey = 'otherOffer' | 'goalsFit' | 'feasible' | 'redFlags' | 'bandwidth' | 'futureValue' | 'openQuestions';

export interface Question {
  key: QuestionKey;
  /** The question as asked. */
  label: string;
  /** A few words naming it, for lists of what is still open. */
  short: string;
  /** A hint under the question. */
  hint: string;
}

export const questions: readonly Question[] = [
  { key: 'otherOffer', label: 'Have you signed an offer or made a firm commitment elsewhere?', short: 'another offer or commitment', hint: 'A signed contract or an accepted offer, not just a promising conversation.' },
  { key: 'goalsFit', label: 'Does this role move your plan for the next 6 to 12 months forward?', short: 'fit with your next 6-12 months', hint: 'Think of the work itself, the level and the direction, not only the title.' },
  { key: 'feasible', label: 'Can the move, visa and timing be worked out without undue risk?', short: 'relocation, visa and timing', hint: 'Notice periods, visa windows, family plans, the travel the interview needs.' },
  { key: 'redFlags', label: 'Have you found consistent, credible warning signs about this employer?', short: 'red flags', hint: 'A pattern from reliable sources, not a single bad review.' },
  { key: 'bandwidth', label: 'Do you have the time and energy to prepare properly?', short: 'time to prepare', hint: 'An interview you cannot prepare for costs both sides.' },
  { key: 'futureValue', label: 'Could this employer or contact matter to you later?', short: 'future value of the relationship', hint: 'Network, references, a company you may want to join one day.' },
  { key: 'openQuestions', label: 'Are there questions whose answers could change your mind?', short: 'open questions', hint: 'The job description, the interview agenda, flexibility on location or hours, their timeline.' },
];

export const answerLabels = { yes: 'Yes', no: 'No', unsure: 'Not sure', '': 'Not answered' } as const;

export const stageLabels: Record<Stage, string> = {
  screening: 'Screening call',
  first: 'First interview',
  second: 'Second interview',
  final: 'Final interview',
};

export const contactMethodLabels: Record<ContactMethod, string> = {
  email: 'Email',
  phone: 'Phone call',
  linkedin: 'LinkedIn message',
  'applicant-tracking': 'Applicant tracking system',
  'in-person': 'In person',
};

export const alternativeLabels: Record<Alternative, string> = {
  none: 'No alternative: decide between yes and no',
  reschedule: 'A different date or time',
  'shorter-call': 'A short call or video first',
  'different-role': 'A different role at the company',
};

export const fieldLabels = {
  company: 'Company',
  role: 'Role',
  contactName: 'Contact name',
  senderName: 'Your name',
  stage: 'Stage',
  contactMethod: 'How they contacted you',
  recruiterInvolved: 'A recruiter introduced the role',
  internalCandidate: 'I am an internal candidate',
  rapport: 'I have spoken with the hiring manager and we get on',
  invitationReceivedAt: 'Invitation received at',
  interviewAt: 'Interview at',
  alternative: 'Would an alternative suit you?',
} as const;

/** A fresh, empty checklist. */
export function emptyAnswers(): ChecklistAnswers {
  return {
    company: '',
    role: '',
    contactName: '',
    senderName: '',
    stage: 'first',
    contactMethod: 'email',
    recruiterInvolved: false,
    internalCandidate: false,
    rapport: false,
    invitationReceivedAt: '',
    interviewAt: '',
    otherOffer: '',
    goalsFit: '',
    feasible: '',
    redFlags: '',
    bandwidth: '',
    futureValue: '',
    openQuestions: '',
    alternative: 'none',
  };
}

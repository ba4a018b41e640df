/**
 * The checklist's wording, in one place for the sidebar view, the palette flow and the decision
 * log (stage labels). Written in our own words: the product never reuses sentences from the
 * articles its advice is based on.
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
  { key: 'otherOffer', label: 'Are you already committed to another job?', short: 'a commitment elsewhere', hint: 'Count it only once you have accepted an offer or put your name to a contract; talks that are going well do not count.' },
  { key: 'goalsFit', label: 'Would this job take you where you want to be over the coming 6 to 12 months?', short: 'where the job leads (6-12 months)', hint: 'Look past the title: the day-to-day work, the seniority, the direction it points you in.' },
  { key: 'feasible', label: 'Is the practical side manageable: moving, a visa, the dates?', short: 'moving, visa and dates', hint: 'Notice periods, visa deadlines, family plans, and any travel the interview itself would need.' },
  { key: 'redFlags', label: 'Has your research turned up a worrying pattern about this employer from sources you trust?', short: 'warnings about the employer', hint: 'Several reliable sources telling the same story, not one angry review.' },
  { key: 'bandwidth', label: 'Is there room in your week to get ready for this interview?', short: 'time to get ready', hint: 'Going in unready is unfair to the people interviewing you, and to you.' },
  { key: 'futureValue', label: 'Might this company or this person be worth knowing in a few years?', short: 'the contact\'s value later', hint: 'Someone who could vouch for you, introduce you, or offer you a better-suited job later.' },
  { key: 'openQuestions', label: 'Is there something you still need to find out before you can choose?', short: 'things to find out', hint: 'The full job description, what the interview involves, room to move on place or hours, when they need an answer.' },
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
  recruiterInvolved: 'A recruiter put me forward for this role',
  internalCandidate: 'I am an internal candidate',
  rapport: 'I already know the hiring manager and we get on well',
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

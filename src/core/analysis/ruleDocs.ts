/**
 * One source of rule documentation: hovers, the README, findings' `why`, and the per-rule settings
 * descriptions in package.json (which cannot import this; unit tests check the README and the
 * manifest quote it).
 */
import { DEFAULT_MAX_BODY_WORDS } from './context';
import type { RuleId, Severity } from './types';

export interface RuleDoc {
  title: string;
  /** What the rule flags, one line. */
  summary: string;
  /** The advice behind it, one or two sentences. */
  why: string;
  /** A short draft excerpt the rule flags. */
  example: string;
  /** How to put it right. */
  fix: string;
  defaultSeverity: Severity;
}

export const ruleDocs: Record<RuleId, RuleDoc> = {
  'missing-gratitude': {
    title: 'Missing gratitude',
    summary: 'The draft never thanks the reader. Negated, sarcastic or causal uses ("not grateful", "thanks for nothing", "thanks to the delays") do not count. Judged on whole messages: a draft with a greeting or at least three sentences.',
    why: 'Someone spent time reading your application and arranging an interview. A sentence of thanks acknowledges that and leaves a good last impression.',
    example: 'Dear Ms Rivera,\nI will not be attending the interview on Friday.',
    fix: 'Add a thank-you sentence near the start, for example "Thank you for your time and for considering me." The quick fix inserts one after the greeting.',
    defaultSeverity: 'warning',
  },
  'over-explaining': {
    title: 'Over-explaining',
    summary: `A body longer than the limit (${DEFAULT_MAX_BODY_WORDS} words by default), two or more reasons stacked up, personal details (health, family, money figures, the other employer), or a defensive or apologetic passage.`,
    why: 'A decline needs no justification, and every extra reason is something the reader can argue with or remember. One short, neutral reason at most keeps it brief and private.',
    example: 'I have accepted another offer. Also, the commute would be long, and my partner is starting a new job.',
    fix: 'Keep at most one short, neutral reason ("I have accepted another offer") and remove the rest, along with personal details and figures.',
    defaultSeverity: 'warning',
  },
  'negative-tone': {
    title: 'Negative tone',
    summary: 'Criticism of the company, role, pay, people or process; sarcasm or hostility; emotional or aggrieved wording; boasting about another offer; shouting in capitals or with "!!". Negated ("not disappointed") and quoted words are left alone.',
    why: 'Hiring circles are small and people remember how a message made them feel. A calm, neutral note keeps the door open; criticism, boasting and sarcasm close it.',
    example: 'Frankly, the process was a mess and I have a much better offer anyway!!',
    fix: 'Drop the criticism and the comparison, say what you decided in neutral words ("I have accepted another offer"), and use plain punctuation. Where a neutral alternative exists, the quick fix offers it.',
    defaultSeverity: 'warning',
  },
  'unfilled-placeholder': {
    title: 'Unfilled placeholder',
    summary: 'Template placeholders such as [Name], [Company], {{role}}, <your name> or XXX are still in the draft.',
    why: 'A message that still says [Company] shows it was copied from a template without care, which undoes the courtesy of writing at all.',
    example: 'Dear [Hiring Manager],\nThank you for inviting me to interview at {{company}}.',
    fix: 'Replace each placeholder with the real name, company, role or date. There is no automatic fix: only you know the right text.',
    defaultSeverity: 'error',
  },
  'unclear-decision': {
    title: 'Unclear decision',
    summary: 'No clear statement of what you are doing (declining, withdrawing, asking to reschedule, proposing another format, staying in touch, or thanking them for their reply), a hedged one ("I think I might have to pass"), or mixed signals (declining while asking to stay in the running for the same role). Judged on whole messages: a draft with a greeting or at least three sentences.',
    why: 'The reader should know after one read what happens next. A vague or hedged note leads to follow-up emails and can look like you are still available.',
    example: 'I have been thinking about the role a lot and I am not sure it is the right time for me.',
    fix: 'Say it in one plain sentence, for example "I have decided to withdraw my application." If you want other roles, say so separately and name them as other roles.',
    defaultSeverity: 'warning',
  },
  'excessive-apology': {
    title: 'Excessive apology',
    summary: 'More than one apology in the draft.',
    why: 'Declining is a normal part of hiring, not a wrong to atone for. One apology (for short notice, say) is gracious; more makes the message about your guilt rather than your decision.',
    example: 'I am so sorry to do this. I apologise for any trouble, and sorry again for the late reply.',
    fix: 'Keep one apology at most and remove the others. The quick fix removes the extra ones. This rule reports at information level: it is advice, not an error.',
    defaultSeverity: 'information',
  },
};

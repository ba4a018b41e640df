/** From a checklist and its recommendation to what "Log this decision" records. Pure. */
import type { DecisionInput } from '../decisionLog/types';
import type { Advice, ChecklistAnswers } from './types';
import type { Checked } from './validate';

/**
 * The log needs a company, a role and when the invitation arrived; without them an entry
 * would be useless later, so the person is asked to fill them in rather than given guesses.
 */
export function toDecisionInput(answers: ChecklistAnswers, advice: Advice): Checked<DecisionInput> {
  const missing: string[] = [];
  if (answers.company.trim() === '') missing.push('the company');
  if (answers.role.trim() === '') missing.push('the role');
  if (answers.invitationReceivedAt.trim() === '') missing.push('when the invitation arrived');
  if (missing.length > 0) return { ok: false, reason: `To log this decision, add ${joinWithAnd(missing)}.` };
  const input: DecisionInput = {
    company: answers.company.trim(),
    role: answers.role.trim(),
    stage: answers.stage,
    invitationReceivedAt: answers.invitationReceivedAt.trim(),
    outcome: advice.outcome,
    reasons: [...advice.reasons],
    channel: advice.channel,
  };
  if (answers.contactName.trim() !== '') input.contactName = answers.contactName.trim();
  if (answers.interviewAt.trim() !== '') input.interviewAt = answers.interviewAt.trim();
  if (advice.replyBy) input.replyBy = advice.replyBy;
  return { ok: true, value: input };
}

function joinWithAnd(items: string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

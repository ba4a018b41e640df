import type { DecisionEntry, DecisionInput } from '../../../src/core/decisionLog/types';

export function input(overrides: Partial<DecisionInput> = {}): DecisionInput {
  return {
    company: 'Acme Analytics',
    role: 'Data Engineer',
    stage: 'second',
    contactName: 'Priya',
    invitationReceivedAt: '2026-03-02T09:00:00.000Z',
    interviewAt: '2026-03-09T14:00:00.000Z',
    outcome: 'decline',
    reasons: ['I accepted another offer'],
    channel: 'email',
    replyBy: '2026-03-04T09:00:00.000Z',
    ...overrides,
  };
}

export function entry(overrides: Partial<DecisionEntry> = {}): DecisionEntry {
  return { ...input(), id: 'id-1', loggedAt: '2026-03-02T10:00:00.000Z', ...overrides };
}

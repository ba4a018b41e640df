// Checks a DecisionInput from a caller (the checklist webview, the palette, another extension) and a
// DecisionEntry read back from disk. Both return every problem in plain words, so the user
// sees what to fix, and never throw: the input is untrusted data.
import { ISO_DATE_PATTERN } from '../checklist/time';
import type { Channel, Outcome, Stage } from '../checklist/types';
import { MAX_TEXT_LENGTH, stages } from '../checklist/validate';
import type { DecisionEntry, DecisionInput } from './types';
import type { Result } from '../result';

/** The checklist's list, so a stage the checklist offers is always one the log accepts. */
export const STAGES: readonly Stage[] = stages;
export const OUTCOMES: readonly Outcome[] = ['decline', 'ask-first', 'propose-alternative', 'attend'];
export const CHANNELS: readonly Channel[] = ['email', 'phone-then-email', 'phone', 'recruiter-first', 'manager-first'];

/** Limits that keep one bad caller from filling the log (and the tree) with a novel. */
export const LIMITS = { text: MAX_TEXT_LENGTH, reason: 1000, reasons: 50 } as const;

export type Checked<T> = Result<T, { problems: string[] }>;

/** Validates what "Log This Decision" receives. Unknown fields are dropped; dates are kept as given (with their offset), once checked. */
export function validateDecisionInput(raw: unknown): Checked<DecisionInput> {
  const problems: string[] = [];
  if (!isRecord(raw)) return { ok: false, problems: ['expected the details of a decision (company, role, stage, outcome, ...)'] };
  const value = readInputFields(raw, problems);
  return problems.length ? { ok: false, problems } : { ok: true, value };
}

/** Validates one entry read from the log file. */
export function validateDecisionEntry(raw: unknown): Checked<DecisionEntry> {
  const problems: string[] = [];
  if (!isRecord(raw)) return { ok: false, problems: ['an entry is not an object'] };
  const id = typeof raw.id === 'string' && raw.id.trim() !== '' && raw.id.length <= LIMITS.text ? raw.id : undefined;
  if (id === undefined) problems.push('id is missing');
  const loggedAt = date(raw, 'loggedAt', 'logged at', true, problems);
  const answeredAt = date(raw, 'answeredAt', 'answered at', false, problems);
  const updatedAt = date(raw, 'updatedAt', 'updated at', false, problems);
  const input = readInputFields(raw, problems);
  if (problems.length) return { ok: false, problems };
  const entry: DecisionEntry = { id: id as string, loggedAt: loggedAt as string, ...input };
  if (updatedAt !== undefined) entry.updatedAt = updatedAt;
  if (answeredAt !== undefined) entry.answeredAt = answeredAt;
  return { ok: true, value: entry };
}

function readInputFields(raw: Record<string, unknown>, problems: string[]): DecisionInput {
  const company = text(raw, 'company', 'company', true, problems);
  const role = text(raw, 'role', 'role', false, problems) ?? '';
  const contactName = text(raw, 'contactName', 'contact name', false, problems);
  const stage = oneOf(raw, 'stage', STAGES, problems);
  const outcome = oneOf(raw, 'outcome', OUTCOMES, problems);
  const channel = oneOf(raw, 'channel', CHANNELS, problems);
  const invitationReceivedAt = date(raw, 'invitationReceivedAt', 'invitation received at', true, problems);
  const interviewAt = date(raw, 'interviewAt', 'interview at', false, problems);
  const replyBy = date(raw, 'replyBy', 'reply by', false, problems);
  const reasons = reasonList(raw.reasons, problems);
  const input: DecisionInput = {
    company: company ?? '',
    role,
    stage: stage as Stage,
    invitationReceivedAt: invitationReceivedAt ?? '',
    outcome: outcome as Outcome,
    reasons,
    channel: channel as Channel,
  };
  if (contactName) input.contactName = contactName;
  if (interviewAt !== undefined) input.interviewAt = interviewAt;
  if (replyBy !== undefined) input.replyBy = replyBy;
  return input;
}

function text(raw: Record<string, unknown>, key: string, label: string, required: boolean, problems: string[]): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
    if (required) problems.push(`${label} is missing`);
    return undefined;
  }
  if (typeof value !== 'string') {
    problems.push(`${label} must be text`);
    return undefined;
  }
  const trimmed = value.trim();
  if (trimmed.length > LIMITS.text) {
    problems.push(`${label} is longer than ${LIMITS.text} characters`);
    return undefined;
  }
  return trimmed;
}

function oneOf<T extends string>(raw: Record<string, unknown>, key: string, allowed: readonly T[], problems: string[]): T | undefined {
  const value = raw[key];
  if (value === undefined || value === null || value === '') {
    problems.push(`${key} is missing`);
    return undefined;
  }
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    problems.push(`${key} must be one of ${allowed.join(', ')}`);
    return undefined;
  }
  return value as T;
}

function date(raw: Record<string, unknown>, key: string, label: string, required: boolean, problems: string[]): string | undefined {
  const value = raw[key];
  if (value === undefined || value === null || value === '') {
    if (required) problems.push(`${label} is missing`);
    return undefined;
  }
  // The caller's offset is worth keeping: "reply by 17:00+01:00" is what the person saw.
  if (normaliseDate(value) === undefined) {
    problems.push(`${label} is not a date (expected ISO 8601, e.g. 2026-03-02T09:30:00+01:00)`);
    return undefined;
  }
  return (value as string).trim();
}

/** An ISO 8601 date (with or without a time and offset) as a UTC ISO string, or undefined. */
export function normaliseDate(value: unknown): string | undefined {
  if (typeof value !== 'string' || !ISO_DATE_PATTERN.test(value.trim())) return undefined;
  const time = Date.parse(value.trim());
  if (Number.isNaN(time)) return undefined;
  const year = new Date(time).getUTCFullYear();
  if (year < 1970 || year > 9999) return undefined;
  return new Date(time).toISOString();
}

function reasonList(value: unknown, problems: string[]): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    problems.push('reasons must be a list of text');
    return [];
  }
  if (value.length > LIMITS.reasons) {
    problems.push(`reasons has more than ${LIMITS.reasons} items`);
    return [];
  }
  const reasons: string[] = [];
  for (const item of value) {
    if (typeof item !== 'string') {
      problems.push('reasons must be a list of text');
      return [];
    }
    if (item.length > LIMITS.reason) {
      problems.push(`a reason is longer than ${LIMITS.reason} characters`);
      return [];
    }
    if (item.trim() !== '') reasons.push(item.trim());
  }
  return reasons;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

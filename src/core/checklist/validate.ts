/**
 * Checks untrusted checklist answers (from the webview or a command argument) field by field:
 * exactly the known keys, each of the right type and within its length limit. Pure; never throws.
 */
import { isPlainObject } from '../plainObject';
import type { Alternative, Answer, ChecklistAnswers, ContactMethod, Stage } from './types';
import type { Result } from '../result';

/** Longest text accepted in a name field; longer input is refused rather than cut. */
export const MAX_TEXT_LENGTH = 200;
/** Longest date-time text accepted (an ISO string with offset is 25 characters). */
export const MAX_INSTANT_LENGTH = 40;

type FieldKind =
  | { kind: 'text'; max: number }
  | { kind: 'boolean' }
  | { kind: 'choice'; values: readonly string[] };

const text = (max: number): FieldKind => ({ kind: 'text', max });
const boolean: FieldKind = { kind: 'boolean' };
const choice = (values: readonly string[]): FieldKind => ({ kind: 'choice', values });

export const stages: readonly Stage[] = ['screening', 'first', 'second', 'final'];
export const contactMethods: readonly ContactMethod[] = ['email', 'phone', 'linkedin', 'applicant-tracking', 'in-person'];
export const answers: readonly Answer[] = ['yes', 'no', 'unsure', ''];
export const alternatives: readonly Alternative[] = ['none', 'reschedule', 'shorter-call', 'different-role'];

const schema: Record<keyof ChecklistAnswers, FieldKind> = {
  company: text(MAX_TEXT_LENGTH),
  role: text(MAX_TEXT_LENGTH),
  contactName: text(MAX_TEXT_LENGTH),
  senderName: text(MAX_TEXT_LENGTH),
  stage: choice(stages),
  contactMethod: choice(contactMethods),
  recruiterInvolved: boolean,
  internalCandidate: boolean,
  rapport: boolean,
  invitationReceivedAt: text(MAX_INSTANT_LENGTH),
  interviewAt: text(MAX_INSTANT_LENGTH),
  otherOffer: choice(answers),
  goalsFit: choice(answers),
  feasible: choice(answers),
  redFlags: choice(answers),
  bandwidth: choice(answers),
  futureValue: choice(answers),
  openQuestions: choice(answers),
  alternative: choice(alternatives),
};

export type Checked<T> = Result<T, { reason: string }>;

export { isPlainObject };

/** Exactly the keys of `ChecklistAnswers`, well typed; returns a fresh copy (never the input object). */
export function checkAnswers(value: unknown, where = 'answers'): Checked<ChecklistAnswers> {
  if (!isPlainObject(value)) return { ok: false, reason: `${where} is not an object` };
  const keys = Object.keys(schema) as (keyof ChecklistAnswers)[];
  const extra = Object.keys(value).filter((k) => !(keys as string[]).includes(k));
  if (extra.length > 0) return { ok: false, reason: `${where} has unknown field(s): ${extra.slice(0, 5).map(shortName).join(', ')}` };
  const copy: Record<string, unknown> = {};
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) return { ok: false, reason: `${where}.${key} is missing` };
    const field = value[key];
    const kind = schema[key];
    switch (kind.kind) {
      case 'text':
        if (typeof field !== 'string') return { ok: false, reason: `${where}.${key} must be text` };
        if (field.length > kind.max) return { ok: false, reason: `${where}.${key} is longer than ${kind.max} characters` };
        break;
      case 'boolean':
        if (typeof field !== 'boolean') return { ok: false, reason: `${where}.${key} must be true or false` };
        break;
      case 'choice':
        if (typeof field !== 'string' || !kind.values.includes(field)) return { ok: false, reason: `${where}.${key} is not one of the allowed values` };
        break;
    }
    copy[key] = field;
  }
  return { ok: true, value: copy as unknown as ChecklistAnswers };
}

/** Field names from hostile input go into the log: keep them short and printable. */
export function shortName(name: string): string {
  const printable = name.replace(/[^\x20-\x7e]/g, '?');
  return JSON.stringify(printable.length > 40 ? `${printable.slice(0, 40)}...` : printable);
}

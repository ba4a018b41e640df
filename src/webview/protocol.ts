/**
 * The messages between the "Should I Decline?" webview and the extension host, shared by
 * both sides. The host trusts nothing: `parseWebviewMessage` checks every message it receives.
 * Pure (no vscode, no DOM), so it is unit-tested in plain Node.
 */
import { checkAnswers, isPlainObject, shortName } from '../core/checklist/validate';
import type { ChecklistAnswers } from '../core/checklist/types';

/** The webview's script has loaded and wants its state. */
export interface ReadyMessage {
  type: 'ready';
}
/** An answer changed: the host keeps the latest answers (the webview renders its own recommendation). */
export interface ChangedMessage {
  type: 'changed';
  answers: ChecklistAnswers;
}
/** "Draft the message" was pressed. */
export interface DraftMessage {
  type: 'draft';
  answers: ChecklistAnswers;
}
/** "Log this decision" was pressed. */
export interface LogMessage {
  type: 'log';
  answers: ChecklistAnswers;
}

/** "Add to calendar" was pressed under the reply-by time. */
export interface CalendarMessage {
  type: 'calendar';
  answers: ChecklistAnswers;
}

export type WebviewMessage = ReadyMessage | ChangedMessage | DraftMessage | LogMessage | CalendarMessage;

/** The host's reply to `ready`: the answers it knows, or null for a fresh form. */
export interface InitMessage {
  type: 'init';
  answers: ChecklistAnswers | null;
  /** True when the answers came from elsewhere (the palette flow) and replace what the view saved. */
  replace: boolean;
}
/** A line for the view's status area: what came of a button press. */
export interface StatusLine {
  tone: 'info' | 'error';
  text: string;
}
/** The result of a button press, shown in the view's status line. */
export interface StatusMessage extends StatusLine {
  type: 'status';
}

export type HostMessage = InitMessage | StatusMessage;

/** A message that passed its check, or why it did not. */
export type ParsedMessage<M> = { ok: true; message: M } | { ok: false; reason: string };

export type Parsed = ParsedMessage<WebviewMessage>;

const withAnswers = new Set(['changed', 'draft', 'log', 'calendar']);

/** Accepts exactly the messages above; anything else gets a short, log-safe reason. Never throws. */
export function parseWebviewMessage(raw: unknown): Parsed {
  try {
    if (!isPlainObject(raw)) return { ok: false, reason: 'the message is not an object' };
    const type = raw.type;
    if (typeof type !== 'string') return { ok: false, reason: 'the message has no type' };
    if (type === 'ready') {
      const extra = Object.keys(raw).filter((k) => k !== 'type');
      if (extra.length > 0) return { ok: false, reason: `"ready" has unknown field(s): ${extra.slice(0, 5).map(shortName).join(', ')}` };
      return { ok: true, message: { type: 'ready' } };
    }
    if (!withAnswers.has(type)) return { ok: false, reason: `unknown message type ${shortName(type)}` };
    const extra = Object.keys(raw).filter((k) => k !== 'type' && k !== 'answers');
    if (extra.length > 0) return { ok: false, reason: `"${type}" has unknown field(s): ${extra.slice(0, 5).map(shortName).join(', ')}` };
    if (!('answers' in raw)) return { ok: false, reason: `"${type}" has no answers` };
    const answers = checkAnswers(raw.answers, `"${type}".answers`);
    if (!answers.ok) return answers;
    return { ok: true, message: { type: type as Exclude<WebviewMessage['type'], 'ready'>, answers: answers.value } };
  } catch {
    // A getter or proxy on a hostile object must not take the host down.
    return { ok: false, reason: 'the message could not be read' };
  }
}

export type ParsedHost = ParsedMessage<HostMessage>;

/** Longest status line the page shows. */
export const MAX_STATUS_LENGTH = 500;

/** The page checks the host's messages too (cheap, and it keeps a bug on one side from reaching the DOM). */
export function parseHostMessage(raw: unknown): ParsedHost {
  try {
    if (!isPlainObject(raw)) return { ok: false, reason: 'the message is not an object' };
    const keys = Object.keys(raw).sort().join(',');
    if (raw.type === 'init') {
      if (keys !== 'answers,replace,type') return { ok: false, reason: '"init" needs exactly answers and replace' };
      if (typeof raw.replace !== 'boolean') return { ok: false, reason: '"init".replace must be true or false' };
      if (raw.answers === null) return { ok: true, message: { type: 'init', answers: null, replace: raw.replace } };
      const answers = checkAnswers(raw.answers, '"init".answers');
      if (!answers.ok) return answers;
      return { ok: true, message: { type: 'init', answers: answers.value, replace: raw.replace } };
    }
    if (raw.type === 'status') {
      if (keys !== 'text,tone,type') return { ok: false, reason: '"status" needs exactly tone and text' };
      if (raw.tone !== 'info' && raw.tone !== 'error') return { ok: false, reason: '"status".tone must be info or error' };
      if (typeof raw.text !== 'string' || raw.text.length > MAX_STATUS_LENGTH) return { ok: false, reason: `"status".text must be text of at most ${MAX_STATUS_LENGTH} characters` };
      return { ok: true, message: { type: 'status', tone: raw.tone, text: raw.text } };
    }
    return { ok: false, reason: `unknown message type ${typeof raw.type === 'string' ? shortName(raw.type) : ''}`.trim() };
  } catch {
    return { ok: false, reason: 'the message could not be read' };
  }
}

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

export type WebviewMessage = ReadyMessage | ChangedMessage | DraftMessage | LogMessage;

/** The host's reply to `ready`: the answers it knows, or null for a fresh form. */
export interface InitMessage {
  type: 'init';
  answers: ChecklistAnswers | null;
  /** True when the answers came from elsewhere (the palette flow) and replace what the view saved. */
  replace: boolean;
}
/** The result of a button press, shown in the view's status line. */
export interface StatusMessage {
  type: 'status';
  tone: 'info' | 'error';
  text: string;
}

export type HostMessage = InitMessage | StatusMessage;

export type Parsed = { ok: true; message: WebviewMessage } | { ok: false; reason: string };

const withAnswers = new Set(['changed', 'draft', 'log']);

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
    return { ok: true, message: { type: type as 'changed' | 'draft' | 'log', answers: answers.value } };
  } catch {
    // A getter or proxy on a hostile object must not take the host down.
    return { ok: false, reason: 'the message could not be read' };
  }
}

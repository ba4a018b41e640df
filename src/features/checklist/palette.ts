/**
 * "Should I Decline?" from the command palette: the sidebar checklist as a multi-step quick
 * input for keyboard users. Back goes one step back, Escape cancels and changes nothing.
 */
import * as vscode from 'vscode';
import { alternativeLabels, answerLabels, contactMethodLabels, emptyAnswers, fieldLabels, questions, stageLabels } from '../../core/checklist/questions';
import { isoToLocalInput, localInputToIso } from '../../core/checklist/time';
import type { Answer, ChecklistAnswers } from '../../core/checklist/types';
import { MAX_TEXT_LENGTH } from '../../core/checklist/validate';

type StepResult = 'next' | 'back' | 'cancel';
type Step = (position: { step: number; total: number; back: boolean; title: string }) => Promise<StepResult>;


interface Choice<T extends string> {
  value: T;
  label: string;
  description?: string;
}

type Position = Parameters<Step>[0];

/** Shows one step with the flow's title, step counter and Back button; resolves on accept, Back or hide (Escape). */
function runStep<T extends vscode.QuickPickItem>(input: vscode.QuickPick<T> | vscode.InputBox, { step, total, back, title }: Position, accept: () => boolean): Promise<StepResult> {
  return new Promise<StepResult>((resolve) => {
    input.title = title;
    input.step = step;
    input.totalSteps = total;
    input.ignoreFocusOut = true;
    input.buttons = back ? [vscode.QuickInputButtons.Back] : [];
    let done = false;
    const finish = (result: StepResult) => {
      if (done) return;
      done = true;
      resolve(result);
      input.dispose();
    };
    input.onDidTriggerButton((b) => b === vscode.QuickInputButtons.Back && finish('back'));
    input.onDidAccept(() => accept() && finish('next'));
    input.onDidHide(() => finish('cancel'));
    input.show();
  });
}

/**
 * One choice from a list. `notes`: lines to read under the choices (a question's hint), each its
 * own row so nothing is cut off; accepting one does nothing. The current answer is the active row;
 * the flow puts a "Skip" choice first for questions not answered yet, so Enter never answers for
 * the person.
 */
function pickOne<T extends string>(placeholder: string, choices: Choice<T>[], current: () => T, assign: (value: T) => void, notes: readonly string[] = []): Step {
  return (position) => {
    type Row = vscode.QuickPickItem & { value?: T };
    const qp = vscode.window.createQuickPick<Row>();
    qp.placeholder = placeholder;
    const rows: Row[] = choices.map((c) => ({ label: c.label, description: c.description, value: c.value }));
    const about = 'About this question';
    // Re-wrapped: the first row shares its line with the separator's label, so it is shorter.
    const lines = wrapBeside(notes.join(' '), about);
    if (lines.length) rows.push({ label: about, kind: vscode.QuickPickItemKind.Separator }, ...lines.map((line, i) => ({ label: `${i === 0 ? '$(info)' : '$(blank)'} ${line}`, alwaysShow: true })));
    qp.items = rows;
    const active = rows.find((i) => i.value !== undefined && i.value === current());
    if (active) qp.activeItems = [active];
    return runStep(qp, position, () => {
      const chosen = qp.selectedItems[0] ?? qp.activeItems[0];
      if (chosen?.value === undefined) return false;
      assign(chosen.value);
      return true;
    });
  };
}

/** Splits text into lines of at most `width` characters at spaces, so a quick pick row shows it whole. */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Characters a quick pick row shows in full (600 px wide), with room for an icon. */
export const ROW_WIDTH = 70;

/**
 * `wrapWords` at ROW_WIDTH for rows under a quick pick separator: the first row shares its line
 * with the separator's label (shown on the right, "About this question"), so it is wrapped shorter
 * by the label's length, or the row is cut off with "…".
 */
export function wrapBeside(text: string, label: string): string[] {
  const [first = '', ...rest] = wrapWords(text, ROW_WIDTH - (label ? label.length + 6 : 0));
  return [first, ...wrapWords(rest.join(' '), ROW_WIDTH)].filter(Boolean);
}

function pickMany<K extends string>(placeholder: string, choices: { key: K; label: string }[], current: (key: K) => boolean, assign: (key: K, on: boolean) => void): Step {
  return (position) => {
    const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { key: K }>();
    qp.placeholder = placeholder;
    qp.canSelectMany = true;
    qp.items = choices.map((c) => ({ label: c.label, key: c.key }));
    qp.selectedItems = qp.items.filter((i) => current(i.key));
    return runStep(qp, position, () => {
      const on = new Set(qp.selectedItems.map((i) => i.key));
      for (const c of choices) assign(c.key, on.has(c.key));
      return true;
    });
  };
}

function inputText(prompt: string, current: () => string, assign: (value: string) => void, check?: (value: string) => string | undefined): Step {
  return (position) => {
    const box = vscode.window.createInputBox();
    box.prompt = prompt;
    box.value = current();
    box.onDidChangeValue((v) => (box.validationMessage = check?.(v)));
    return runStep(box, position, () => {
      const problem = check?.(box.value);
      if (problem) {
        box.validationMessage = problem;
        return false;
      }
      assign(box.value);
      return true;
    });
  };
}

const maxText = (v: string) => (v.length > MAX_TEXT_LENGTH ? `Keep it to ${MAX_TEXT_LENGTH} characters or fewer.` : undefined);
const dateCheck = (v: string) => (v.trim() === '' || localInputToIso(v) ? undefined : 'Use YYYY-MM-DD HH:MM (your local time), or leave it empty.');
const toDateInput = (iso: string) => isoToLocalInput(iso).replace('T', ' ');

/** Runs the flow; resolves to the answers, or undefined when the person cancelled. */
export async function askChecklist(title: string, initial: ChecklistAnswers = emptyAnswers()): Promise<ChecklistAnswers | undefined> {
  const a: ChecklistAnswers = { ...initial };
  const answerChoices: Choice<Answer>[] = (['yes', 'no', 'unsure'] as const).map((value) => ({ value, label: answerLabels[value] }));
  // First, and active while the question is unanswered: Enter moves on without answering.
  const skipChoice: Choice<Answer> = { value: '', label: 'Skip for now', description: 'leave it unanswered' };
  const steps: Step[] = [
    inputText(`${fieldLabels.company} (the employer)`, () => a.company, (v) => (a.company = v.trim()), maxText),
    inputText(fieldLabels.role, () => a.role, (v) => (a.role = v.trim()), maxText),
    inputText(`${fieldLabels.contactName} (who invited you; may be empty)`, () => a.contactName, (v) => (a.contactName = v.trim()), maxText),
    inputText(`${fieldLabels.senderName} (to sign the message; may be empty)`, () => a.senderName, (v) => (a.senderName = v.trim()), maxText),
    pickOne('Which stage is the interview?', Object.entries(stageLabels).map(([value, label]) => ({ value: value as ChecklistAnswers['stage'], label })), () => a.stage, (v) => (a.stage = v)),
    pickOne('How did they contact you?', Object.entries(contactMethodLabels).map(([value, label]) => ({ value: value as ChecklistAnswers['contactMethod'], label })), () => a.contactMethod, (v) => (a.contactMethod = v)),
    pickMany('Tick what applies (Space to tick, Enter to go on)', [
      { key: 'recruiterInvolved' as const, label: fieldLabels.recruiterInvolved },
      { key: 'internalCandidate' as const, label: fieldLabels.internalCandidate },
      { key: 'rapport' as const, label: fieldLabels.rapport },
    ], (k) => a[k], (k, on) => (a[k] = on)),
    inputText(`${fieldLabels.invitationReceivedAt}: YYYY-MM-DD HH:MM, your local time (empty if unknown)`, () => toDateInput(a.invitationReceivedAt), (v) => (a.invitationReceivedAt = v.trim() === '' ? '' : (localInputToIso(v) ?? '')), dateCheck),
    inputText(`${fieldLabels.interviewAt}: YYYY-MM-DD HH:MM, your local time (empty if unknown)`, () => toDateInput(a.interviewAt), (v) => (a.interviewAt = v.trim() === '' ? '' : (localInputToIso(v) ?? '')), dateCheck),
    ...questions.map((q) => pickOne(q.label, [skipChoice, ...answerChoices], () => a[q.key], (v) => (a[q.key] = v), wrapWords(q.hint, ROW_WIDTH))),
    pickOne(fieldLabels.alternative, Object.entries(alternativeLabels).map(([value, label]) => ({ value: value as ChecklistAnswers['alternative'], label })), () => a.alternative, (v) => (a.alternative = v)),
  ];
  let index = 0;
  while (index < steps.length) {
    const result = await steps[index]({ step: index + 1, total: steps.length, back: index > 0, title });
    if (result === 'cancel') return undefined;
    index += result === 'back' ? -1 : 1;
    if (index < 0) index = 0;
  }
  return a;
}

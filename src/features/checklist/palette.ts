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

function pickOne<T extends string>(placeholder: string, choices: Choice<T>[], current: () => T, assign: (value: T) => void): Step {
  return (position) => {
    const qp = vscode.window.createQuickPick<vscode.QuickPickItem & { value: T }>();
    qp.placeholder = placeholder;
    qp.items = choices.map((c) => ({ label: c.label, description: c.description, value: c.value }));
    const active = qp.items.find((i) => i.value === current());
    if (active) qp.activeItems = [active];
    return runStep(qp, position, () => {
      const chosen = qp.selectedItems[0] ?? qp.activeItems[0];
      if (!chosen) return false;
      assign(chosen.value);
      return true;
    });
  };
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
    ...questions.map((q) => pickOne(q.label, answerChoices.map((c) => ({ ...c, description: c.value === 'yes' ? q.hint : undefined })), () => (a[q.key] === '' ? 'unsure' : a[q.key]), (v) => (a[q.key] = v))),
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

/**
 * The "Should I Decline?" page, running inside the webview. It builds the form with DOM calls,
 * renders the recommendation from the same `decide` the host uses, keeps its answers with
 * getState/setState so they survive the view being hidden, and posts typed messages to the host.
 * Everything the person typed is shown with textContent, never parsed as HTML.
 */
import './checklist.css';
import { decide } from '../core/checklist/decide';
import { channelLabels, describeReplyBy, outcomeLabels, situationLabel } from '../core/checklist/present';
import { alternativeLabels, answerLabels, contactMethodLabels, emptyAnswers, fieldLabels, questions, stageLabels } from '../core/checklist/questions';
import { formatOffset, isoToLocalInput, localInputToIso } from '../core/checklist/time';
import type { Answer, ChecklistAnswers, Recommendation } from '../core/checklist/types';
import { MAX_TEXT_LENGTH, checkAnswers, isPlainObject } from '../core/checklist/validate';
import { parseHostMessage, type WebviewMessage } from './protocol';

interface VsCodeApi {
  postMessage(message: WebviewMessage): void;
  getState(): unknown;
  setState(state: { answers: ChecklistAnswers }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
let answers: ChecklistAnswers = restoreState() ?? emptyAnswers();
let restoredFromState = restoreState() !== undefined;
let lastRendered = '';
let current: Recommendation = decide(answers, new Date());

function restoreState(): ChecklistAnswers | undefined {
  const state = vscode.getState();
  if (!isPlainObject(state)) return undefined;
  const checked = checkAnswers(state.answers);
  return checked.ok ? checked.value : undefined;
}

type Props = Record<string, string | boolean | undefined>;

/** Creates an element; text children become text nodes, so nothing is ever parsed as HTML. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: (Node | string | undefined)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) {
    if (child === undefined) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

const textFields = ['company', 'role', 'contactName', 'senderName'] as const;
const flagFields = ['recruiterInvolved', 'internalCandidate', 'rapport'] as const;
const timeFields = ['invitationReceivedAt', 'interviewAt'] as const;

function textInput(key: (typeof textFields)[number]): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: `f-${key}` }, fieldLabels[key]), h('input', { id: `f-${key}`, name: key, type: 'text', maxlength: String(MAX_TEXT_LENGTH), autocomplete: 'off', spellcheck: 'false' }));
}

function select(key: 'stage' | 'contactMethod' | 'alternative', options: Record<string, string>): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: `f-${key}` }, fieldLabels[key]), h('select', { id: `f-${key}`, name: key }, ...Object.entries(options).map(([value, label]) => h('option', { value }, label))));
}

function checkbox(key: (typeof flagFields)[number]): HTMLElement {
  return h('div', { class: 'check' }, h('input', { id: `f-${key}`, name: key, type: 'checkbox' }), h('label', { for: `f-${key}` }, fieldLabels[key]));
}

function timeInput(key: (typeof timeFields)[number]): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: `f-${key}` }, fieldLabels[key]), h('input', { id: `f-${key}`, name: key, type: 'datetime-local', 'aria-describedby': 'zone-note' }));
}

function question(q: (typeof questions)[number]): HTMLElement {
  const options: Answer[] = ['yes', 'no', 'unsure'];
  return h(
    'fieldset',
    { class: 'question', 'aria-describedby': `hint-${q.key}` },
    h('legend', {}, q.label),
    h('p', { class: 'hint', id: `hint-${q.key}` }, q.hint),
    h('div', { class: 'choices' }, ...options.map((value) => h('label', { class: 'choice' }, h('input', { type: 'radio', name: q.key, value }), answerLabels[value]))),
  );
}

function zoneNote(): string {
  const offset = -new Date().getTimezoneOffset();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return `Times are in this computer's time zone (${zone ? `${zone}, ` : ''}UTC${offset === 0 ? '' : formatOffset(offset)}).`;
}

function build(): void {
  const app = document.getElementById('app');
  if (!app) return;
  app.replaceChildren(
    h('form', { id: 'checklist', 'aria-label': 'Should I decline this interview?', novalidate: true },
      h('section', { 'aria-labelledby': 's-situation' },
        h('h2', { id: 's-situation' }, 'The situation'),
        ...textFields.map(textInput),
        select('stage', stageLabels),
        select('contactMethod', contactMethodLabels),
        ...flagFields.map(checkbox),
        ...timeFields.map(timeInput),
        h('p', { class: 'hint', id: 'zone-note' }, zoneNote()),
      ),
      h('section', { 'aria-labelledby': 's-questions' },
        h('h2', { id: 's-questions' }, 'The questions'),
        ...questions.map(question),
        select('alternative', alternativeLabels),
      ),
    ),
    h('section', { id: 'result', class: 'result', 'aria-labelledby': 's-result' },
      h('h2', { id: 's-result' }, 'Recommendation'),
      h('div', { id: 'recommendation', 'aria-live': 'polite', 'aria-atomic': 'true' }),
    ),
    h('div', { class: 'actions' },
      h('button', { type: 'button', id: 'draft', class: 'primary' }, 'Draft the message'),
      h('button', { type: 'button', id: 'log', class: 'secondary' }, 'Log this decision'),
      h('button', { type: 'button', id: 'reset', class: 'secondary' }, 'Reset'),
    ),
    h('p', { id: 'status', class: 'status', role: 'status' }),
  );
  app.removeAttribute('aria-busy');
  const form = document.getElementById('checklist') as HTMLFormElement;
  form.addEventListener('input', onFormChange);
  form.addEventListener('change', onFormChange);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('draft')?.addEventListener('click', onDraft);
  document.getElementById('log')?.addEventListener('click', onLog);
  document.getElementById('reset')?.addEventListener('click', onReset);
}

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/** Puts answers into the form. */
function fill(a: ChecklistAnswers): void {
  for (const key of textFields) byId<HTMLInputElement>(`f-${key}`).value = a[key];
  for (const key of flagFields) byId<HTMLInputElement>(`f-${key}`).checked = a[key];
  for (const key of timeFields) byId<HTMLInputElement>(`f-${key}`).value = isoToLocalInput(a[key]);
  byId<HTMLSelectElement>('f-stage').value = a.stage;
  byId<HTMLSelectElement>('f-contactMethod').value = a.contactMethod;
  byId<HTMLSelectElement>('f-alternative').value = a.alternative;
  for (const q of questions) {
    for (const radio of document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${q.key}"]`)) radio.checked = radio.value === a[q.key];
  }
}

/** Reads the form into a checklist, checked by the same rules the host applies. */
function read(): ChecklistAnswers {
  const next: ChecklistAnswers = { ...emptyAnswers() };
  for (const key of textFields) next[key] = byId<HTMLInputElement>(`f-${key}`).value.slice(0, MAX_TEXT_LENGTH);
  for (const key of flagFields) next[key] = byId<HTMLInputElement>(`f-${key}`).checked;
  for (const key of timeFields) {
    const raw = byId<HTMLInputElement>(`f-${key}`).value;
    next[key] = raw === '' ? '' : (localInputToIso(raw) ?? '');
  }
  next.stage = byId<HTMLSelectElement>('f-stage').value as ChecklistAnswers['stage'];
  next.contactMethod = byId<HTMLSelectElement>('f-contactMethod').value as ChecklistAnswers['contactMethod'];
  next.alternative = byId<HTMLSelectElement>('f-alternative').value as ChecklistAnswers['alternative'];
  for (const q of questions) {
    const checked = document.querySelector<HTMLInputElement>(`input[type=radio][name="${q.key}"]:checked`);
    next[q.key] = (checked?.value ?? '') as Answer;
  }
  const checked = checkAnswers(next);
  return checked.ok ? checked.value : answers;
}

function onFormChange(): void {
  answers = read();
  save();
  vscode.postMessage({ type: 'changed', answers });
  render();
}

function save(): void {
  vscode.setState({ answers });
}

function render(): void {
  current = decide(answers, new Date());
  const key = JSON.stringify(current);
  if (key === lastRendered) return;
  lastRendered = key;
  const box = byId<HTMLDivElement>('recommendation');
  const draft = byId<HTMLButtonElement>('draft');
  const log = byId<HTMLButtonElement>('log');
  if (!current.ok) {
    box.replaceChildren(h('p', { class: 'outcome problem' }, 'Check the dates'), h('p', { class: 'problem-text' }, current.message));
    box.dataset.outcome = 'error';
    draft.setAttribute('aria-disabled', 'true');
    log.setAttribute('aria-disabled', 'true');
    return;
  }
  const r = current;
  box.dataset.outcome = r.outcome;
  const rows: (Node | undefined)[] = [
    h('p', { class: `outcome outcome-${r.outcome}` }, outcomeLabels[r.outcome], h('span', { class: 'headline' }, ` ${r.headline}`)),
    subject(answers) ? h('p', { class: 'subject' }, subject(answers)) : undefined,
    h('h3', {}, 'Why'),
    h('ul', { class: 'reasons' }, ...r.reasons.map((reason) => h('li', {}, reason))),
    h('h3', {}, 'How to tell them'),
    h('p', { class: 'channel' }, h('strong', {}, channelLabels[r.channel]), `: ${r.channelAdvice}`),
    r.replyBy ? h('h3', {}, 'Reply by') : undefined,
    r.replyBy ? h('p', { class: 'reply-by' }, describeReplyBy(r.replyBy, new Date())) : undefined,
    r.warnings.length > 0 ? h('ul', { class: 'warnings', 'aria-label': 'Warnings' }, ...r.warnings.map((w) => h('li', { class: 'warning' }, h('strong', {}, 'Warning: '), w.message))) : undefined,
    r.situation ? h('p', { class: 'template' }, 'Template: ', h('strong', {}, situationLabel(r.situation))) : h('p', { class: 'template' }, 'No decline to draft: reply to confirm the interview.'),
    r.unanswered.length > 0 ? h('p', { class: 'hint' }, `Not answered yet: ${r.unanswered.join(', ')}.`) : undefined,
  ];
  box.replaceChildren(...rows.filter((n): n is Node => n !== undefined));
  draft.setAttribute('aria-disabled', r.situation ? 'false' : 'true');
  log.setAttribute('aria-disabled', 'false');
}

/** "Data Analyst at Acme": what this recommendation is about, as plain text. */
function subject(a: ChecklistAnswers): string {
  const role = a.role.trim();
  const company = a.company.trim();
  if (role && company) return `${role} at ${company}`;
  return role || company;
}

function setStatus(text: string, tone: 'info' | 'error' = 'info'): void {
  const status = byId<HTMLParagraphElement>('status');
  status.textContent = text;
  status.dataset.tone = tone;
}

function onDraft(): void {
  render();
  if (!current.ok) return setStatus('Fix the dates first: the recommendation needs them.', 'error');
  if (!current.situation) return setStatus('The recommendation is to attend, so there is no decline to draft.');
  setStatus('Opening a draft...');
  vscode.postMessage({ type: 'draft', answers });
}

function onLog(): void {
  render();
  if (!current.ok) return setStatus('Fix the dates first: the recommendation needs them.', 'error');
  setStatus('Logging...');
  vscode.postMessage({ type: 'log', answers });
}

function onReset(): void {
  answers = emptyAnswers();
  fill(answers);
  save();
  vscode.postMessage({ type: 'changed', answers });
  render();
  setStatus('The checklist is cleared.');
  byId<HTMLInputElement>('f-company').focus();
}

function onHostMessage(event: MessageEvent): void {
  const parsed = parseHostMessage(event.data);
  if (!parsed.ok) return;
  const message = parsed.message;
  if (message.type === 'init') {
    // The view's own saved state wins (it is what the person last saw here), unless the
    // answers came from the palette flow.
    if ((!restoredFromState || message.replace) && message.answers) answers = message.answers;
    restoredFromState = false;
    fill(answers);
    save();
    render();
  } else {
    setStatus(message.text, message.tone);
  }
}

build();
fill(answers);
render();
window.addEventListener('message', onHostMessage);
// Time moves on: refresh warnings and the reply-by countdown once a minute.
setInterval(render, 60_000);
vscode.postMessage({ type: 'ready' });

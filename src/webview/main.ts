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
import { describeDuration, describeZone, isoToLocalInput, localInputToIso, localTimeZone, parseInstant } from '../core/checklist/time';
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
/** The last recommendation drawn, apart from its reply-by time (see render). */
let lastShape = '';
let current: Recommendation = decide(answers, new Date());
/** A draft or log request the host has not answered yet (its status reply ends it). */
let pending: { button: 'draft' | 'log'; timer: ReturnType<typeof setTimeout> } | undefined;
/** If the host never answers (it should, even on errors), the buttons come back after this long. */
const PENDING_TIMEOUT_MS = 60_000;
/** The answers Reset cleared, until they are restored with Undo or the person answers again. */
let beforeReset: ChecklistAnswers | undefined;
const CLEARED = 'The checklist is cleared.';

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

/**
 * A date and a time side by side (one under the other in a narrow side bar): a single
 * datetime-local control cannot wrap, so at the narrowest width its time was cut off.
 */
function timeInput(key: (typeof timeFields)[number]): HTMLElement {
  const label = fieldLabels[key];
  return h(
    'div',
    { class: 'field' },
    h('label', { for: `f-${key}` }, label),
    h(
      'div',
      { class: 'datetime' },
      h('input', { id: `f-${key}`, name: key, type: 'date', 'aria-describedby': `f-${key}-note zone-note` }),
      h('input', { id: `f-${key}-time`, name: `${key}-time`, type: 'time', 'aria-label': `${label}: time`, 'aria-describedby': `f-${key}-note zone-note` }),
    ),
    h('p', { class: 'hint incomplete', id: `f-${key}-note`, hidden: true }, 'Give both the date and the time; until then this time is left out.'),
  );
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
  return `Times are in this computer's time zone (${describeZone(localTimeZone(), -new Date().getTimezoneOffset())}).`;
}

function build(): void {
  const app = document.getElementById('app');
  if (!app) return;
  app.replaceChildren(
    // A compact copy of the recommendation that stays in view while the questions scroll under it;
    // the full one (announced to screen readers) is below the form. It links there.
    h('a', { id: 'summary', class: 'summary', href: '#result', title: 'Go to the full recommendation' }),
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
    h('div', { id: 'actions', class: 'actions' },
      h('button', { type: 'button', id: 'draft', class: 'primary' }, 'Draft the message'),
      h('button', { type: 'button', id: 'log', class: 'secondary' }, 'Log this decision'),
      h('button', { type: 'button', id: 'reset', class: 'secondary' }, 'Reset'),
    ),
    h('div', { class: 'status-line' },
      h('p', { id: 'status', class: 'status', role: 'status' }),
      h('button', { type: 'button', id: 'undo', class: 'secondary', hidden: true }, 'Undo reset'),
    ),
  );
  app.removeAttribute('aria-busy');
  const form = document.getElementById('checklist') as HTMLFormElement;
  form.addEventListener('input', onFormChange);
  form.addEventListener('change', onFormChange);
  form.addEventListener('submit', (event) => event.preventDefault());
  document.getElementById('draft')?.addEventListener('click', onDraft);
  document.getElementById('log')?.addEventListener('click', onLog);
  document.getElementById('reset')?.addEventListener('click', onReset);
  document.getElementById('undo')?.addEventListener('click', onUndo);
  // The calendar button is redrawn with the recommendation: one listener on its container.
  document.getElementById('recommendation')?.addEventListener('click', (event) => {
    if ((event.target as HTMLElement | null)?.id === 'calendar') onCalendar();
  });
}

function byId<T extends HTMLElement>(id: string): T {
  return document.getElementById(id) as T;
}

/** Puts answers into the form. */
function fill(a: ChecklistAnswers): void {
  for (const key of textFields) byId<HTMLInputElement>(`f-${key}`).value = a[key];
  for (const key of flagFields) byId<HTMLInputElement>(`f-${key}`).checked = a[key];
  for (const key of timeFields) {
    const [date = '', time = ''] = isoToLocalInput(a[key]).split('T');
    byId<HTMLInputElement>(`f-${key}`).value = date;
    byId<HTMLInputElement>(`f-${key}-time`).value = time;
    byId<HTMLParagraphElement>(`f-${key}-note`).hidden = true;
  }
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
    const date = byId<HTMLInputElement>(`f-${key}`).value;
    const time = byId<HTMLInputElement>(`f-${key}-time`).value;
    // Half a date-time is not an answer: it is left out (and said so), never completed for the person.
    byId<HTMLParagraphElement>(`f-${key}-note`).hidden = (date === '') === (time === '');
    next[key] = date && time ? (localInputToIso(`${date}T${time.slice(0, 5)}`) ?? '') : '';
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
  // New answers: the reset is over (nothing to undo) and its notice is out of date.
  if (beforeReset) forgetReset();
  answers = read();
  save();
  vscode.postMessage({ type: 'changed', answers });
  render();
}

function save(): void {
  vscode.setState({ answers });
}

/**
 * Redraws the recommendation when it changed. The reply-by countdown depends on the clock, not
 * only on the recommendation, so when nothing else changed it is updated in place: the live region
 * is not redrawn (and re-announced) every minute just because a minute passed. On the timer's
 * ticks the same holds when only the reply-by time moved (it is "now" once the notice an
 * interview deserves can no longer be given, so it moves with the clock).
 */
function render(tick = false): void {
  current = decide(answers, new Date());
  const key = JSON.stringify(current);
  const shape = JSON.stringify({ ...current, replyBy: current.ok && current.replyBy !== undefined });
  if (key === lastRendered || (tick && shape === lastShape)) {
    lastRendered = key;
    refreshCountdown();
    return;
  }
  lastRendered = key;
  lastShape = shape;
  const box = byId<HTMLDivElement>('recommendation');
  const draft = byId<HTMLButtonElement>('draft');
  const log = byId<HTMLButtonElement>('log');
  renderSummary();
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
    // aria-live off: the minute-by-minute countdown is not announced; a changed recommendation still is.
    r.replyBy ? h('p', { class: 'reply-by', 'aria-live': 'off' }, describeReplyBy(r.replyBy, new Date())) : undefined,
    r.replyBy ? h('button', { type: 'button', id: 'calendar', class: 'secondary calendar' }, 'Add to calendar') : undefined,
    r.warnings.length > 0 ? h('ul', { class: 'warnings', 'aria-label': 'Warnings' }, ...r.warnings.map((w) => h('li', { class: 'warning' }, h('strong', {}, 'Warning: '), w.message))) : undefined,
    r.situation ? h('p', { class: 'template' }, 'Template: ', h('strong', {}, situationLabel(r.situation))) : h('p', { class: 'template' }, 'No decline to draft: reply to confirm the interview.'),
    r.unanswered.length > 0 ? h('p', { class: 'hint' }, `Not answered yet: ${r.unanswered.join(', ')}.`) : undefined,
  ];
  box.replaceChildren(...rows.filter((n): n is Node => n !== undefined));
  draft.setAttribute('aria-disabled', r.situation ? 'false' : 'true');
  log.setAttribute('aria-disabled', 'false');
}

/** `Decline · reply in 2 days 3 hours`: what the summary at the top shows. */
function renderSummary(): void {
  const summary = byId<HTMLAnchorElement>('summary');
  summary.dataset.outcome = current.ok ? current.outcome : 'error';
  if (!current.ok) {
    summary.replaceChildren(h('strong', {}, 'Check the dates'), ' · see below');
    return;
  }
  summary.replaceChildren(h('strong', {}, outcomeLabels[current.outcome]), h('span', { class: 'summary-when' }, replyIn(current.replyBy)));
}

function replyIn(replyBy: string | undefined): string {
  const instant = replyBy ? parseInstant(replyBy) : undefined;
  if (!instant) return '';
  const left = instant.ms - Date.now();
  return left < 60_000 ? ' · reply now' : ` · reply in ${describeDuration(left)}`;
}

function refreshCountdown(): void {
  if (!current.ok || !current.replyBy) return;
  const when = document.querySelector<HTMLSpanElement>('#summary .summary-when');
  const short = replyIn(current.replyBy);
  if (when && when.textContent !== short) when.textContent = short;
  const line = document.querySelector<HTMLParagraphElement>('#recommendation .reply-by');
  const text = describeReplyBy(current.replyBy, new Date());
  if (line && line.textContent !== text) line.textContent = text;
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

/**
 * While a draft or log request is with the host, both buttons are disabled (a second click, or
 * Enter pressed twice, would otherwise log the decision twice) and the actions are marked busy;
 * the status line (role=status) says what is happening. The host's status reply ends it.
 */
function startPending(button: 'draft' | 'log'): void {
  for (const id of ['draft', 'log']) byId<HTMLButtonElement>(id).disabled = true;
  byId<HTMLDivElement>('actions').setAttribute('aria-busy', 'true');
  const timer = setTimeout(() => {
    endPending();
    setStatus('No answer from the extension yet. See the Graceful Decline log, then try again.', 'error');
  }, PENDING_TIMEOUT_MS);
  pending = { button, timer };
}

function endPending(): void {
  if (!pending) return;
  clearTimeout(pending.timer);
  const button = byId<HTMLButtonElement>(pending.button);
  pending = undefined;
  for (const id of ['draft', 'log']) byId<HTMLButtonElement>(id).disabled = false;
  byId<HTMLDivElement>('actions').removeAttribute('aria-busy');
  // Disabling the focused button drops the focus; give it back to a keyboard user who was there.
  if (document.hasFocus() && (document.activeElement === null || document.activeElement === document.body)) button.focus();
}

function onDraft(): void {
  if (pending) return;
  render();
  if (!current.ok) return setStatus('Fix the dates first: the recommendation needs them.', 'error');
  if (!current.situation) return setStatus('The recommendation is to attend, so there is no decline to draft.');
  startPending('draft');
  setStatus('Opening a draft...');
  vscode.postMessage({ type: 'draft', answers });
}

function onLog(): void {
  if (pending) return;
  render();
  if (!current.ok) return setStatus('Fix the dates first: the recommendation needs them.', 'error');
  startPending('log');
  setStatus('Logging...');
  vscode.postMessage({ type: 'log', answers });
}

/** "Add to calendar": the host writes the reply-by time as an .ics file where the person chooses. */
function onCalendar(): void {
  render();
  if (!current.ok) return setStatus('Fix the dates first: the recommendation needs them.', 'error');
  vscode.postMessage({ type: 'calendar', answers });
}

/** Clears the form at once, and offers Undo until the person answers again. */
function onReset(): void {
  const previous = answers;
  answers = emptyAnswers();
  const cleared = JSON.stringify(previous) !== JSON.stringify(answers);
  apply();
  if (cleared) {
    beforeReset = previous;
    byId<HTMLButtonElement>('undo').hidden = false;
    setStatus(`${CLEARED} Undo reset brings your answers back.`);
  } else setStatus(CLEARED);
  byId<HTMLInputElement>('f-company').focus();
}

function onUndo(): void {
  if (!beforeReset) return;
  answers = beforeReset;
  forgetReset();
  apply();
  setStatus('Your answers are back.');
  byId<HTMLInputElement>('f-company').focus();
}

function forgetReset(): void {
  beforeReset = undefined;
  byId<HTMLButtonElement>('undo').hidden = true;
  if (byId<HTMLParagraphElement>('status').textContent?.startsWith(CLEARED)) setStatus('');
}

/** Shows `answers` in the form, keeps them, tells the host and redraws the recommendation. */
function apply(): void {
  fill(answers);
  save();
  vscode.postMessage({ type: 'changed', answers });
  render();
}

function onHostMessage(event: MessageEvent): void {
  const parsed = parseHostMessage(event.data);
  if (!parsed.ok) return;
  const message = parsed.message;
  if (message.type === 'init') {
    if (message.replace && beforeReset) forgetReset();
    // The view's own saved state wins (it is what the person last saw here), unless the
    // answers came from the palette flow.
    if ((!restoredFromState || message.replace) && message.answers) answers = message.answers;
    restoredFromState = false;
    fill(answers);
    save();
    render();
  } else {
    // The status line is the host's answer to a draft or log request (and to nothing else).
    endPending();
    setStatus(message.text, message.tone);
  }
}

build();
fill(answers);
render();
window.addEventListener('message', onHostMessage);
// Time moves on: refresh warnings and the reply-by countdown once a minute.
setInterval(() => render(true), 60_000);
vscode.postMessage({ type: 'ready' });

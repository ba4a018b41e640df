// "New Decline Draft": a situation (picked, or given by the checklist), optional fields, and an
// untitled document with the rendered message, its first placeholder selected.
import * as vscode from 'vscode';
import { customIdPrefix, renderTemplate, type DeclineTemplate } from '../../core/templates';
import { openUntitled } from '../../host/untitled';
import { fieldsFromAnswers } from '../../core/checklist/decide';
import { isPlainObject } from '../../core/plainObject';
import type { Log } from '../../host/log';
import type { Services } from '../../host/services';
import { Settings } from '../../host/settingIds';
import { Commands } from '../../host/commandIds';

/** Arguments of `gracefulDecline.newDraft` when called programmatically (the checklist does). */
export interface NewDraftArgs {
  situation: string;
  fields?: Record<string, string>;
}

export async function newDraft(services: Services, args: unknown): Promise<vscode.TextDocument | undefined> {
  const { log, settings } = services;
  const { builtins } = services.templates;
  let template: DeclineTemplate | undefined;
  let values: Record<string, string>;
  if (isPlainObject(args) && 'situation' in args) {
    if (typeof args.situation !== 'string') {
      void vscode.window.showWarningMessage('Graceful Decline: New Decline Draft expects { situation: string, fields?: { name: value } }; the situation given is not text.');
      log.warn(`newDraft: situation of type ${typeof args.situation} ignored`);
      return undefined;
    }
    const id = args.situation.trim();
    template = builtins.find((t) => t.id === id) ?? (await services.templates.customTemplates()).find((t) => t.id === id || t.id === `${customIdPrefix}${id}`);
    if (!template) {
      const known = builtins.map((t) => t.id).join(', ');
      void vscode.window.showWarningMessage(`Graceful Decline: there is no decline template called "${id}". Known situations: ${known}.`);
      log.warn(`newDraft: unknown situation "${id}"`);
      return undefined;
    }
    values = stringFields(args.fields, log);
  } else {
    const chosen = await askTemplateAndFields(await services.templates.all(), defaultsFrom(services), services.titles.of(Commands.newDraft));
    if (!chosen) return undefined;
    ({ template, values } = chosen);
  }
  const senderName = settings.text(Settings.senderName);
  if (senderName && !values.senderName?.trim()) values.senderName = senderName;

  const draft = renderTemplate(template, values);
  const document = await openUntitled(draft.text, 'plaintext');
  // Tell the tone checker this is a decline draft, so it is checked whatever the template left in it.
  await vscode.commands.executeCommand(Commands.markAsDraft, document.uri);
  const editor = await vscode.window.showTextDocument(document);
  await wrapLongLines(editor);
  const first = draft.placeholders[0];
  // Select the first placeholder so typing replaces it, with the message shown from its first
  // line and column (a selection far along a long line would scroll the greeting out of view).
  editor.selection = first ? new vscode.Selection(document.positionAt(first.end), document.positionAt(first.start)) : new vscode.Selection(0, 0, 0, 0);
  editor.revealRange(new vscode.Range(0, 0, editor.selection.start.line, 0), vscode.TextEditorRevealType.AtTop);
  log.info(`new draft from "${template.id}" (${draft.placeholders.length} placeholder(s) left)`);
  return document;
}

/**
 * Soft-wraps the draft in its own editor when plain text would not wrap anyway: an email is
 * paragraphs on long lines. VS Code has no API to set word wrap for one editor; its View: Toggle
 * Word Wrap command does exactly that (for this editor only, nothing written to any settings),
 * so the draft is wrapped with it and the person's settings stay untouched.
 */
async function wrapLongLines(editor: vscode.TextEditor): Promise<void> {
  const wrap = vscode.workspace.getConfiguration('editor', editor.document).get<string>('wordWrap', 'off');
  if (wrap !== 'off') return;
  if (vscode.window.activeTextEditor !== editor) return;
  await vscode.commands.executeCommand('editor.action.toggleWordWrap');
}

/** What the checklist already knows (company, role, names, interview), as defaults for the fields. */
function defaultsFrom(services: Services): Record<string, string> {
  const answers = services.checklist.answers;
  const defaults: Record<string, string> = answers ? { ...fieldsFromAnswers(answers) } : {};
  const senderName = services.settings.text(Settings.senderName);
  if (senderName && !defaults.senderName) defaults.senderName = senderName;
  return defaults;
}

type Step = 'next' | 'back' | 'cancel';

/**
 * The situation, then one optional input per field, as one multi-step input: Back (the title
 * bar's arrow) goes one step back keeping what was typed, Escape cancels the whole draft.
 */
async function askTemplateAndFields(templates: readonly DeclineTemplate[], defaults: Record<string, string>, title: string): Promise<{ template: DeclineTemplate; values: Record<string, string> } | undefined> {
  let template: DeclineTemplate | undefined;
  const typed: Record<string, string> = {};
  let index = -1; // -1: the situation; 0..n-1: the template's fields
  for (;;) {
    if (index < 0) {
      const picked = await pickTemplate(templates, template, title);
      if (!picked) return undefined;
      if (picked !== template) for (const key of Object.keys(typed)) delete typed[key];
      template = picked;
      index = 0;
      continue;
    }
    if (!template) return undefined;
    if (index >= template.fields.length) break;
    const field = template.fields[index];
    const result = await askField(title, template, index, typed[field.name] ?? defaults[field.name] ?? '', (value) => (typed[field.name] = value));
    if (result === 'cancel') return undefined;
    index += result === 'back' ? -1 : 1;
  }
  const values: Record<string, string> = {};
  for (const [name, value] of Object.entries(typed)) if (value.trim()) values[name] = value;
  return { template, values };
}

interface TemplateItem extends vscode.QuickPickItem {
  template?: DeclineTemplate;
}

async function pickTemplate(templates: readonly DeclineTemplate[], current: DeclineTemplate | undefined, title: string): Promise<DeclineTemplate | undefined> {
  const item = (t: DeclineTemplate): TemplateItem => ({
    label: t.origin === 'custom' ? `$(file) ${t.title}` : t.title,
    description: t.origin === 'custom' ? t.file : undefined,
    // One row shows about 80 characters: the "when" line alone (a unit test keeps the built-in ones
    // short); the advice, which was cut off here, is shown in full above the first field instead.
    detail: t.when,
    template: t,
  });
  const builtin = templates.filter((t) => t.origin === 'builtin').map(item);
  const own = templates.filter((t) => t.origin === 'custom').map(item);
  const items: TemplateItem[] = own.length ? [...builtin, { label: 'Your templates', kind: vscode.QuickPickItemKind.Separator }, ...own] : builtin;
  const qp = vscode.window.createQuickPick<TemplateItem>();
  qp.title = title;
  qp.placeholder = 'Which situation are you in?';
  qp.matchOnDescription = true;
  qp.matchOnDetail = true;
  qp.items = items;
  qp.step = 1;
  qp.ignoreFocusOut = true;
  const active = items.find((i) => i.template && i.template === current);
  if (active) qp.activeItems = [active];
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: DeclineTemplate | undefined) => {
      if (done) return;
      done = true;
      resolve(value);
      qp.dispose();
    };
    qp.onDidAccept(() => finish((qp.selectedItems[0] ?? qp.activeItems[0])?.template));
    qp.onDidHide(() => finish(undefined));
    qp.show();
  });
}

/** One field: optional (left empty, its [label] stays in the draft for later). */
function askField(title: string, template: DeclineTemplate, index: number, value: string, keep: (value: string) => void): Promise<Step> {
  const field = template.fields[index];
  const box = vscode.window.createInputBox();
  box.title = `${title}: ${template.title}`;
  box.step = index + 2;
  box.totalSteps = template.fields.length + 1;
  box.placeholder = field.label;
  const prompt = `${field.label} (optional: left empty, [${field.label}] stays in the draft to fill in later)`;
  // The prompt wraps, unlike a pick's row: the template's advice ("Call them first if you can") is read here whole.
  box.prompt = index === 0 && template.advice ? `${template.advice} ${prompt}` : prompt;
  box.value = value;
  box.buttons = [vscode.QuickInputButtons.Back];
  box.ignoreFocusOut = true;
  return new Promise((resolve) => {
    let done = false;
    const finish = (result: Step) => {
      if (done) return;
      done = true;
      if (result !== 'cancel') keep(box.value);
      resolve(result);
      box.dispose();
    };
    box.onDidTriggerButton((button) => button === vscode.QuickInputButtons.Back && finish('back'));
    box.onDidAccept(() => finish('next'));
    box.onDidHide(() => finish('cancel'));
    box.show();
  });
}

/** Keeps the string values of `fields`; anything else is logged and ignored rather than rendered as "[object Object]". */
function stringFields(fields: unknown, log: Log): Record<string, string> {
  const values: Record<string, string> = {};
  if (fields === undefined) return values;
  if (!isPlainObject(fields)) {
    log.warn('newDraft: "fields" is not an object; ignored');
    return values;
  }
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') values[name] = value;
    else if (value !== undefined && value !== null) log.warn(`newDraft: field "${name}" is not a string; ignored`);
  }
  return values;
}

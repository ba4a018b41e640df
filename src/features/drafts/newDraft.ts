// "New Decline Draft": a situation (picked, or given by the checklist), optional fields, and an
// untitled document with the rendered message, its first placeholder selected.
import * as vscode from 'vscode';
import { customIdPrefix, renderTemplate, type DeclineTemplate } from '../../core/templates';
import { isPlainObject } from '../../core/plainObject';
import type { Log } from '../../host/log';
import type { Services } from '../../host/services';
import { Settings } from '../../host/settingIds';
import type { CustomTemplates } from './customTemplates';
import { Commands } from '../../host/commandIds';

/** Arguments of `gracefulDecline.newDraft` when called programmatically (the checklist, tests). */
export interface NewDraftArgs {
  situation: string;
  fields?: Record<string, string>;
}

export async function newDraft(builtins: readonly DeclineTemplate[], custom: CustomTemplates, services: Services, args: unknown): Promise<vscode.TextDocument | undefined> {
  const { log, settings } = services;
  let template: DeclineTemplate | undefined;
  let values: Record<string, string>;
  if (isPlainObject(args) && 'situation' in args) {
    if (typeof args.situation !== 'string') {
      void vscode.window.showWarningMessage('Graceful Decline: New Decline Draft expects { situation: string, fields?: { name: value } }; the situation given is not text.');
      log.warn(`newDraft: situation of type ${typeof args.situation} ignored`);
      return undefined;
    }
    const id = args.situation.trim();
    template = builtins.find((t) => t.id === id) ?? (await custom.load()).find((t) => t.id === id || t.id === `${customIdPrefix}${id}`);
    if (!template) {
      const known = builtins.map((t) => t.id).join(', ');
      void vscode.window.showWarningMessage(`Graceful Decline: there is no decline template called "${id}". Known situations: ${known}.`);
      log.warn(`newDraft: unknown situation "${id}"`);
      return undefined;
    }
    values = stringFields(args.fields, log);
  } else {
    template = await pickTemplate([...builtins, ...(await custom.load())], services);
    if (!template) return undefined;
    const asked = await askFields(template, settings.text(Settings.senderName));
    if (!asked) return undefined;
    values = asked;
  }
  const senderName = settings.text(Settings.senderName);
  if (senderName && !values.senderName?.trim()) values.senderName = senderName;

  const draft = renderTemplate(template, values);
  const document = await vscode.workspace.openTextDocument({ language: 'plaintext', content: draft.text });
  const editor = await vscode.window.showTextDocument(document);
  const first = draft.placeholders[0];
  // Select the first placeholder so typing replaces it.
  const selection = first ? new vscode.Selection(document.positionAt(first.start), document.positionAt(first.end)) : new vscode.Selection(0, 0, 0, 0);
  editor.selection = selection;
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  log.info(`new draft from "${template.id}" (${draft.placeholders.length} placeholder(s) left)`);
  return document;
}

interface TemplateItem extends vscode.QuickPickItem {
  template?: DeclineTemplate;
}

async function pickTemplate(templates: readonly DeclineTemplate[], services: Services): Promise<DeclineTemplate | undefined> {
  const item = (t: DeclineTemplate): TemplateItem => ({
    label: t.origin === 'custom' ? `$(file) ${t.title}` : t.title,
    description: t.origin === 'custom' ? t.file : undefined,
    detail: [t.when, t.advice].filter(Boolean).join(' '),
    template: t,
  });
  const builtin = templates.filter((t) => t.origin === 'builtin').map(item);
  const own = templates.filter((t) => t.origin === 'custom').map(item);
  const items: TemplateItem[] = own.length ? [...builtin, { label: 'Your templates', kind: vscode.QuickPickItemKind.Separator }, ...own] : builtin;
  const picked = await vscode.window.showQuickPick(items, {
    title: services.titles.of(Commands.newDraft),
    placeHolder: 'Which situation are you in?',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.template;
}

/** One optional input per field. Escape at any step cancels the whole draft (undefined). */
async function askFields(template: DeclineTemplate, senderName: string): Promise<Record<string, string> | undefined> {
  const values: Record<string, string> = {};
  for (const [index, field] of template.fields.entries()) {
    const value = await vscode.window.showInputBox({
      title: `${template.title} (${index + 1}/${template.fields.length})`,
      prompt: `${field.label}. Optional: leave it empty to keep [${field.label}] in the draft. Escape cancels.`,
      value: field.name === 'senderName' ? senderName : '',
      ignoreFocusOut: true,
    });
    if (value === undefined) return undefined;
    if (value.trim()) values[field.name] = value;
  }
  return values;
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

// Decline drafts: "New Decline Draft" (a situation, optional fields, an untitled document with the
// rendered message), "Open Draft in Mail Client" and "Copy Draft Body". Templates and rendering
// live in src/core/templates; this file only talks to VS Code. Web-safe: the user's templates
// folder is read through vscode.workspace.fs.
import * as vscode from 'vscode';
import builtinFiles from 'graceful-decline:builtin-templates';
import {
  buildMailto,
  customIdPrefix,
  customTemplateLimitBytes,
  describeProblem,
  loadBuiltinTemplates,
  loadCustomTemplate,
  renderTemplate,
  splitDraft,
  type DeclineTemplate,
  type TemplateProblem,
} from '../core/templates';
import { Commands } from './commandIds';
import { readTextSetting, section, Settings } from './config';
import { guarded, type Log } from './log';
import type { StatusBar } from './statusBar';

/** Arguments of `gracefulDecline.newDraft` when called programmatically (the checklist, tests). */
export interface NewDraftArgs {
  situation: string;
  fields?: Record<string, string>;
}

/** More than this many custom templates would bury the built-in ones in the quick pick. */
const maxCustomTemplates = 200;

export function registerDrafts(_context: vscode.ExtensionContext, services: { log: Log; statusBar: StatusBar }): vscode.Disposable[] {
  const { log } = services;
  const builtins = loadBuiltinTemplates(builtinFiles);
  for (const problem of builtins.problems) log.error(`built-in template skipped: ${describeProblem(problem)}`);
  const custom = new CustomTemplates(log);
  return [
    vscode.commands.registerCommand(Commands.newDraft, guarded(log, 'New Decline Draft', (args?: unknown) => newDraft(builtins.templates, custom, log, args))),
    vscode.commands.registerCommand(Commands.openInMailClient, guarded(log, 'Open Draft in Mail Client', () => openInMailClient(log))),
    vscode.commands.registerCommand(Commands.copyDraftBody, guarded(log, 'Copy Draft Body', () => copyDraftBody())),
  ];
}

async function newDraft(builtins: readonly DeclineTemplate[], custom: CustomTemplates, log: Log, args: unknown): Promise<vscode.TextDocument | undefined> {
  let template: DeclineTemplate | undefined;
  let values: Record<string, string>;
  if (isObject(args) && 'situation' in args) {
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
    template = await pickTemplate([...builtins, ...(await custom.load())]);
    if (!template) return undefined;
    const asked = await askFields(template);
    if (!asked) return undefined;
    values = asked;
  }
  const senderName = readTextSetting(Settings.senderName);
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

async function pickTemplate(templates: readonly DeclineTemplate[]): Promise<DeclineTemplate | undefined> {
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
    title: 'New Decline Draft',
    placeHolder: 'Which situation are you in?',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return picked?.template;
}

/** One optional input per field. Escape at any step cancels the whole draft (undefined). */
async function askFields(template: DeclineTemplate): Promise<Record<string, string> | undefined> {
  const values: Record<string, string> = {};
  const senderName = readTextSetting(Settings.senderName);
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

async function openInMailClient(log: Log): Promise<string | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Graceful Decline: open a draft in the editor first.');
    return undefined;
  }
  const parts = splitDraft(document.getText());
  if (!parts.subject && !parts.body) {
    void vscode.window.showInformationMessage('Graceful Decline: the draft is empty, so there is nothing to send.');
    return undefined;
  }
  const mail = buildMailto(parts);
  if (!mail.bodyIncluded) await vscode.env.clipboard.writeText(parts.body);
  // Passed as a string on purpose: openExternal uses a string as given, while a vscode.Uri is
  // decoded and re-encoded on the way, which mangles a percent-encoded query (microsoft/vscode#85930).
  const opened = await vscode.env.openExternal(mail.uri as unknown as vscode.Uri);
  log.info(`mailto: ${mail.uri.length} characters, body ${mail.bodyIncluded ? 'included' : 'on the clipboard'}, opened: ${opened}`);
  if (!mail.bodyIncluded) {
    void vscode.window.showInformationMessage(
      'Graceful Decline: the message is too long for a mail link, so only the subject went to your mail client. The full body is on your clipboard: paste it into the new email.',
    );
  } else if (!opened) {
    void vscode.window.showWarningMessage('Graceful Decline: no mail client opened the draft. Use "Copy Draft Body" and paste it into your email instead.');
  }
  return mail.uri;
}

async function copyDraftBody(): Promise<string | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showInformationMessage('Graceful Decline: open a draft in the editor first.');
    return undefined;
  }
  const { body } = splitDraft(document.getText());
  await vscode.env.clipboard.writeText(body);
  vscode.window.setStatusBarMessage('$(check) Draft body copied', 3000);
  return body;
}

/**
 * The user's own templates from `gracefulDecline.templatesFolder`, read on demand. Broken files
 * are skipped: each is logged, and one warning (not one per file) names them, shown again only
 * when the set of problems changes.
 */
class CustomTemplates {
  private lastWarning = '';

  constructor(private readonly log: Log) {}

  async load(): Promise<DeclineTemplate[]> {
    const configured = vscode.workspace.getConfiguration(section).inspect<string>(Settings.templatesFolder);
    const setting = readTextSetting(Settings.templatesFolder);
    if (!setting) return [];
    const problems: TemplateProblem[] = [];
    const templates: DeclineTemplate[] = [];
    const folder = resolveFolder(setting);
    if (!folder) {
      problems.push({ file: setting, message: 'is a relative path, but no workspace folder is open to resolve it against' });
    } else if (!vscode.workspace.isTrusted && (configured?.workspaceValue !== undefined || configured?.workspaceFolderValue !== undefined || insideWorkspace(folder))) {
      // Templates from the workspace are content the workspace controls: only in trusted workspaces.
      this.log.info(`custom templates in ${folder.toString(true)} not loaded: the workspace is not trusted (Restricted Mode)`);
      return [];
    } else {
      await this.readFolder(folder, templates, problems);
    }
    this.report(problems);
    return templates;
  }

  private async readFolder(folder: vscode.Uri, templates: DeclineTemplate[], problems: TemplateProblem[]): Promise<void> {
    let entries: [string, vscode.FileType][];
    try {
      entries = await vscode.workspace.fs.readDirectory(folder);
    } catch (error) {
      problems.push({ file: folder.toString(true), message: `cannot be read as a folder (${error instanceof Error ? error.message : String(error)})` });
      return;
    }
    const files = entries
      .filter(([name, type]) => name.toLowerCase().endsWith('.hbs') && (type & vscode.FileType.File) !== 0)
      .map(([name]) => name)
      .sort((a, b) => a.localeCompare(b));
    if (files.length > maxCustomTemplates) {
      problems.push({ file: folder.toString(true), message: `holds ${files.length} templates; only the first ${maxCustomTemplates} (by name) are offered` });
      files.length = maxCustomTemplates;
    }
    for (const name of files) {
      const uri = vscode.Uri.joinPath(folder, name);
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > customTemplateLimitBytes) {
          // Checked before reading, so a huge file is never loaded into memory.
          problems.push({ file: name, message: `is ${Math.round(stat.size / 1024)} KB, larger than the ${customTemplateLimitBytes / 1024} KB a template may be` });
          continue;
        }
        const loaded = loadCustomTemplate(name, await vscode.workspace.fs.readFile(uri));
        if (loaded.ok) templates.push(loaded.value);
        else problems.push(loaded.problem);
      } catch (error) {
        problems.push({ file: name, message: `cannot be read (${error instanceof Error ? error.message : String(error)})` });
      }
    }
  }

  private report(problems: readonly TemplateProblem[]): void {
    const lines = problems.map(describeProblem);
    const signature = lines.join('\n');
    if (signature === this.lastWarning) return;
    this.lastWarning = signature;
    if (!lines.length) return;
    for (const line of lines) this.log.warn(`custom template skipped: ${line}`);
    const more = lines.length > 1 ? ` (and ${lines.length - 1} more)` : '';
    void vscode.window
      .showWarningMessage(`Graceful Decline: skipped a custom template: ${lines[0]}${more}. The built-in templates still work.`, 'Show Log')
      .then((choice) => (choice ? this.log.show(true) : undefined));
  }
}

/** Absolute paths and URIs as given; relative paths against the first workspace folder. */
function resolveFolder(setting: string): vscode.Uri | undefined {
  if (/^[a-zA-Z][\w+.-]+:\/\//.test(setting)) return vscode.Uri.parse(setting);
  if (setting.startsWith('/') || setting.startsWith('\\\\') || /^[a-zA-Z]:[\\/]/.test(setting)) return vscode.Uri.file(setting);
  const root = vscode.workspace.workspaceFolders?.[0]?.uri;
  return root ? vscode.Uri.joinPath(root, ...setting.split(/[\\/]+/).filter(Boolean)) : undefined;
}

function insideWorkspace(uri: vscode.Uri): boolean {
  return (vscode.workspace.workspaceFolders ?? []).some(({ uri: root }) => {
    if (root.scheme !== uri.scheme || root.authority !== uri.authority) return false;
    const base = root.path.endsWith('/') ? root.path : `${root.path}/`;
    return uri.path === root.path || uri.path.startsWith(base);
  });
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Keeps the string values of `fields`; anything else is logged and ignored rather than rendered as "[object Object]". */
function stringFields(fields: unknown, log: Log): Record<string, string> {
  const values: Record<string, string> = {};
  if (fields === undefined) return values;
  if (!isObject(fields)) {
    log.warn('newDraft: "fields" is not an object; ignored');
    return values;
  }
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value === 'string') values[name] = value;
    else if (value !== undefined && value !== null) log.warn(`newDraft: field "${name}" is not a string; ignored`);
  }
  return values;
}

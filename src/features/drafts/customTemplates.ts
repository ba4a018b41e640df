// The user's own templates from `gracefulDecline.templatesFolder`, read through vscode.workspace.fs
// (web-safe); loading and checking each file is pure, in src/core/templates.
import * as vscode from 'vscode';
import { customTemplateLimitBytes, describeProblem, loadCustomTemplate, type DeclineTemplate, type TemplateProblem } from '../../core/templates';
import type { Log } from '../../host/log';
import type { SettingsReader } from '../../host/settings';
import { Settings } from '../../host/settingIds';
import { Commands } from '../../host/commandIds';
import type { CommandTitles } from '../../host/manifest';

/** More than this many custom templates would bury the built-in ones in the quick pick. */
const maxCustomTemplates = 200;

/**
 * The user's own templates from `gracefulDecline.templatesFolder`, read on demand. Broken files
 * are skipped: each is logged, and one warning (not one per file) names them, shown again only
 * when the set of problems changes.
 */
export class CustomTemplates {
  private lastWarning = '';

  constructor(
    private readonly log: Log,
    private readonly settings: SettingsReader,
    private readonly titles: CommandTitles,
  ) {}

  async load(): Promise<DeclineTemplate[]> {
    const setting = this.settings.text(Settings.templatesFolder);
    if (!setting) return [];
    const problems: TemplateProblem[] = [];
    const templates: DeclineTemplate[] = [];
    const folder = resolveFolder(setting);
    if (!folder) {
      problems.push({ file: setting, message: 'is a relative path, but no workspace folder is open to resolve it against' });
    } else if (!vscode.workspace.isTrusted && (this.settings.setByWorkspace(Settings.templatesFolder) || insideWorkspace(folder))) {
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
      .showWarningMessage(`Graceful Decline: skipped a custom template: ${lines[0]}${more}. The built-in templates still work.`, this.titles.of(Commands.showLog))
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

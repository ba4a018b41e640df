// The decline templates every feature uses: the built-ins (precompiled into the bundle, loaded once)
// and the user's own from `gracefulDecline.templatesFolder` (read on demand). One source for New
// Decline Draft and Rewrite Politely.
import builtinFiles from 'graceful-decline:builtin-templates';
import { describeProblem, loadBuiltinTemplates, type DeclineTemplate } from '../core/templates';
import { CustomTemplates } from './customTemplates';
import type { Log } from './log';
import type { CommandTitles } from './manifest';
import type { SettingsReader } from './settings';

export class TemplateLibrary {
  /** The built-in templates, in the order the quick pick shows them. */
  readonly builtins: readonly DeclineTemplate[];
  private readonly custom: CustomTemplates;

  constructor(log: Log, settings: SettingsReader, titles: CommandTitles) {
    const loaded = loadBuiltinTemplates(builtinFiles);
    for (const problem of loaded.problems) log.error(`built-in template skipped: ${describeProblem(problem)}`);
    this.builtins = loaded.templates;
    this.custom = new CustomTemplates(log, settings, titles);
  }

  /** The user's own templates, read now (a broken file is skipped with one warning). */
  customTemplates(): Promise<DeclineTemplate[]> {
    return this.custom.load();
  }

  /** Built-ins first, then the user's own. */
  async all(): Promise<DeclineTemplate[]> {
    return [...this.builtins, ...(await this.custom.load())];
  }
}

// The contributed commands' titles, read from the running extension's package.json (where they
// are written once), so messages and pickers that name a command use its palette title. Pure.

import { contributes } from '../../package.json';

export class CommandTitles {
  private readonly titles = new Map<string, string>();

  /** `packageJSON`: the extension's manifest, as `context.extension.packageJSON` gives it. */
  constructor(packageJSON: unknown) {
    const commands = (packageJSON as { contributes?: { commands?: { command?: unknown; title?: unknown }[] } } | undefined)?.contributes?.commands;
    for (const c of Array.isArray(commands) ? commands : []) if (typeof c.command === 'string' && typeof c.title === 'string') this.titles.set(c.command, c.title);
  }

  /** A command's title as the palette shows it (its id if the manifest lacks one). */
  of(id: string): string {
    return this.titles.get(id) ?? id;
  }
}

/** The languages the decline snippets are contributed for. */
export const snippetLanguages: readonly string[] = contributes.snippets.map((s) => s.language);

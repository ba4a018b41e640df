// What package.json says about our commands and settings, read at build time: titles and setting
// defaults are written there once, and the code takes them from there. Pure (no vscode).
import { contributes } from '../../package.json';

const titles = new Map<string, string>(contributes.commands.map((c) => [c.command, c.title]));
const properties = contributes.configuration.properties as Record<string, { default?: unknown }>;

/** A contributed command's title, as the palette shows it. */
export function commandTitle(id: string): string {
  return titles.get(id) ?? id;
}

/** A contributed setting's default (full key, e.g. `gracefulDecline.debounceMs`). */
export function settingDefault(key: string): unknown {
  return properties[key]?.default;
}

/** The languages the decline snippets are contributed for. */
export const snippetLanguages: readonly string[] = contributes.snippets.map((s) => s.language);

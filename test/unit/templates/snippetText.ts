// Test helper: snippet bodies with every tab stop and choice replaced by a sample value, the way a
// person would leave them after tabbing through.
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Snippet {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

export const snippetsFile = path.resolve(__dirname, '..', '..', '..', 'snippets', 'decline.json');

export function readSnippets(): Record<string, Snippet> {
  return JSON.parse(fs.readFileSync(snippetsFile, 'utf8')) as Record<string, Snippet>;
}

/** Sample values for the hint text of placeholders such as `${2:role title}`. */
const samples: Record<string, string> = {
  '[Role title]': 'Senior Data Analyst',
  '[Company name]': 'Northwind Analytics',
  '[Name of the person you recommend]': 'Sam Okafor',
  '[The other role]': 'Analytics Engineer',
  '[Interview date and time]': 'Thursday at 10:00',
  '[Times you are free]': 'on Monday or Tuesday afternoon',
  '[Your name]': 'Jordan Ellis',
};

/**
 * Expands a snippet body: choices take option `choice` (or their last), placeholders a sample
 * value (or, with `useSamples` false, their own text, as VS Code inserts them).
 */
export function expand(body: string | string[], choice = 0, useSamples = true): string {
  let text = Array.isArray(body) ? body.join('\n') : body;
  for (let guard = 0; guard < 20; guard++) {
    const next = text
      .replace(/\$\{\d+\|((?:[^|\\]|\\.)*)\|\}/g, (_m, options: string) => {
        const list = splitChoices(options);
        return list[Math.min(choice, list.length - 1)];
      })
      .replace(/\$\{\d+:((?:[^${}\\]|\\.)*)\}/g, (_m, hint: string) => (useSamples ? (samples[hint] ?? hint) : hint))
      .replace(/\$\{\d+\}|\$\d+/g, '');
    if (next === text) break;
    text = next;
  }
  return text;
}

/** The options of a choice, honouring `\,` escapes. */
export function splitChoices(options: string): string[] {
  const list: string[] = [];
  let current = '';
  for (let i = 0; i < options.length; i++) {
    if (options[i] === '\\' && i + 1 < options.length) current += options[++i];
    else if (options[i] === ',') {
      list.push(current);
      current = '';
    } else current += options[i];
  }
  list.push(current);
  return list;
}

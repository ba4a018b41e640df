// Front matter of a template file: a small, strict subset of YAML between two `---` lines.
//   title: Withdraw your application
//   when: You no longer want to be considered.
//   advice: Call first if you can.          (optional)
//   fields:
//     recipientName: Hiring manager's name  (or just `recipientName`, or `- recipientName`)
// Strict on purpose: a typo should be reported with its line, not silently ignored.
import { field } from './fields';
import type { Result, TemplateField } from './types';

export interface SplitTemplate {
  /** Front matter lines (without the `---` delimiters); undefined when the file has none. */
  frontMatter: string[] | undefined;
  /** 1-based line number of the first front matter line. */
  frontMatterLine: number;
  body: string;
  /** 1-based line number where the body starts. */
  bodyLine: number;
}

export interface ParsedFrontMatter {
  title?: string;
  when?: string;
  advice?: string;
  fields: TemplateField[];
}

const delimiter = /^---[ \t]*$/;
const knownKeys = ['title', 'when', 'advice', 'fields'] as const;
const fieldName = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Splits a template file into front matter and body. The rule is mirrored in scripts/templates-plugin.js. */
export function splitTemplate(text: string, file: string): Result<SplitTemplate> {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!delimiter.test(lines[0] ?? '')) {
    return { ok: true, value: { frontMatter: undefined, frontMatterLine: 1, body: lines.join('\n'), bodyLine: 1 } };
  }
  const end = lines.findIndex((line, i) => i > 0 && delimiter.test(line));
  if (end < 0) return { ok: false, problem: { file, line: 1, message: 'the front matter opened with --- on line 1 is never closed with a --- line' } };
  return { ok: true, value: { frontMatter: lines.slice(1, end), frontMatterLine: 2, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 } };
}

export function parseFrontMatter(lines: readonly string[], firstLine: number, file: string): Result<ParsedFrontMatter> {
  const result: ParsedFrontMatter = { fields: [] };
  let inFields = false;
  const fail = (index: number, message: string): Result<ParsedFrontMatter> => ({ ok: false, problem: { file, line: firstLine + index, message } });
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (/^\s*(#.*)?$/.test(raw)) continue;
    if (/^\t/.test(raw)) return fail(i, 'use spaces, not tabs, to indent the front matter');
    const indented = /^\s/.test(raw);
    if (indented) {
      if (!inFields) return fail(i, `unexpected indented line "${raw.trim()}": only the entries under "fields:" are indented`);
      const entry = /^\s+(?:-\s*)?([^:\s]+)\s*(?::\s*(.*))?$/.exec(raw);
      if (!entry) return fail(i, `cannot read the field entry "${raw.trim()}"; write it as "  name: Label"`);
      const added = addField(result.fields, entry[1], entry[2] === undefined ? undefined : unquote(entry[2]));
      if (added) return fail(i, added);
      continue;
    }
    inFields = false;
    const pair = /^([A-Za-z]+)\s*:\s*(.*)$/.exec(raw);
    if (!pair) return fail(i, `cannot read "${raw.trim()}"; write each entry as "key: value"`);
    const key = pair[1] as (typeof knownKeys)[number];
    const value = unquote(pair[2]);
    if (!knownKeys.includes(key)) return fail(i, `unknown key "${pair[1]}" (known keys: ${knownKeys.join(', ')})`);
    if (key === 'fields') {
      inFields = true;
      // Also accept the inline form: `fields: recipientName, company`.
      for (const name of value.split(',').map((s) => s.trim()).filter(Boolean)) {
        const added = addField(result.fields, name, undefined);
        if (added) return fail(i, added);
      }
      continue;
    }
    if (!value) return fail(i, `"${key}" needs a value`);
    if (result[key] !== undefined) return fail(i, `"${key}" appears twice`);
    result[key] = value;
  }
  return { ok: true, value: result };
}

function addField(fields: TemplateField[], name: string, label: string | undefined): string | undefined {
  if (!fieldName.test(name)) return `"${name}" is not a valid field name (letters, digits and _ only, not starting with a digit)`;
  if (fields.some((f) => f.name === name)) return `the field "${name}" is listed twice`;
  fields.push(field(name, label));
  return undefined;
}

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted ? quoted[2] : trimmed;
}

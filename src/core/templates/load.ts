// Turns template files into DeclineTemplates: built-ins arrive precompiled by the build
// (scripts/templates-plugin.js); custom ones are bytes read from the user's folder at run time.
import { field, humanize } from './fields';
import { parseFrontMatter, splitTemplate } from './frontMatter';
import { fromHandlebars, type HandlebarsDelegate } from './handlebars';
import { compileSubset } from './subset';
import type { DeclineTemplate, Result, TemplateField, TemplateProblem } from './types';

/** The situations, in the order the quick pick shows them. One `templates/<id>.hbs` each. */
export const builtinTemplateIds = [
  'withdraw-application',
  'accepted-another-offer',
  'circumstances-changed',
  'last-minute-cancellation',
  'decline-later-stage',
  'decline-with-referral',
  'decline-via-recruiter',
  'internal-candidate',
  'reschedule',
  'shorter-call-first',
  'ask-questions-first',
  'different-role',
  'linkedin-stay-in-touch',
  'reply-when-asked-why',
  'reply-when-persuaded',
  'thank-you-for-acknowledgement',
] as const;

export type BuiltinTemplateId = (typeof builtinTemplateIds)[number];

/** One built-in template as the build emits it: the front matter text and the precompiled body. */
export interface PrecompiledTemplateFile {
  file: string;
  /** The file's front matter block (with its `---` lines); the body is in `template`. */
  text: string;
  template: HandlebarsDelegate;
}

export interface Loaded {
  templates: DeclineTemplate[];
  problems: TemplateProblem[];
}

export function loadBuiltinTemplates(files: readonly PrecompiledTemplateFile[]): Loaded {
  const templates: DeclineTemplate[] = [];
  const problems: TemplateProblem[] = [];
  for (const { file, text, template } of files) {
    const meta = readMeta(text, file);
    if (!meta.ok) {
      problems.push(meta.problem);
      continue;
    }
    templates.push({ ...meta.value.meta, id: stem(file), file, origin: 'builtin', render: fromHandlebars(template) });
  }
  const rank = (id: string): number => {
    const i = (builtinTemplateIds as readonly string[]).indexOf(id);
    return i < 0 ? builtinTemplateIds.length : i;
  };
  templates.sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  return { templates, problems };
}

export const customTemplateLimitBytes = 256 * 1024;
export const customIdPrefix = 'custom:';

/**
 * Reads one custom template file. Anything wrong (too big, binary, not UTF-8, broken front
 * matter, an expression we cannot compile) comes back as one problem naming the file and line.
 */
export function loadCustomTemplate(file: string, bytes: Uint8Array, maxBytes = customTemplateLimitBytes): Result<DeclineTemplate> {
  const fail = (message: string, line?: number): Result<DeclineTemplate> => ({ ok: false, problem: { file, line, message } });
  if (bytes.byteLength > maxBytes) return fail(`is ${formatSize(bytes.byteLength)}, larger than the ${formatSize(maxBytes)} a template may be`);
  const nul = bytes.indexOf(0);
  if (nul >= 0) return fail('contains NUL bytes, so it looks like a binary file, not a text template', lineOfByte(bytes, nul));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('is not valid UTF-8 text');
  }
  const meta = readMeta(text, file);
  if (!meta.ok) return meta;
  const compiled = compileSubset(meta.value.body, file, meta.value.bodyLine);
  if (!compiled.ok) return compiled;
  const declared = meta.value.meta.fields;
  const fields: TemplateField[] = [...declared, ...compiled.value.names.filter((n) => !declared.some((f) => f.name === n)).map((n) => field(n))];
  const name = stem(file);
  return {
    ok: true,
    value: {
      ...meta.value.meta,
      title: meta.value.title ?? humanize(name),
      when: meta.value.when ?? `Your template ${file}`,
      fields,
      id: `${customIdPrefix}${name}`,
      file,
      origin: 'custom',
      render: compiled.value.render,
    },
  };
}

interface Meta {
  meta: { title: string; when: string; advice?: string; fields: TemplateField[] };
  title?: string;
  when?: string;
  body: string;
  bodyLine: number;
}

function readMeta(text: string, file: string): Result<Meta> {
  const split = splitTemplate(text, file);
  if (!split.ok) return split;
  const { frontMatter, frontMatterLine, body, bodyLine } = split.value;
  const parsed = frontMatter ? parseFrontMatter(frontMatter, frontMatterLine, file) : { ok: true as const, value: { fields: [] as TemplateField[] } as { title?: string; when?: string; advice?: string; fields: TemplateField[] } };
  if (!parsed.ok) return parsed;
  const { title, when, advice, fields } = parsed.value;
  return {
    ok: true,
    value: { meta: { title: title ?? humanize(stem(file)), when: when ?? '', ...(advice ? { advice } : {}), fields }, title, when, body, bodyLine },
  };
}

function stem(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/\.hbs$/i, '');
}

function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 10) line++;
  return line;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** One line for the log and the warning: `broken.hbs, line 3: …`. */
export function describeProblem(problem: TemplateProblem): string {
  // Without a closing period: callers go on after it ("...; skipped", "... . The built-in templates still work.").
  return `${problem.file}${problem.line ? `, line ${problem.line}` : ''}: ${problem.message.replace(/\.$/, '')}`;
}

/** Shapes shared by the template modules. Pure data: the adapter in src/features renders them. */
import type { Result as CoreResult } from '../result';

export interface TemplateField {
  /** The handlebars name, e.g. `recipientName`. */
  name: string;
  /** What the person fills in, e.g. `Hiring manager's name`; also the placeholder text. */
  label: string;
}

export interface TemplateMeta {
  title: string;
  /** When to use this template: shown under the title in the quick pick. */
  when: string;
  /** Optional practical advice (e.g. "call first"), shown with `when`. */
  advice?: string;
  fields: TemplateField[];
}

/** What a compiled template sees while rendering. */
export interface RenderScope {
  /** Field values with visible placeholders for the empty ones. */
  values: Record<string, string>;
  /** The value of a field, or a placeholder for it (also for names the front matter never declared). */
  value(name: string): string;
  /** Whether the person filled the field in (an empty field is false in `{{#if}}`). */
  filled(name: string): boolean;
  /** Whether a rendered value is one of our placeholders. */
  isPlaceholder(text: unknown): boolean;
}

export type TemplateFn = (scope: RenderScope) => string;

export interface DeclineTemplate extends TemplateMeta {
  /** The situation id: the file name without `.hbs` (custom templates: `custom:<name>`). */
  id: string;
  /** The file it came from, for messages. */
  file: string;
  origin: 'builtin' | 'custom';
  render: TemplateFn;
}

/** Why a template file was skipped: one clear sentence, naming the file and (when known) the line. */
export interface TemplateProblem {
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  message: string;
}

export type Result<T> = CoreResult<T, { problem: TemplateProblem }>;

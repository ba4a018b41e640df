import { labelFor, placeholderText } from './fields';
import type { DeclineTemplate, RenderScope } from './types';

export type FieldValues = Readonly<Record<string, string | undefined>>;

export interface Placeholder {
  text: string;
  /** UTF-16 offsets into the rendered text; end exclusive. */
  start: number;
  end: number;
}

export interface RenderedDraft {
  text: string;
  /** Every placeholder left in the text, in order (the editor puts the cursor on the first). */
  placeholders: Placeholder[];
}

/**
 * Renders a template with the values given. An empty or missing field becomes a visible
 * placeholder such as `[Hiring manager's name]`, which the analysis reports as unfilled.
 * Values are inserted exactly as typed: this is plain text, nothing is HTML-escaped.
 */
export function renderTemplate(template: Pick<DeclineTemplate, 'fields' | 'render'>, input: FieldValues): RenderedDraft {
  const labels = new Map<string, string>(template.fields.map((f) => [f.name, f.label]));
  const filled = (name: string): boolean => Object.prototype.hasOwnProperty.call(input, name) && typeof input[name] === 'string' && input[name].trim() !== '';
  const placeholders = new Set<string>();
  const placeholderFor = (name: string): string => {
    const text = placeholderText(labels.get(name) ?? labelFor(name));
    placeholders.add(text);
    return text;
  };
  // No prototype: a field called `__proto__` or `constructor` is just a field.
  const values: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [name, value] of Object.entries(input)) if (filled(name)) values[name] = (value as string).trim();
  for (const { name } of template.fields) if (!filled(name)) values[name] = placeholderFor(name);
  const scope: RenderScope = {
    values,
    value: (name) => (filled(name) ? values[name] : Object.prototype.hasOwnProperty.call(values, name) ? values[name] : placeholderFor(name)),
    filled,
    isPlaceholder: (text) => typeof text === 'string' && placeholders.has(text),
  };
  const text = normalize(template.render(scope));
  return { text, placeholders: findPlaceholders(text, placeholders) };
}

/** One trailing newline, LF line breaks, no trailing spaces: what an email editor expects. */
function normalize(text: string): string {
  return `${text.replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '').replace(/^\n+/, '').replace(/\n+$/, '')}\n`;
}

function findPlaceholders(text: string, used: ReadonlySet<string>): Placeholder[] {
  const found: Placeholder[] = [];
  for (const placeholder of used) {
    for (let at = text.indexOf(placeholder); at >= 0; at = text.indexOf(placeholder, at + placeholder.length)) {
      found.push({ text: placeholder, start: at, end: at + placeholder.length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

import type { TemplateField } from './types';

/** Labels for the fields every template may use; the checklist prefills these by name. */
export const commonFieldLabels: Readonly<Record<string, string>> = {
  recipientName: "Hiring manager's name",
  company: 'Company name',
  role: 'Role title',
  senderName: 'Your name',
  interviewDate: 'Interview date and time',
  interviewStage: 'Interview stage',
};

/** A readable label for a name nobody described: `referralName` -> `Referral name`. */
export function humanize(name: string): string {
  const words = name
    .replace(/[_-]+/g, ' ')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : name;
}

export function labelFor(name: string): string {
  return Object.prototype.hasOwnProperty.call(commonFieldLabels, name) ? commonFieldLabels[name] : humanize(name);
}

/** The visible stand-in for an empty field, e.g. `[Hiring manager's name]`. */
export function placeholderText(label: string): string {
  return `[${label}]`;
}

export function field(name: string, label?: string): TemplateField {
  return { name, label: label?.trim() || labelFor(name) };
}

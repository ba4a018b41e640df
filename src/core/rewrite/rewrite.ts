/**
 * Rewrite Politely: turns a draft someone wrote into the decline the checklist would have drafted,
 * keeping their names, company, role, decision and (at most one neutral) reason, and keeping the
 * email headers, the subject line and any quoted earlier message exactly as they were.
 */
import { analyze } from '../analysis';
import { renderTemplate, type DeclineTemplate } from '../templates';
import { extractFacts, frameOf, withChosenDecision, type DecisionKind, type DraftFacts, type ExtractOptions, type ReasonKind } from './extract';

export interface Rewrite {
  /** The whole new text: headers, the rewritten message, then the quoted earlier message. */
  text: string;
  facts: DraftFacts;
  /** The template used: a built-in id, or `custom:<name>` when the user's folder has one for the situation. */
  templateId: string;
  /** Fields the draft did not state: they stay as visible placeholders. */
  missing: string[];
}

/** The built-in template for each situation a draft can be in. */
export function templateIdFor(decision: DecisionKind | undefined, reason: ReasonKind | undefined): string {
  switch (decision) {
    case 'accepted-elsewhere':
      return 'accepted-another-offer';
    case 'different-role':
      return 'different-role';
    case 'shorter-call':
      return 'shorter-call-first';
    case 'reschedule':
      return 'reschedule';
    case 'stay-in-touch':
      return 'linkedin-stay-in-touch';
    default:
      if (reason === 'accepted-offer') return 'accepted-another-offer';
      return reason === 'circumstances' || reason === 'timing' ? 'circumstances-changed' : 'withdraw-application';
  }
}

/** The user's own template for a situation wins: a custom template named after the built-in id. */
function pickTemplate(id: string, templates: readonly DeclineTemplate[]): DeclineTemplate | undefined {
  return templates.find((t) => t.origin === 'custom' && t.id === `custom:${id}`) ?? templates.find((t) => t.id === id);
}

const SUBJECT_LINE = /^subject:[^\n]*\n+/i;

/** `decision`: what the person chose to tell them; it wins over what the draft seems to say (see ExtractOptions). */
export interface RewriteOptions extends ExtractOptions {
  /** What extractFacts(text) already read from this text: not read again (the choice in `decision` still applies). */
  facts?: DraftFacts;
}

/**
 * Rewrites `text` with the matching template from `templates` (built-ins plus the user's own).
 * `defaults` fill fields the draft does not state (the editor passes `gracefulDecline.senderName`);
 * `options.decision`, the person's choice, picks the situation whatever the draft says.
 * With neither a decision in the draft nor one chosen, the rewrite declines (facts.decision is then
 * undefined, and callers should ask or say so). Returns undefined only when no template for the
 * situation is loaded.
 */
export function rewriteDraft(text: string, templates: readonly DeclineTemplate[], defaults: Readonly<Record<string, string>> = {}, options: RewriteOptions = {}): Rewrite | undefined {
  const source = typeof text === 'string' ? text : '';
  const facts = options.facts ? withChosenDecision(source, options.facts, options.decision) : extractFacts(source, options);
  const id = templateIdFor(facts.decision?.value, facts.reason?.value);
  const template = pickTemplate(id, templates);
  if (!template) return undefined;
  const values: Record<string, string> = {};
  const known: Record<string, string | undefined> = {
    recipientName: facts.recipient?.value,
    senderName: facts.sender?.value,
    company: facts.company?.value,
    role: facts.role?.value,
    interviewDate: facts.date?.value,
  };
  for (const [name, value] of Object.entries(known)) if (value) values[name] = value;
  // Values the person set up front (their own name) fill only fields the draft left unstated.
  for (const [name, value] of Object.entries(defaults)) if (!values[name] && typeof value === 'string' && value.trim()) values[name] = value;
  const rendered = renderTemplate(template, values);
  const frame = frameOf(source);
  const templateSubject = SUBJECT_LINE.exec(rendered.text)?.[0].trimEnd();
  // The draft's own subject (or none) is kept, unless its wording is itself a tone problem.
  let body = rendered.text.replace(SUBJECT_LINE, '');
  let headers = frame.headers && !/\n[ \t]*\n?$/.test(frame.headers) ? `${frame.headers}\n` : frame.headers;
  const subject = /^subject:.*$/im.exec(headers);
  if (subject && templateSubject && analyze(subject[0]).some((f) => f.ruleId !== 'unfilled-placeholder')) {
    headers = headers.slice(0, subject.index) + templateSubject + headers.slice(subject.index + subject[0].length);
  }
  if (frame.quoted) body = `${body}\n`;
  const missing = template.fields.filter((f) => !values[f.name]).map((f) => f.name);
  return { text: headers + body + frame.quoted, facts, templateId: template.id, missing };
}

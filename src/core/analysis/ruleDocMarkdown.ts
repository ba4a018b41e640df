/**
 * A rule's documentation as Markdown, from the rule module's own `docs`: one text for the
 * README's Rules section (scripts/generate-rules.ts) and for the page VS Code opens from a
 * hover's "More about" link, so the two never say different things.
 */
import { ignoreComment } from './fixes';
import type { RuleId, Severity } from './types';
import type { RuleDocs } from './rules/rule';

export interface DocumentedRule extends RuleDocs {
  id: RuleId;
  title: string;
  defaultSeverity: Severity;
}

/** Prose for Markdown: an angle-bracket placeholder ("<your name>") is text, not an HTML tag to drop. */
export const markdownProse = (text: string): string => text.replace(/</g, '&lt;');

/** The rule's section: a heading of `level` (# count) with its id, then what it flags, why, an example and the fix. */
export function ruleSection(rule: DocumentedRule, level = 3): string[] {
  return [
    `${'#'.repeat(level)} ${rule.id}`,
    '',
    `**${rule.title}** (default: ${rule.defaultSeverity}). ${markdownProse(rule.summary)}`,
    '',
    `*Why:* ${markdownProse(rule.why)}`,
    '',
    'Example:',
    '',
    '```text',
    rule.example,
    '```',
    '',
    `*Fix:* ${markdownProse(rule.fix)}`,
    '',
  ];
}

/** The page VS Code shows for one rule: its section, then how to switch the rule off. */
export function rulePage(rule: DocumentedRule): string {
  const plain = ignoreComment('plaintext', '', rule.id).text.trim();
  const markdown = ignoreComment('markdown', '', rule.id).text.trim();
  return [
    ...ruleSection(rule, 1),
    '## Switching it off',
    '',
    `For every draft: set \`"${rule.id}": "off"\` in the \`gracefulDecline.rules\` setting, or choose another severity there. For one document: add the line \`${plain}\` (in Markdown, \`${markdown}\`).`,
    '',
  ].join('\n');
}

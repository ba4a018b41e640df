// A rule's documentation page (opened inside VS Code from a hover) and the README's Rules section
// come from one function over the rule module's docs.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleDocs, rulePage, rules } from '../../../src/core/analysis';
import { markdownProse, ruleSection } from '../../../src/core/analysis/ruleDocMarkdown';

const readme = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'README.md'), 'utf8');

describe('rule documentation pages', () => {
  for (const rule of rules) {
    it(`${rule.id}: the page says what it flags, why, an example, the fix and how to switch it off`, () => {
      const page = rulePage({ id: rule.id, ...ruleDocs[rule.id] });
      assert.ok(page.startsWith(`# ${rule.id}\n\n**${rule.title}** (default: ${rule.defaultSeverity}). `), page.slice(0, 80));
      for (const part of [markdownProse(rule.docs.summary), `*Why:* ${markdownProse(rule.docs.why)}`, `\`\`\`text\n${rule.docs.example}\n\`\`\``, `*Fix:* ${markdownProse(rule.docs.fix)}`]) assert.ok(page.includes(part), part.slice(0, 40));
      assert.ok(page.includes(`\`"${rule.id}": "off"\``), 'the setting');
      assert.ok(page.includes(`\`graceful-decline-disable ${rule.id}\``) && page.includes(`\`<!-- graceful-decline-disable ${rule.id} -->\``), 'the comments for one document');
    });
  }

  it('keeps an angle-bracket placeholder in prose as text, not an HTML tag Markdown would drop', () => {
    const page = rulePage({ id: 'unfilled-placeholder', ...ruleDocs['unfilled-placeholder'] });
    assert.match(page, /&lt;your name>/);
    assert.doesNotMatch(page.split('```')[0], /<your name>/);
  });

  it('uses the very section the README shows for each rule', () => {
    for (const rule of rules) assert.ok(readme.includes(ruleSection({ id: rule.id, title: rule.title, defaultSeverity: rule.defaultSeverity, ...rule.docs }).join('\n')), rule.id);
  });
});

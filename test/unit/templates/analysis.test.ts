// Every message the product writes for people must pass its own tone checks: each built-in
// template rendered with realistic values, and each snippet with its tab stops filled in.
import * as assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analysis';
import type { Finding } from '../../../src/core/analysis/types';
import { renderTemplate } from '../../../src/core/templates';
import { builtinTemplates, sampleFields } from './builtins';
import { expand, readSnippets } from './snippetText';

function describeFindings(text: string, findings: readonly Finding[]): string {
  return findings.map((f) => `${f.ruleId} "${text.slice(f.start, f.end)}": ${f.message}`).join('\n');
}

describe('our own wording passes the tone checks', () => {
  it('every built-in template, fields filled, has zero findings', async () => {
    for (const t of await builtinTemplates()) {
      const { text } = renderTemplate(t, sampleFields);
      const findings = analyze(text);
      assert.equal(findings.length, 0, `${t.id}:\n${describeFindings(text, findings)}`);
    }
  });

  it('every built-in template with empty fields reports exactly its placeholders as unfilled', async () => {
    for (const t of await builtinTemplates()) {
      const { text, placeholders } = renderTemplate(t, {});
      const unfilled = analyze(text).filter((f) => f.ruleId === 'unfilled-placeholder');
      assert.deepEqual(unfilled.map((f) => text.slice(f.start, f.end)), placeholders.map((p) => p.text), t.id);
    }
  });

  // Snippets are phrases, not messages: alone, they are checked by every rule that looks at the
  // words (tone, apologies, reasons, placeholders). The two rules that judge a whole message
  // (is there a thank-you, is there a decision) are checked with each snippet placed in a short
  // message, the way it is used.
  const messageRules = ['missing-gratitude', 'unclear-decision'] as const;

  it('every snippet, each choice, with tab stops filled, has zero findings from the phrase-level rules', () => {
    for (const [name, snippet] of Object.entries(readSnippets())) {
      for (let choice = 0; choice < 4; choice++) {
        const text = expand(snippet.body, choice);
        const findings = analyze(text, { disabledRules: [...messageRules] });
        assert.equal(findings.length, 0, `${name} (choice ${choice + 1}): ${JSON.stringify(text)}\n${describeFindings(text, findings)}`);
      }
    }
  });

  // Issue 12, item 2: text a person tabs past unchanged must not read as finished. Every free-text
  // tab stop's default is a [bracketed] label, and the analyzer reports each one left in.
  it('every snippet inserted with its defaults: each free-text default is reported as an unfilled placeholder', () => {
    let withStops = 0;
    for (const [name, snippet] of Object.entries(readSnippets())) {
      const body = Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
      const defaults = [...body.matchAll(/\$\{\d+:([^${}]*)\}/g)].map((m) => m[1]);
      if (defaults.length === 0) continue;
      withStops++;
      for (let choice = 0; choice < 4; choice++) {
        const text = expand(snippet.body, choice, false);
        const unfilled = analyze(text).filter((f) => f.ruleId === 'unfilled-placeholder').map((f) => text.slice(f.start, f.end));
        assert.deepEqual(unfilled, defaults, `${name} (choice ${choice + 1}): ${JSON.stringify(text)}`);
      }
    }
    assert.ok(withStops >= 6, `${withStops} snippets with free-text tab stops`);
  });

  it('the three snippets of a whole message, defaults kept, report the role, the company and the name (issue 12)', () => {
    const snippets = Object.values(readSnippets());
    const byPrefix = (p: string) => snippets.find((s) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]).includes(p))!;
    const text = ['decline-thanks', 'decline-decision', 'decline-closing'].map((p) => expand(byPrefix(p).body, 0, false)).join('\n\n');
    const unfilled = analyze(text).filter((f) => f.ruleId === 'unfilled-placeholder').map((f) => text.slice(f.start, f.end));
    assert.deepEqual(unfilled, ['[Role title]', '[Company name]', '[Your name]'], text);
  });

  it('every snippet, each choice, inside a short decline message, has zero findings from all rules', () => {
    for (const [name, snippet] of Object.entries(readSnippets())) {
      for (let choice = 0; choice < 4; choice++) {
        const text = `Subject: Senior Data Analyst interview\n\nDear Priya,\n\nThank you for the invitation. I have decided to withdraw my application.\n\n${expand(snippet.body, choice)}\n\nBest regards,\nJordan Ellis\n`;
        const findings = analyze(text);
        assert.equal(findings.length, 0, `${name} (choice ${choice + 1}): ${JSON.stringify(text)}\n${describeFindings(text, findings)}`);
      }
    }
  });
});

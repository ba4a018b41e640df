import * as assert from 'node:assert/strict';
import manifest from '../../package.json';
import { expand, readSnippets, splitChoices } from './templates/snippetText';

const required = ['decline-thanks', 'decline-decision', 'decline-reason', 'decline-door-open', 'decline-referral', 'decline-closing', 'decline-reschedule', 'decline-shorter-call', 'decline-other-role', 'decline-asked-why'];

describe('decline snippets (snippets/decline.json)', () => {
  const snippets = readSnippets();
  const entries = Object.entries(snippets);

  it('is contributed for every language checked by default (plain text, Markdown, email)', () => {
    const contributed = (manifest.contributes as { snippets?: { language: string; path: string }[] }).snippets ?? [];
    const checked = (manifest.contributes.configuration.properties as Record<string, { default?: unknown }>)['gracefulDecline.languages'].default as string[];
    assert.ok(checked.includes('email'));
    for (const language of checked) {
      assert.ok(contributed.some((s) => s.language === language && s.path === './snippets/decline.json'), language);
    }
  });

  it('offers every phrase the issue asks for, under prefixes starting with "decline"', () => {
    // One prefix each: a second prefix lists the same phrase twice in the suggestions.
    for (const [name, s] of entries) assert.equal(typeof s.prefix, 'string', `${name} has one prefix`);
    const prefixes = entries.flatMap(([, s]) => (Array.isArray(s.prefix) ? s.prefix : [s.prefix]));
    for (const prefix of prefixes) assert.match(prefix, /^decline-[a-z-]+$/);
    for (const prefix of required) assert.ok(prefixes.includes(prefix), prefix);
    assert.equal(new Set(prefixes).size, prefixes.length, 'no prefix is used twice');
  });

  it('gives every snippet a description, a final $0 and at least one tab stop', () => {
    for (const [name, s] of entries) {
      assert.ok(s.description.length > 10, name);
      const body = Array.isArray(s.body) ? s.body.join('\n') : s.body;
      assert.ok(body.includes('$0'), `${name}: $0`);
      assert.match(body, /\$\{[1-9]/, `${name}: tab stop`);
    }
  });

  it('uses choice lists, with well-formed options (two or more, none empty)', () => {
    const choices = entries.flatMap(([, s]) => [...(Array.isArray(s.body) ? s.body.join('\n') : s.body).matchAll(/\$\{\d+\|((?:[^|\\]|\\.)*)\|\}/g)].map((m) => m[1]));
    assert.ok(choices.length >= 10, `${choices.length} choice lists`);
    for (const options of choices) {
      const list = splitChoices(options);
      assert.ok(list.length >= 2 && list.every((o) => o.trim() === o && o.length > 0), options);
    }
  });

  it('expands to plain sentences: no leftover snippet syntax, every choice option', () => {
    for (const [name, s] of entries) {
      for (let choice = 0; choice < 4; choice++) {
        const text = expand(s.body, choice);
        assert.doesNotMatch(text, /\$\{|\$\d|\|\}/, `${name}: ${text}`);
        assert.match(text, /[.?,]$/m, `${name} reads as a sentence`);
      }
    }
  });
});

import * as assert from 'node:assert/strict';
import { phraseQuery, phrases } from '../../../src/core/templates/phrases';
import { readSnippets } from './snippetText';

describe('decline phrases as completions (issue 12, item 5)', () => {
  it('are the snippets of snippets/decline.json, one entry each', () => {
    const snippets = readSnippets();
    assert.deepEqual(phrases.map((p) => p.prefix), Object.values(snippets).map((s) => s.prefix));
    assert.equal(new Set(phrases.map((p) => p.prefix)).size, phrases.length);
  });

  it('are asked for by the word being typed, from its first letter: "d", "decl", "decline", "decline-", "decline-th"', () => {
    for (const line of ['d', 'decl', 'decline', 'decline-', 'decline-th', 'Hi Sam,  decline-door', '(decline', '> decline-']) {
      const q = phraseQuery(line);
      assert.ok(q, line);
      assert.equal(line.slice(q.start), q.typed);
      assert.match(q.typed, /^d/i);
    }
  });

  it('stay quiet for other words and a word in the middle of another', () => {
    for (const line of ['', 'x', 'I have decided', 'declined', 'declare', 'undecline', 'foo-decline-', 'decline ', 'x.decline']) {
      assert.equal(phraseQuery(line), undefined, JSON.stringify(line));
    }
  });
});

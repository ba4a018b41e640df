import * as assert from 'node:assert/strict';
import { phraseQuery, phrases } from '../../../src/core/templates/phrases';
import { readSnippets } from './snippetText';

describe('decline phrases as completions (issue 12, item 5)', () => {
  it('are the snippets of snippets/decline.json, one entry each', () => {
    const snippets = readSnippets();
    assert.deepEqual(phrases.map((p) => p.prefix), Object.values(snippets).map((s) => s.prefix));
    assert.equal(new Set(phrases.map((p) => p.prefix)).size, phrases.length);
  });

  it('are asked for by the word being typed: "decl", "decline", "decline-", "decline-th"', () => {
    for (const line of ['decl', 'decline', 'decline-', 'decline-th', 'Hi Sam,  decline-door', '(decline', '> decline-']) {
      const q = phraseQuery(line);
      assert.ok(q, line);
      assert.equal(line.slice(q.start), q.typed);
      assert.match(q.typed, /^decl/i);
    }
  });

  it('stay quiet for other words, a word in the middle of another, and too little typed', () => {
    for (const line of ['', 'dec', 'I have decided', 'declined', 'declare', 'undecline', 'foo-decline-', 'decline ', 'x.decline']) {
      assert.equal(phraseQuery(line), undefined, JSON.stringify(line));
    }
  });
});

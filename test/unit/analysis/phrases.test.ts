// The phrase data runs its own examples: each entry must match every example it gives and none of
// its near-misses. One generic test for every list written in the phrase syntax (phraseSyntax.ts).
import * as assert from 'node:assert/strict';
import attitude from '../../../src/core/analysis/data/attitude.json';
import tone from '../../../src/core/analysis/data/tone.json';
import { compilePhrase, inflections, type PhraseEntry } from '../../../src/core/analysis/phraseSyntax';

const lists: Record<string, PhraseEntry[]> = { 'attitude.json phrases': attitude.phrases, 'tone.json phrases': tone.phrases };

function matches(phrase: string, text: string): boolean {
  const re = new RegExp(`(?<![A-Za-z0-9_'])(?:${compilePhrase(phrase)})(?![A-Za-z0-9_'])`, 'i');
  return re.test(text.replace(/\s+/g, ' '));
}

describe('phrase data: examples and near-misses', () => {
  for (const [name, entries] of Object.entries(lists)) {
    it(`${name}: every entry has an example, matches its examples and none of its near-misses`, () => {
      for (const e of entries) {
        assert.ok((e.examples ?? []).length > 0, `${e.phrase}: no example`);
        for (const x of e.examples ?? []) assert.ok(matches(e.phrase, x), `${e.phrase} should match ${JSON.stringify(x)}`);
        for (const x of e.nearMisses ?? []) assert.ok(!matches(e.phrase, x), `${e.phrase} should not match ${JSON.stringify(x)}`);
      }
    });
  }
});

describe('phrase syntax', () => {
  it('alternatives, optional words, any word, numbers and inflections', () => {
    assert.ok(matches('(take|remove) me [right] off', 'Remove me right off'));
    assert.ok(matches('(take|remove) me [right] off', 'take me off'));
    assert.ok(!matches('(take|remove) me [right] off', 'take me right now off'));
    assert.ok(matches('your * team', 'your hiring team'));
    assert.ok(matches('$#k', '$120k'));
    assert.ok(matches('clown~', 'clowns') && matches('pester~', 'pestered') && matches('pester~', 'pestering'));
    assert.ok(matches("don't", 'don\u2019t'));
    assert.ok(inflections('idiot').includes('idiots') && inflections('lie').includes('lying'));
  });
  it('says what is wrong with a broken phrase', () => {
    assert.throws(() => compilePhrase('(a|b'), /missing "\)"/);
    assert.throws(() => compilePhrase('a ]'), /unexpected/);
  });
});

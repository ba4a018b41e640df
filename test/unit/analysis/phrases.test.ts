// The phrase data runs its own examples: each entry must match every example it gives and none of
// its near-misses. One generic test for every list written in the phrase syntax (phraseSyntax.ts).
import * as assert from 'node:assert/strict';
import apology from '../../../src/core/analysis/data/apology.json';
import attitude from '../../../src/core/analysis/data/attitude.json';
import decision from '../../../src/core/analysis/data/decision.json';
import explaining from '../../../src/core/analysis/data/explaining.json';
import personal from '../../../src/core/analysis/data/personal.json';
import reasons from '../../../src/core/analysis/data/reasons.json';
import stance from '../../../src/core/analysis/data/stance.json';
import gratitude from '../../../src/core/analysis/data/gratitude.json';
import tone from '../../../src/core/analysis/data/tone.json';
import toneSignals from '../../../src/core/analysis/data/toneSignals.json';
import { compilePhrase, inflections, phraseAlternation, type PhraseEntry } from '../../../src/core/analysis/phraseSyntax';
import decisions from '../../../src/core/analysis/decision/decisions.json';

/** Every list of entries in a data file (its keys whose values are arrays of phrase entries). */
const listsOf = (file: string, data: Record<string, unknown>): Record<string, PhraseEntry[]> =>
  Object.fromEntries(Object.entries(data).filter(([, v]) => Array.isArray(v) && v.every((e) => typeof e === 'object' && e !== null && 'phrase' in e)).map(([k, v]) => [`${file} ${k}`, v as PhraseEntry[]]));

const lists: Record<string, PhraseEntry[]> = {
  'attitude.json phrases': attitude.phrases,
  'tone.json phrases': tone.phrases,
  'stance.json phrases': stance.phrases,
  'stance.json apology': stance.apology,
  ...Object.fromEntries(Object.entries(tone.cues).map(([kind, entries]) => [`tone.json cues: ${kind}`, entries])),
  'gratitude.json thanks': gratitude.thanks,
  'gratitude.json notThanks': gratitude.notThanks,
  'gratitude.json sarcasticThanks': gratitude.sarcasticThanks,
  'gratitude.json grudging': gratitude.grudging,
  'gratitude.json kindness': gratitude.kindness,
  'apology.json apologies': apology.apologies,
  'apology.json notApologies': apology.notApologies,
  'apology.json defensive': apology.defensive,
  ...Object.fromEntries((['decline', 'reschedule', 'alternative', 'otherRole', 'stayInTouch', 'thanksReply', 'hedges', 'mixed', 'acceptance', 'invitation', 'rejection', 'conditions'] as const).map((k) => [`decision.json ${k}`, decision[k]])),
  'personal.json details': personal.details,
  'reasons.json causal': reasons.causal,
  'reasons.json stackers': reasons.stackers,
  'reasons.json candour': reasons.candour,
  ...Object.fromEntries(Object.entries(reasons.categories).map(([about, entries]) => [`reasons.json categories: ${about}`, entries])),
  'reasons.json justification': reasons.justification,
  ...listsOf('explaining.json', explaining),
  ...listsOf('toneSignals.json', toneSignals),
  ...Object.fromEntries(Object.entries(decisions.statements).map(([kind, entries]) => [`rewrite decisions.json statements: ${kind}`, entries])),
  ...Object.fromEntries(Object.entries(decisions.requests).map(([kind, entries]) => [`rewrite decisions.json requests: ${kind}`, entries])),
  'rewrite decisions.json requestStatements: reschedule': decisions.requestStatements.reschedule,
  'rewrite decisions.json requestStatements: different-role': decisions.requestStatements['different-role'],
  'rewrite decisions.json requestMarkers': decisions.requestMarkers,
  'rewrite decisions.json requestHedges': decisions.requestHedges,
  'rewrite decisions.json alternatives': decisions.alternatives,
  'rewrite decisions.json keepInRunning': decisions.keepInRunning.phrases,
  'rewrite decisions.json counterOffers': decisions.counterOffers.phrases,
  'rewrite decisions.json undecided': decisions.undecided.phrases,
  'rewrite decisions.json vagueLater': decisions.vagueLater.phrases,
  'rewrite decisions.json contemplating': decisions.contemplating,
  'rewrite decisions.json repliesToRejection': decisions.repliesToRejection,
  'rewrite decisions.json offeredTimes available': decisions.offeredTimes.available,
  'rewrite decisions.json offeredTimes unavailable': decisions.offeredTimes.unavailable,
  'rewrite decisions.json elsewhereOffers': decisions.elsewhereOffers.phrases,
  'rewrite decisions.json reversals': decisions.reversals.phrases,
  'rewrite decisions.json startDateMoves': decisions.startDateMoves.phrases,
  'rewrite decisions.json counterOfferDeclines': decisions.counterOfferDeclines.phrases,
  'rewrite decisions.json afterRejection differentRole': decisions.afterRejection.differentRole,
  'rewrite decisions.json offerAnswers offerReceived': decisions.offerAnswers.offerReceived,
  'rewrite decisions.json offerAnswers phrases': decisions.offerAnswers.phrases,
};

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
    assert.ok(matches('appreciat*', 'appreciation') && matches('appreciat*', 'appreciate') && !matches('appreciat*', 'apricot'));
  });
  it('reads a space as one space for the lists that moved from the rules (phraseAlternation with oneSpace)', () => {
    const loose = new RegExp(phraseAlternation([{ phrase: 'as well' }]), 'i');
    const exact = new RegExp(phraseAlternation([{ phrase: 'as well' }], { oneSpace: true }), 'i');
    assert.ok(loose.test('as\nwell') && loose.test('as, well') && exact.test('as well'));
    assert.ok(!exact.test('as\nwell') && !exact.test('as, well') && !exact.test('as  well'));
  });
  it('says what is wrong with a broken phrase', () => {
    assert.throws(() => compilePhrase('(a|b'), /missing "\)"/);
    assert.throws(() => compilePhrase('a ]'), /unexpected/);
  });
});

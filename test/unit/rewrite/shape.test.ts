// The sentence shapes of a decline (src/core/analysis/decision/shapes.json): every example reads as a decline
// in a draft, every near-miss does not, through the whole reader (so its strict checks apply too).
import * as assert from 'node:assert/strict';
import { extractFacts } from '../../../src/core/rewrite';
import { declineShapes, rescheduleOffers, rescheduleShapes } from '../../../src/core/analysis/decision/shape';
import shapes from '../../../src/core/analysis/decision/shapes.json';

const draft = (sentence: string) => `Hi Sam,\n\nThank you for your message. ${/[.!?]$/.test(sentence) ? sentence : `${sentence}.`}\n\nBest,\nAlex\n`;
const lists = { declineVerbs: shapes.declineVerbs, engageVerbs: shapes.engageVerbs, answers: shapes.answers };

describe('Rewrite Politely: the shapes of a decline', () => {
  for (const [name, entries] of Object.entries(lists)) {
    for (const entry of entries) {
      for (const example of entry.examples) {
        it(`${name}: "${example}" is a shape, and reads as a decline`, () => {
          assert.ok(declineShapes(example, 0, example.length).length > 0, 'no shape matched');
          assert.equal(extractFacts(draft(example)).decision?.value, 'decline');
        });
      }
      for (const miss of entry.nearMisses) {
        it(`${name}: "${miss}" is no decision`, () => {
          assert.equal(extractFacts(draft(miss)).decision?.value, undefined);
        });
      }
    }
  }

  for (const entry of [...shapes.rescheduleShapes, ...shapes.rescheduleOffers]) {
    for (const example of entry.examples) {
      it(`rescheduleShapes: "${example}" is a shape, and reads as a request for another time`, () => {
        assert.ok([...rescheduleShapes(example, 0, example.length, true), ...rescheduleOffers(example, 0, example.length, true)].length > 0, 'no shape matched');
        assert.equal(extractFacts(draft(example)).decision?.value, 'reschedule');
      });
    }
    for (const miss of entry.nearMisses) {
      it(`rescheduleShapes: "${miss}" is no shape of asking for another time`, () => {
        assert.equal([...rescheduleShapes(miss, 0, miss.length, false), ...rescheduleOffers(miss, 0, miss.length, false)].length, 0);
      });
    }
  }

  it('a proposed time is another one only beside a word of another time, or when the set time does not work', () => {
    const ask = 'Could we meet on Thursday?';
    assert.equal(rescheduleShapes(ask, 0, ask.length, false).length, 0);
    assert.equal(rescheduleShapes(ask, 0, ask.length, true).length, 1);
    assert.equal(extractFacts(draft(`I can't make Tuesday. ${ask}`)).decision?.value, 'reschedule');
  });

  it("a shape passes the reader's checks: negated, it asks for nothing", () => {
    assert.notEqual(extractFacts(draft("I don't want to delay the interview.")).decision?.value, 'reschedule');
  });

  it('the span is the verb part, from the negator when there is one', () => {
    const text = "I'm afraid I won't be joining the team";
    const [m] = declineShapes(text, 0, text.length);
    assert.equal(m[0], "won't be joining");
    assert.equal(text.slice(m.index, m.index + m[0].length), m[0]);
  });

  it('a past form reports what was done before; "have" makes it a statement now', () => {
    assert.equal(extractFacts(draft('I turned down a real offer for this')).decision, undefined);
    assert.equal(extractFacts(draft("I've withdrawn my application")).decision?.value, 'decline');
    // The cues too: "I declined yours" after the writer is a report.
    assert.equal(extractFacts(draft('Last summer I declined yours, and I regret it')).decision, undefined);
    assert.equal(extractFacts(draft('I have declined the offer')).decision?.value, 'decline');
  });

  it('a passive is their decision, not the writer\'s', () => {
    assert.equal(extractFacts(draft('I was rejected after the second round')).decision, undefined);
  });

  it('declining something of another party is not a no to this one', () => {
    const text = 'I have decided not to move forward with another company';
    assert.equal(declineShapes(text, 0, text.length).length, 0);
  });

  it('the hedged, the conditional and the contemplated stay undecided', () => {
    for (const s of ['I think I might reject the offer', 'If I decline, will you keep my CV?', "I'm considering stepping aside", 'Should I withdraw?']) {
      assert.equal(extractFacts(draft(s)).decision, undefined, s);
    }
  });
});

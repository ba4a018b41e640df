// What the editor and `check --drafts-only` check: the user's switch first, then what is known about
// the document, then the text itself.
import * as assert from 'node:assert/strict';
import { decideChecking } from '../../../src/core/draftDetection';

const NOTE = '# Groceries\n\n- milk\n- eggs\n- bread\n- tea\n- rice\n';
const DRAFT = 'Hi Jo,\n\nThank you for the interview invitation. I have decided to withdraw.\n\nBest,\nAl\n';

describe('draft detection: what gets checked', () => {
  it('reads the text when nothing else is known', () => {
    assert.deepEqual(
      [decideChecking({ text: DRAFT }), decideChecking({ text: NOTE })].map((d) => [d.check, d.cause, d.verdict?.isDraft]),
      [
        [true, 'draft', true],
        [false, 'not-a-draft', false],
      ],
    );
    assert.match(decideChecking({ text: NOTE }).reason, /^Not a draft: /);
  });

  it('checks New Decline Draft documents, .eml files and included paths whatever their text', () => {
    assert.equal(decideChecking({ text: NOTE, createdAsDraft: true }).cause, 'new-draft');
    assert.equal(decideChecking({ text: NOTE, path: '/mail/Sync.EML' }).cause, 'email');
    assert.equal(decideChecking({ text: NOTE, languageId: 'email' }).cause, 'email');
    assert.equal(decideChecking({ text: NOTE, included: true }).cause, 'included');
    for (const d of [decideChecking({ text: NOTE, createdAsDraft: true }), decideChecking({ text: NOTE, path: 'a.eml' }), decideChecking({ text: NOTE, included: true })]) {
      assert.equal(d.check, true);
      assert.equal(d.verdict, undefined, 'the text is not read when it need not be');
    }
    assert.equal(decideChecking({ text: NOTE, path: 'notes.eml.md' }).check, false);
  });

  it("follows the user's switch over everything else", () => {
    assert.deepEqual([decideChecking({ text: NOTE, userChoice: 'on' }).check, decideChecking({ text: NOTE, userChoice: 'on' }).cause], [true, 'switched-on']);
    const off = decideChecking({ text: DRAFT, path: 'a.eml', createdAsDraft: true, included: true, userChoice: 'off' });
    assert.deepEqual([off.check, off.cause], [false, 'switched-off']);
  });
});

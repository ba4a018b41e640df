// The editor's pure text helpers around findings and fixes: moved out of the adapters into
// src/core so they are tested here without an editor.
import * as assert from 'node:assert/strict';
import { fixAllEdits, ignoreComment, shiftFindings } from '../../../src/core/analysis/fixes';
import { emailHeaderEnd, maskEmailHeaders } from '../../../src/core/analysis/message';
import type { Finding, Fix } from '../../../src/core/analysis/types';

const finding = (start: number, end: number, fixes: Fix[] = []): Finding => ({ ruleId: 'negative-tone', severity: 'warning', start, end, message: 'm', why: 'w', fixes });
const replace = (start: number, end: number, newText: string, preferred?: boolean): Fix => ({ title: newText, edits: [{ start, end, newText }], preferred });

describe('core fixes: shiftFindings', () => {
  it('moves a finding after an insertion by its length and leaves one before it alone', () => {
    const [before, after] = shiftFindings([finding(0, 3), finding(10, 14)], [{ rangeOffset: 5, rangeLength: 0, text: 'abc' }]);
    assert.deepEqual([before.start, before.end], [0, 3]);
    assert.deepEqual([after.start, after.end], [13, 17]);
  });

  it('moves back after a deletion and clamps a finding the deletion cut into', () => {
    const [cut, after] = shiftFindings([finding(4, 8), finding(10, 12)], [{ rangeOffset: 2, rangeLength: 4, text: '' }]);
    assert.deepEqual([cut.start, cut.end], [2, 4]);
    assert.deepEqual([after.start, after.end], [6, 8]);
  });

  it('applies several changes of one edit in their original offsets', () => {
    const [f] = shiftFindings([finding(20, 25)], [{ rangeOffset: 0, rangeLength: 0, text: 'xx' }, { rangeOffset: 10, rangeLength: 5, text: 'y' }]);
    assert.deepEqual([f.start, f.end], [18, 23]);
  });
});

describe('core fixes: ignoreComment', () => {
  it('puts a plain line at the top, an HTML comment in Markdown', () => {
    assert.deepEqual(ignoreComment('plaintext', 'Hi there', 'negative-tone'), { offset: 0, text: 'graceful-decline-disable negative-tone\n' });
    assert.deepEqual(ignoreComment('markdown', 'Hi there', 'negative-tone'), { offset: 0, text: '<!-- graceful-decline-disable negative-tone -->\n' });
  });

  it('goes after front matter and after an email header block, keeping CRLF', () => {
    const md = '---\ntitle: x\n---\nHi';
    assert.equal(ignoreComment('markdown', md, 'excessive-apology').offset, md.indexOf('Hi'));
    const eml = 'From: a\r\nSubject: b\r\n\r\nHello';
    const comment = ignoreComment('email', eml, 'excessive-apology');
    assert.equal(comment.offset, eml.indexOf('Hello'));
    assert.equal(comment.text, 'graceful-decline-disable excessive-apology\r\n');
  });

  it('stays at the top of headers with no blank line after them', () => {
    assert.equal(ignoreComment('email', 'From: a\nSubject: b', 'negative-tone').offset, 0);
  });
});

describe('core fixes: fixAllEdits', () => {
  it('takes each preferred fix (or a lone fix) in text order, skipping ones that overlap', () => {
    const edits = fixAllEdits([
      finding(10, 15, [replace(10, 15, 'b', true), replace(10, 15, 'other')]),
      finding(0, 4, [replace(0, 4, 'a')]),
      finding(12, 20, [replace(12, 20, 'overlaps', true)]),
      finding(30, 31, [replace(30, 31, 'x'), replace(30, 31, 'y')]),
    ]);
    assert.deepEqual(edits.map((e) => e.newText), ['a', 'b']);
  });

  it('takes fixes that change words before fixes that only add text, whatever their position', () => {
    const insert: Fix = { title: 'add', preferred: true, edits: [{ start: 10, end: 10, newText: 'Thanks. ' }] };
    const edits = fixAllEdits([finding(0, 8, [insert]), finding(10, 30, [replace(10, 30, 'Thank you, but I will decline', true)]), finding(40, 40, [{ title: 'later', edits: [{ start: 40, end: 40, newText: '!' }] }])]);
    assert.deepEqual(edits.map((e) => e.newText), ['Thank you, but I will decline', '!'], 'the insertion touching the replacement waits for the next round');
  });

  it('skips a fix whose own edits collide (two insertions at one point)', () => {
    const fix: Fix = { title: 't', preferred: true, edits: [{ start: 3, end: 3, newText: 'x' }, { start: 3, end: 3, newText: 'y' }] };
    assert.deepEqual(fixAllEdits([finding(3, 3, [fix])]), []);
  });
});

describe('core message: email headers', () => {
  const eml = 'From: Sam <sam@example.com>\nTo: [Recruiter]\nSubject: Thank you\n\nDear Ms Rivera,\n';

  it('finds where the header block ends, or nothing when the text opens with prose', () => {
    assert.equal(emailHeaderEnd(eml), eml.indexOf('\n\n'));
    assert.equal(emailHeaderEnd('From: a\nTo: b'), 'From: a\nTo: b'.length);
    assert.equal(emailHeaderEnd('Dear Ms Rivera,\n\nThanks'), undefined);
  });

  it('blanks every header but the subject, keeping offsets and the body', () => {
    const masked = maskEmailHeaders(eml);
    assert.equal(masked.length, eml.length);
    assert.doesNotMatch(masked, /Sam|Recruiter/);
    assert.match(masked, /Subject: Thank you/);
    assert.equal(masked.slice(eml.indexOf('\n\n')), eml.slice(eml.indexOf('\n\n')));
    assert.equal(maskEmailHeaders('Dear Ms Rivera,\n'), 'Dear Ms Rivera,\n');
  });
});

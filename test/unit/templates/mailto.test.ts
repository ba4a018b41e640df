import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildMailto, defaultMailtoLength, splitDraft } from '../../../src/core/templates';

/** Reads a mailto URI back: each parameter percent-decoded (never + as space, as RFC 6068 says). */
function parseMailto(uri: string): { to: string; params: Record<string, string> } {
  assert.ok(uri.startsWith('mailto:'));
  const [to, query = ''] = uri.slice('mailto:'.length).split('?');
  const params: Record<string, string> = {};
  for (const pair of query.split('&').filter(Boolean)) {
    const [key, value] = pair.split('=');
    params[key] = decodeURIComponent(value);
  }
  return { to: decodeURIComponent(to), params };
}

describe('draft parts', () => {
  it('splits the Subject line from the body', () => {
    assert.deepEqual(splitDraft('Subject: Hello there\n\nDear Sam,\n\nThanks.\n'), { subject: 'Hello there', body: 'Dear Sam,\n\nThanks.' });
  });

  it('accepts CRLF, leading blank lines and any case of "subject:"', () => {
    assert.deepEqual(splitDraft('\r\n\r\nSUBJECT:Re: the role\r\n\r\nBody line\r\n'), { subject: 'Re: the role', body: 'Body line' });
  });

  it('treats a draft without a subject line as all body', () => {
    assert.deepEqual(splitDraft('Dear Sam,\nSubject: not the first line\n'), { subject: '', body: 'Dear Sam,\nSubject: not the first line' });
    assert.deepEqual(splitDraft(''), { subject: '', body: '' });
  });
});

describe('mailto links', () => {
  it('encodes spaces as %20 (never +), line breaks as CRLF, and reserved characters', () => {
    const { uri, bodyIncluded } = buildMailto({ subject: 'R&D role: 1+1=2?', body: 'Dear Ms O\'Brien,\n\nThanks #1 (AT&T)!\nJo' });
    assert.ok(bodyIncluded);
    assert.equal(uri, "mailto:?subject=R%26D%20role%3A%201%2B1%3D2%3F&body=Dear%20Ms%20O%27Brien%2C%0D%0A%0D%0AThanks%20%231%20%28AT%26T%29%21%0D%0AJo");
    assert.ok(!uri.includes('+'));
  });

  it('adds recipients and leaves out empty parameters', () => {
    assert.equal(buildMailto({ subject: '', body: 'x' }, { to: 'a.b@example.com, c@example.org' }).uri, 'mailto:a.b@example.com,c@example.org?body=x');
    assert.equal(buildMailto({ subject: 'Hi', body: '' }).uri, 'mailto:?subject=Hi');
  });

  it('leaves a long body out, keeping the URI under the limit, and says so', () => {
    const body = 'A thoughtful sentence about the role. '.repeat(80);
    const mail = buildMailto({ subject: 'Withdrawing my application', body });
    assert.equal(mail.bodyIncluded, false);
    assert.equal(mail.uri, 'mailto:?subject=Withdrawing%20my%20application');
    assert.ok(mail.uri.length <= defaultMailtoLength);
  });

  it('counts encoded length, not characters: non-ASCII bodies fall back sooner', () => {
    const body = 'é'.repeat(400); // 400 characters, 2400 encoded
    assert.equal(buildMailto({ subject: 's', body }).bodyIncluded, false);
    assert.equal(buildMailto({ subject: 's', body: 'e'.repeat(400) }).bodyIncluded, true);
  });

  it('shortens an absurdly long subject without splitting a character', () => {
    const subject = '😀 party '.repeat(300);
    const mail = buildMailto({ subject, body: 'x' }, { maxLength: 200 });
    assert.ok(mail.subjectShortened && mail.uri.length <= 200);
    const decoded = parseMailto(mail.uri).params.subject;
    assert.ok(decoded.endsWith('…') && subject.startsWith(decoded.slice(0, -1)));
  });

  it('property: always within the limit, and what is included decodes to exactly the draft', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), fc.string({ unit: 'grapheme', maxLength: 900 }), fc.integer({ min: 60, max: 3000 }), (subject, body, maxLength) => {
        const mail = buildMailto({ subject, body }, { maxLength });
        assert.ok(mail.uri.length <= maxLength, `${mail.uri.length} > ${maxLength}`);
        const { params } = parseMailto(mail.uri);
        if (!mail.subjectShortened) assert.equal(params.subject ?? '', subject);
        if (mail.bodyIncluded && body) assert.equal(params.body, body.replace(/\r\n?|\n/g, '\r\n'));
        if (!mail.bodyIncluded) assert.equal(params.body, undefined);
      }),
      { numRuns: 300 },
    );
  });
});

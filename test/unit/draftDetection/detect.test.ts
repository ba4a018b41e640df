// The draft detector: quiet on documents nobody on the team wrote, sure about every message we have.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { detectDraft, draftLimits } from '../../../src/core/draftDetection';
import { renderTemplate } from '../../../src/core/templates';
import { builtinTemplates, sampleFields } from '../templates/builtins';
import { corpusDrafts, dependencyDocumentCap, dependencyDocuments, notDrafts, root, seedSamples } from './documents';

describe('draft detection: measured', function () {
  this.timeout(120_000);

  it('takes at most 0.5% of at least 1,000 dependency documents (README, CHANGELOG, docs, licences) for drafts', () => {
    const { files, skipped } = dependencyDocuments();
    assert.ok(files.length >= 1000, `only ${files.length} documents under node_modules`);
    for (const f of skipped) assert.ok(fs.statSync(path.join(root, f)).size > dependencyDocumentCap, f);
    const taken = files.filter((f) => detectDraft(fs.readFileSync(path.join(root, f), 'utf8')).isDraft);
    assert.ok(taken.length / files.length <= 0.005, `${taken.length} of ${files.length} taken for drafts:\n${taken.join('\n')}`);
  });

  it('lists the dependency documents in the same sorted order on every run', () => {
    const a = dependencyDocuments();
    const b = dependencyDocuments();
    assert.deepEqual(a, b);
    assert.deepEqual(a.files, [...a.files].sort());
    assert.ok(a.files.every((f) => f.startsWith('node_modules/') && !f.includes('\\')));
  });

  it('takes every labelled corpus message for a draft', () => {
    const corpus = corpusDrafts();
    assert.ok(corpus.length >= 150);
    const missed = corpus.filter((s) => !detectDraft(s.text).isDraft).map((s) => `${s.name}: ${detectDraft(s.text).reason}`);
    assert.deepEqual(missed, []);
  });

  it('takes every built-in template for a draft, rendered with values and with empty fields', async () => {
    const templates = await builtinTemplates();
    assert.ok(templates.length >= 10);
    for (const t of templates) {
      for (const fields of [sampleFields, {}]) {
        const verdict = detectDraft(renderTemplate(t, fields).text);
        assert.ok(verdict.isDraft, `${t.id}: ${verdict.reason}`);
      }
    }
  });

  it('takes every seed article sample message (in our words) for a draft', () => {
    const samples = seedSamples();
    assert.ok(samples.length >= 14);
    for (const s of samples) assert.ok(detectDraft(s.text).isDraft, `${s.name}: ${detectDraft(s.text).reason}`);
  });

  it('takes the sample draft for a draft, and leaves notes, adverts, trackers, changelogs and our own docs alone', () => {
    assert.ok(detectDraft(fs.readFileSync(path.join(root, 'sample', 'acme-decline-draft.txt'), 'utf8')).isDraft);
    const documents = [
      ...notDrafts(),
      ...['README.md', 'CHANGELOG.md', 'CONTRIBUTING.md', 'sample/README.md', 'docs/labelling.md', 'test/fixtures/corpus/README.md'].map((f) => ({ name: f, text: fs.readFileSync(path.join(root, f), 'utf8') })),
    ];
    assert.ok(documents.length >= 10);
    for (const d of documents) assert.equal(detectDraft(d.text).isDraft, false, `${d.name}: ${detectDraft(d.text).reason}`);
  });
});

describe('draft detection: reasons', () => {
  it('names what makes a message a message', () => {
    const v = detectDraft('Subject: Interview on Thursday\n\nHi Dana,\n\nThank you for the invitation. I have decided to withdraw my application.\n\nKind regards,\nSam\n');
    assert.equal(v.isDraft, true);
    assert.ok(v.signs.some((s) => s.startsWith('a subject line ("Interview on Thursday")')), v.signs.join('; '));
    assert.ok(v.signs.includes('a greeting ("Hi Dana,")'), v.signs.join('; '));
    assert.ok(v.signs.includes('a sign-off ("Kind regards,")'), v.signs.join('; '));
    assert.ok(v.signs.some((s) => /mentions .*interview/.test(s)), v.signs.join('; '));
    assert.match(v.reason, /^Looks like a message in a job process: .*greeting/);
  });

  it('names what makes a document something else', () => {
    const v = detectDraft('# Install\n\n```sh\nnpm i thing\n```\n\n## Usage\n\nCall `thing()` with `opts`. See [docs](https://a.b) and [api](https://c.d) and [faq](https://e.f).\n');
    assert.equal(v.isDraft, false);
    assert.ok(v.against.includes('2 headings'), v.against.join('; '));
    assert.ok(v.against.includes('1 code block'), v.against.join('; '));
    assert.ok(v.against.includes('3 links'), v.against.join('; '));
    assert.match(v.reason, /^Not a draft: /);
  });

  it('reads an .eml: headers are a sign, and the quoted earlier message is not the writer\'s', () => {
    const eml = 'From: Sam <sam@example.com>\nTo: Dana <dana@example.com>\nSubject: Re: Interview\nDate: Mon, 4 May 2026 10:00:00 +0000\n\nThanks Dana, I will pass this time.\n\nOn Mon, 4 May 2026, Dana wrote:\n> # Agenda\n> ```\n> code\n> ```\n';
    const v = detectDraft(eml);
    assert.equal(v.isDraft, true, v.reason);
    assert.ok(v.signs.includes('email headers'));
    assert.ok(v.signs.includes('a quoted earlier message'));
    assert.deepEqual(v.against, []);
  });

  it('takes one-line replies for drafts, with or without a job word', () => {
    for (const text of ['Not interested.', 'Possibly. Depends.', 'Thanks, but I will pass on the role.', 'Can we move the call to Friday? Something came up.', 'Tuesday 11am is fine. Send the link.', 'im no longer interested, please cancel the interview', "Rachel, a higher number won't change my answer. I'm staying with my decision."]) {
      assert.ok(detectDraft(text).isDraft, text);
    }
    for (const text of ['All the types of nodes in the parser tree, as constants.', 'Went running this morning. Felt good. I should stretch more before long runs.', 'Fix race in the watcher\n\nThe watcher could fire twice on a rename. Debounce the events.', 'shopping: milk, eggs', 'buy milk eggs and bread today']) {
      assert.equal(detectDraft(text).isDraft, false, text);
    }
  });

  it('strips front matter before reading', () => {
    const v = detectDraft('---\ntitle: x\ntags: [a, b]\n---\nHi Jo,\n\nThank you for the offer. I must decline.\n\nBest,\nAl\n');
    assert.equal(v.isDraft, true, v.reason);
  });
});

describe('draft detection: any input', () => {
  it('says why it will not read empty, binary and oversized texts', () => {
    assert.deepEqual(detectDraft(''), { isDraft: false, reason: 'Not a draft: it is empty.', signs: [], against: ['it is empty'] });
    assert.equal(detectDraft(' \n\t\n').isDraft, false);
    assert.deepEqual(detectDraft('Hi Jo,\u0000\u0001\u0002 thanks for the interview').against, ['it does not look like text']);
    const huge = `Hi Jo,\n\nThank you for the interview. I decline.\n\nBest,\nAl\n${'x '.repeat(draftLimits.maxChars)}`;
    assert.match(detectDraft(huge).reason, /too long for a message/);
  });

  it('never throws, and always gives a reason, on arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 200 }).map((points) => String.fromCodePoint(...points)), fc.array(fc.constantFrom('Hi Jo,', '# h', '```', '> q', 'Best,', 'interview', '\n', ' ', '|a|b|', '- x', 'Subject: y', 'From: a', 'On x wrote:'), { maxLength: 40 }).map((parts) => parts.join('\n'))), (text) => {
        const v = detectDraft(text);
        assert.equal(typeof v.isDraft, 'boolean');
        assert.ok(v.reason.length > 0);
        assert.ok(v.isDraft ? v.signs.length > 0 : v.against.length > 0);
      }),
      { numRuns: 200 },
    );
  });
});

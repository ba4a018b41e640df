// Property tests: for any string, analyze() and measure() never throw, every range and edit lies
// inside the text with start <= end, and the result is the same every time. Over 100,000
// generated inputs in total, kept small so the suite stays fast, plus a few large ones.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyze, measure, ruleIds, type Finding } from '../../../src/core/analysis';
import { isSimpleParagraph, simpleSplit } from '../../../src/core/analysis/text';

/** Pieces that reach every part of the parser and every rule, mixed with arbitrary code units. */
const TOKENS = [
  'Subject: Interview', 'Dear Tom,', 'Hi [Name],', 'Hello {{recruiter}},', 'Thank you for the invitation.', 'thanks for nothing',
  'I appreciate it if', 'not grateful', "I'm so sorry.", 'Apologies again.', 'no need to apologise', 'I have decided to withdraw.',
  'I must decline,', 'maybe', 'I think I might', 'but keep my application open for this role', 'Could we reschedule?',
  'because', 'plus', 'on top of that', 'my wife', 'surgery', '$95,000', '140k', 'a much better offer', 'the pay is too low',
  'NOT', 'REALLY LOUD WORDS', '!!', '?!', 'not unhappy', 'furious', '"a mess"', '\u201Cquoted\u201D', '\u2019', 'Best regards,',
  'Sam', '--', '> quoted line', 'On Monday, Tom wrote:', '```', '~~~', '---', '+++', '`code`', '<!-- graceful-decline-disable -->',
  '<!-- graceful-decline-disable negative-tone, missing-gratitude -->', 'graceful-decline-disable excessive-apology',
  '<!--', '-->', '[x]', '[link](http://x)', '<your name>', '<<first>>', 'XXX', '__NAME__', '\n', '\r\n', '\r', '\n\n', '\t',
  ' ', '.', '?', '- ', '1. ', '\u0000', '\u0007', '\u001B', '\u200B', '\u202E', '\u200F', '\uFEFF', '\uD800', '\uDFFF',
  '\uD83D\uDE00', '\uD83D', '\u05E9\u05DC\u05D5\u05DD', '\u0645\u0631\u062D\u0628\u0627', '\u00A0', 'e\u0301', '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}',
];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const draftLike = fc.array(token, { maxLength: 24 }).chain((parts) =>
  fc.array(fc.constantFrom(' ', '', '\n', '\r\n', '\n\n'), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join('')),
);
const anyString = fc.string({ unit: 'binary', maxLength: 40 });
const anyOptions = fc.record(
  {
    disabledRules: fc.subarray([...ruleIds]),
    maxBodyWords: fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constant(Number.NaN), fc.constant(Infinity)),
    maxReasons: fc.integer({ min: -1, max: 5 }),
    maxApologies: fc.integer({ min: -1, max: 5 }),
    severities: fc.dictionary(fc.constantFrom(...ruleIds), fc.constantFrom('error', 'warning', 'information', 'hint') as fc.Arbitrary<Finding['severity']>),
  },
  { requiredKeys: [] },
);

function checkFindings(text: string, findings: Finding[]): void {
  for (const f of findings) {
    assert.ok(Number.isInteger(f.start) && Number.isInteger(f.end), 'integer offsets');
    assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.ruleId} range ${f.start}-${f.end} in ${text.length}`);
    assert.ok((ruleIds as readonly string[]).includes(f.ruleId));
    assert.ok(f.message.length > 0 && !f.message.includes('\n'), 'one-line message');
    for (const fix of f.fixes) {
      const edits = [...fix.edits].sort((a, b) => a.start - b.start);
      for (let i = 0; i < edits.length; i++) {
        const e = edits[i];
        assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.ruleId} edit ${e.start}-${e.end} in ${text.length}`);
        if (i > 0) assert.ok(edits[i - 1].end <= e.start, `${f.ruleId} fix "${fix.title}" has overlapping edits`);
      }
    }
  }
}

function checkMetrics(text: string): void {
  const m = measure(text);
  for (const [k, v] of Object.entries(m)) if (k !== 'tone') assert.ok(Number.isFinite(v) && v >= 0, `${k}=${v}`);
  assert.ok(m.bodyWords <= m.words);
}

describe('analysis: properties (fast-check)', function () {
  this.timeout(120_000);

  it('any short string of arbitrary code units (lone surrogates, control characters): no throw, ranges inside (40,000 runs)', () => {
    fc.assert(
      fc.property(anyString, (text) => {
        checkFindings(text, analyze(text));
        checkMetrics(text);
      }),
      { numRuns: 40_000 },
    );
  });

  it('draft-like strings built from email parts, phrases, markup, emoji, RTL and CRLF: no throw, ranges and fix edits inside (40,000 runs)', () => {
    fc.assert(
      fc.property(draftLike, (text) => {
        checkFindings(text, analyze(text));
      }),
      { numRuns: 40_000 },
    );
  });

  it('is deterministic, with any options (15,000 runs)', () => {
    fc.assert(
      fc.property(draftLike, anyOptions, (text, options) => {
        const first = analyze(text, options);
        checkFindings(text, first);
        assert.deepEqual(analyze(text, options), first);
        assert.deepEqual(measure(text), measure(text));
        for (const f of first) assert.ok(!(options.disabledRules ?? []).includes(f.ruleId), 'a disabled rule reported');
      }),
      { numRuns: 15_000 },
    );
  });

  it('applying any fix keeps the text well-formed for a second analysis (6,000 runs)', () => {
    fc.assert(
      fc.property(draftLike, (text) => {
        for (const f of analyze(text)) {
          for (const fix of f.fixes) {
            let out = text;
            for (const e of [...fix.edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
            checkFindings(out, analyze(out));
          }
        }
      }),
      { numRuns: 6_000 },
    );
  });

  it('large inputs: long drafts, one huge line, huge binary and emoji strings (20 runs)', () => {
    const big = fc.oneof(
      fc.array(fc.constantFrom(...TOKENS), { minLength: 5_000, maxLength: 20_000 }).map((a) => a.join(' ')),
      fc.string({ unit: 'binary', minLength: 50_000, maxLength: 120_000 }),
      fc.constantFrom('\uD83D\uDE00'.repeat(60_000), 'A'.repeat(200_000), '!'.repeat(100_000), '\r\n'.repeat(100_000), '[x'.repeat(80_000), 'sorry '.repeat(40_000)),
    );
    fc.assert(
      fc.property(big, (text) => {
        checkFindings(text, analyze(text));
      }),
      { numRuns: 20 },
    );
  });

  it('the plain-paragraph shortcut splits sentences exactly as Intl.Segmenter does (30,000 runs)', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    const piece = fc.constantFrom('word', 'Word', 'I', 'a', 'Mr', 'U', 'S', '3', '42', ' ', ' ', '  ', '.', '!', '?', '...', ',', ';', ':', '-', '"', "'", '(', ')', '[', ']', '{', '}', 'e', 'g', '$', '%', '&', '/', '*', '<', '>');
    let simple = 0;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const p = pieces.join('');
        if (!isSimpleParagraph(p)) return;
        simple++;
        const ours = simpleSplit(p).map((s) => p.slice(s.start, s.end));
        assert.deepEqual(ours, [...segmenter.segment(p)].map((s) => s.segment));
      }),
      { numRuns: 30_000 },
    );
    assert.ok(simple > 10_000, `only ${simple} plain paragraphs generated`);
  });

  it('survives non-string input from JavaScript callers', () => {
    for (const v of [undefined, null, 42, {}, []]) assert.ok(Array.isArray(analyze(v as unknown as string)));
  });
});

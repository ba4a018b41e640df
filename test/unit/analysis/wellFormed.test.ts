// Quick fixes leave text a person would write: the examples from the issue, the edit-level
// helper, and a property test that applies every fix (alone, and all together through Fix All)
// to every corpus message and checks what it leaves behind.
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyTextEdits, describeUnfixed, fixAll, maskEmailHeaders, type Finding } from '../../../src/core/analysis';
import { isSentenceStart, wellFormedEdit } from '../../../src/core/analysis/wellFormed';
import { loadCorpus } from '../../../scripts/corpus';
import { countDefects, judgeFix, newDefects } from './wellFormedness';

const sample = fs.readFileSync(path.join(__dirname, '..', '..', '..', 'sample', 'acme-decline-draft.txt'), 'utf8');
const preferred = (f: Finding) => f.fixes.find((x) => x.preferred) ?? f.fixes[0];

describe('well-formed fixes: the examples from the issue', () => {
  it('"Remove this extra apology" drops "Sorry again" and keeps the apology that says what for', () => {
    const text = 'Sorry again, and sorry for the late notice.';
    const [finding] = analyze(text).filter((f) => f.ruleId === 'excessive-apology');
    assert.ok(finding, 'two apologies are flagged');
    assert.equal(text.slice(finding.start, finding.end), 'Sorry', 'the "again" apology is the extra one');
    assert.equal(applyTextEdits(text, preferred(finding).edits), 'Sorry for the late notice.');
  });

  it('the same inside the sample draft, and the apology sentence keeps its paragraph', () => {
    const [finding] = analyze(sample).filter((f) => f.ruleId === 'excessive-apology');
    assert.match(applyTextEdits(sample, preferred(finding).edits), /\n\nSorry for the late notice\.\n\nSam\n$/);
  });

  it('Fix All on the sample puts the thanks after the greeting as its own paragraph, not in front of the criticism', () => {
    const result = fixAll(sample);
    assert.equal(applyTextEdits(sample, result.edits), result.text, 'the returned edits give the returned text');
    assert.match(result.text, /\nHi Dana,\n\nThank you for your time and for considering me\.\n\n/);
    assert.doesNotMatch(result.text, /considering me\. Your process/);
    assert.doesNotMatch(result.text, /total mess|insulting|Globex/);
    assert.match(result.text, /so I will not be coming in on Thursday\./, 'the decision stays');
    assert.deepEqual(newDefects(sample, result.text), []);
  });

  it('Fix All says what it could not fix: the findings left, as a return value', () => {
    const result = fixAll(sample);
    assert.deepEqual(
      result.remaining.map((f) => f.ruleId),
      analyze(result.text).map((f) => f.ruleId),
    );
    assert.ok(result.remaining.some((f) => f.ruleId === 'over-explaining'), 'over-explaining has no automatic fix and is reported');
    const nothing = fixAll('Hi Tom,\n\nThank you for the invitation. I have decided to withdraw my application.\n\nBest,\nAna');
    assert.deepEqual([nothing.edits, nothing.remaining], [[], []]);
  });

  it('the one message about what is left names each rule once, with its count', () => {
    const { remaining } = fixAll(sample);
    assert.equal(describeUnfixed(remaining, true), `Graceful Decline: fixed what it could; 1 issue needs your own words: Over-explaining.`);
    const two = analyze('Hi [Name],\n\nI will not attend, [Company].\n\nBest,\nSam').filter((f) => f.ruleId === 'unfilled-placeholder');
    assert.equal(describeUnfixed(two, false), 'Graceful Decline: nothing here has an automatic fix; 2 issues need your own words: Unfilled placeholder (2).');
    assert.equal(describeUnfixed([], true), undefined);
  });

  it('"Use normal case" keeps abbreviations in capitals and starts its sentence with one', () => {
    const text = 'Hi Dana,\n\nSTOP CALLING ME ABOUT THE HR ROLE. I have decided to withdraw.\n\nBest,\nSam';
    const shout = analyze(text).find((f) => f.fixes.some((x) => x.title === 'Use normal case'));
    assert.ok(shout, 'the shouting is flagged');
    assert.match(applyTextEdits(text, shout.fixes.find((x) => x.title === 'Use normal case')!.edits), /\n\nStop calling me about the HR role\. I have/);
  });

  it('Fix All on an email reads it with the headers masked and leaves the headers as they were', () => {
    const eml = 'From: Sam <sam@example.com>\nTo: Dana <dana@example.com>\nSubject: Interview\n\nHi Dana,\n\nYour process has been a total mess. I have decided to withdraw my application.\n\nBest,\nSam\n';
    const result = fixAll(eml, undefined, maskEmailHeaders);
    assert.equal(result.text, 'From: Sam <sam@example.com>\nTo: Dana <dana@example.com>\nSubject: Interview\n\nHi Dana,\n\nThank you for your time and for considering me.\n\nI have decided to withdraw my application.\n\nBest,\nSam\n');
    assert.deepEqual(result.remaining, []);
  });

  it('a placeholder (no automatic fix) is reported, not silently left', () => {
    const result = fixAll('Hi [Name],\n\nThank you for the invitation. I have decided to withdraw my application!!!\n\nBest,\nAna');
    assert.deepEqual(result.remaining.map((f) => f.ruleId), ['unfilled-placeholder']);
    assert.match(result.text, /withdraw my application\.\n/);
  });
});

describe('well-formed fixes: wellFormedEdit', () => {
  const run = (text: string, start: number, end: number, newText = '') => applyTextEdits(text, [wellFormedEdit(text, { start, end, newText })]);
  const remove = (text: string, part: string) => run(text, text.indexOf(part), text.indexOf(part) + part.length);

  it('a clause at a sentence start takes its comma and conjunction, and the next word is capitalised', () => {
    assert.equal(remove('Sorry again, and sorry for the late notice.', 'Sorry again'), 'Sorry for the late notice.');
    assert.equal(remove('I am so sorry, but I must decline.', 'I am so sorry'), 'I must decline.');
  });

  it('a clause at a sentence end takes the comma or "and" before it, never leaving ", ."', () => {
    assert.equal(remove('I apologise for any trouble, and sorry again for the late reply.', 'and sorry again for the late reply'), 'I apologise for any trouble.');
    assert.equal(remove('I must decline, sorry.', 'sorry'), 'I must decline.');
  });

  it('a parenthetical goes with both commas; a joined clause keeps the comma that leads on', () => {
    assert.equal(remove('I wanted to say, sorry again, that I cannot attend.', 'sorry again'), 'I wanted to say that I cannot attend.');
    assert.equal(remove('I was busy, and I got another offer, so I will not come.', 'and I got another offer'), 'I was busy, so I will not come.');
  });

  it('a whole sentence goes with its spaces; a dangling "But" in the next is dropped', () => {
    assert.equal(remove('Thanks. Your process is a mess. I must decline.', 'Your process is a mess.'), 'Thanks. I must decline.');
    assert.equal(remove('Thanks. Your process is a mess. But I must decline.', 'Your process is a mess.'), 'Thanks. I must decline.');
    assert.equal(remove('Thanks. I must decline. Your process is a mess.', 'Your process is a mess.'), 'Thanks. I must decline.');
  });

  it('a sentence alone in its paragraph goes with the paragraph, leaving one blank line', () => {
    assert.equal(remove('Hi Tom,\n\nYou wasted my time.\n\nI must decline.\n\nBest,\nAna', 'You wasted my time.'), 'Hi Tom,\n\nI must decline.\n\nBest,\nAna');
    assert.equal(remove('Hi Tom,\r\n\r\nYou wasted my time.\r\n\r\nI must decline.', 'You wasted my time.'), 'Hi Tom,\r\n\r\nI must decline.');
    assert.equal(remove('I must decline.\n\nYou wasted my time.', 'You wasted my time.'), 'I must decline.');
  });

  it('an insertion is spaced and capitalised for where it lands, and a lower-case start after it is capitalised', () => {
    assert.equal(run('Not interested', 14, 14, 'Thank you for your time.'), 'Not interested. Thank you for your time.');
    assert.equal(run('Hi Tom, not looking right now.', 8, 8, 'Thank you for your time.'), 'Hi Tom, thank you for your time. Not looking right now.');
    assert.equal(run('so sorry Kerry, I cannot make it.', 0, 0, 'Thank you for your time.'), 'Thank you for your time. So sorry Kerry, I cannot make it.');
    assert.equal(run('Hi Tom,\n\nI must decline.', 9, 9, 'Thank you for your time.\n\n'), 'Hi Tom,\n\nThank you for your time.\n\nI must decline.');
  });

  it('a replacement at a sentence start is capitalised and never doubles a full stop', () => {
    assert.equal(run('NO THANKS. Bye.', 0, 9, 'no thanks'), 'No thanks. Bye.');
    assert.equal(run('I will not come!!!', 15, 18, '.'), 'I will not come.');
  });

  it('knows sentence starts: after a full stop, a blank line or a greeting line, not after a wrapped line or "e.g."', () => {
    const text = 'Hi Tom,\nthanks. so\nthen, e.g. this\n\nnext';
    for (const [word, expected] of [['thanks', true], ['so', true], ['then', false], ['this', false], ['next', true]] as const) {
      assert.equal(isSentenceStart(text, text.indexOf(word)), expected, word);
    }
  });
});

describe('well-formed fixes: every fix over the corpus', function () {
  this.timeout(120_000);
  const { messages } = loadCorpus();

  it('the defect counter sees the defects the issue names', () => {
    const broken = 'Sorry again, and  for the late notice.';
    const counts = countDefects(broken);
    assert.equal(counts['doubled space'], 1);
    assert.equal(counts['conjunction joining nothing'], 1);
    assert.deepEqual(newDefects('A b. C d.', 'A b, . c  d,, and. e .\n\n\nand, x'), [
      'doubled space',
      'doubled or orphan punctuation',
      'space before punctuation',
      'sentence ending in a conjunction',
      'sentence starting with a dangling conjunction',
      'sentence starting lower-case',
      'blank lines piled up',
    ]);
  });

  /**
   * A fix can tip a model-decided rule (negative-tone, over-explaining, unclear-decision) on a
   * borderline message: removing an extra apology takes away some politeness, and the model then
   * reads a neutral clause as criticism, or a now-short reply as undecided. The text is still well
   * formed; the finding is the engine's judgement of the new text. Those are counted and held at
   * the rate measured when the models were last merged (10 of 1,419 messages; 4 of 766 before the
   * corpus grew), so a change can only lower it; everything else (defects, a finding not gone, Fix
   * All's report) must be zero.
   */
  const MAX_NEW_FINDINGS = Math.floor(messages.length * (10 / 1419));

  it(`applying each fix alone, and Fix All, adds no defect, removes what it fixes, and brings in a rule not there before at most ${MAX_NEW_FINDINGS} times`, () => {
    assert.ok(messages.length >= 1419, 'the corpus is loaded');
    const problems: string[] = [];
    const newFindings: string[] = [];
    let fixes = 0;
    for (const m of messages) {
      const findings = analyze(m.text);
      const report = (what: string, found: string[]) => {
        // A rule the message is labelled with was missed before the fix, not brought in by it.
        const real = found.filter((p) => !(p.startsWith('new finding: ') && m.expected.has(p.slice('new finding: '.length) as never)));
        // Holdout and fresh messages are never named or quoted: only what kind of problem it was.
        const where = m.part === 'dev' ? m.file : `a ${m.part} message`;
        const title = what.replace(/"[^"]*"/g, (q) => (q.length > 40 ? '"..."' : q));
        for (const p of real) (p.startsWith('new finding: ') ? newFindings : problems).push(`${where}: ${title}: ${p}`);
      };
      const seen = new Set<string>();
      for (const f of findings) {
        for (const fix of f.fixes) {
          const key = JSON.stringify(fix.edits);
          if (seen.has(key)) continue;
          seen.add(key);
          fixes++;
          report(`"${fix.title}" (${f.ruleId})`, judgeFix(m.text, findings, applyTextEdits(m.text, fix.edits), f));
        }
      }
      const all = fixAll(m.text);
      if (applyTextEdits(m.text, all.edits) !== all.text) report('Fix All', ['its edits do not give its text']);
      report('Fix All', judgeFix(m.text, findings, all.text, undefined));
      const left = analyze(all.text).map((f) => `${f.ruleId}@${f.start}`);
      if (JSON.stringify(left) !== JSON.stringify(all.remaining.map((f) => `${f.ruleId}@${f.start}`))) report('Fix All', ['what it reports as left is not what is left']);
    }
    assert.ok(fixes > 300, `fixes were tried (${fixes})`);
    assert.deepEqual(problems, [], `${problems.length} problems`);
    assert.ok(newFindings.length <= MAX_NEW_FINDINGS, `${newFindings.length} fixes brought in a new rule:\n${newFindings.join('\n')}`);
  });
});

describe('fixes keep what the writer says of themselves', () => {
  // Found in the real editor: criticism sharing a sentence with the decision took the decision with it.
  for (const [draft, kept] of [
    ['Hi Dana,\n\nI won\'t attend the interview for the Analyst role since honestly the recruiter was rude and the pay was low.\n\nBest,\nSam', "I won't attend the interview for the Analyst role"],

    ['Hi Karen,\n\nThanks for the offer. I have to be honest, though: the number is a long way below what anyone with four years in this field is paid, and I\'m not willing to undersell myself. I\'ll pass.\n\nRegards,\nDmitri', "I'm not willing to undersell myself"],
  ] as const) {
    it(`Fix All keeps "${kept}"`, () => {
      const result = fixAll(draft);
      assert.ok(result.text.includes(kept), result.text);
      assert.equal(analyze(result.text).filter((f) => f.ruleId === 'negative-tone').length, 0, result.text);
      assert.deepEqual(countDefects(result.text), countDefects(draft), result.text);
    });
  }
});

describe('Fix All and sarcastic thanks', () => {
  // Found in the real editor: Fix All added a thank-you above "Thanks but no thanks." and kept the sarcasm.
  const thanksIn = (text: string) => text.match(/\bthank(?:s| you)\b/gi)?.length ?? 0;
  it('replaces the sarcasm with one real thank-you and keeps the decision', () => {
    const draft = "Hi Dana,\n\nThanks but no thanks. I'm declining the interview for the Analyst role.\n\nBest,\nSam";
    const result = fixAll(draft);
    assert.equal(result.text, "Hi Dana,\n\nThank you for your time and for considering me. I'm declining the interview for the Analyst role.\n\nBest,\nSam");
    assert.deepEqual(result.remaining, []);
  });
  it('rewords sarcasm that is the only "no" into thanks with the decision, and adds no second thank-you', () => {
    const draft = 'Hi Dana,\n\nThanks, but no thanks.\n\nBest,\nSam';
    const result = fixAll(draft);
    assert.doesNotMatch(result.text, /no thanks/i, result.text);
    assert.match(result.text, /\n\nThank you, but I will decline\.\n\nBest,/);
    assert.equal(thanksIn(result.text), 1, result.text);
    assert.deepEqual(newDefects(draft, result.text), []);
    assert.deepEqual(result.remaining, []);
  });
});

describe('fixes never remove the decision', () => {
  it('criticism that cannot be cut from the sentence stating the decision is left for the person, and Fix All says so', () => {
    const draft = 'Hi Dana,\n\nThank you for the invitation, but honestly the process was a mess and I have decided not to continue.\n\nBest,\nSam';
    const result = fixAll(draft);
    assert.ok(result.text.includes('I have decided not to continue'), result.text);
    assert.deepEqual(result.remaining.map((f) => f.ruleId), ['negative-tone']);
  });
});

describe('well-formed fixes: generated drafts', function () {
  this.timeout(120_000);
  // Sentences with every kind of fix, in any order and layout: fixes then meet each other in ways the corpus may not show.
  const SENTENCES = [
    'Thank you for the invitation.', "I'm so sorry.", 'Apologies again.', 'Sorry again, and sorry for the late notice.', 'I have decided to withdraw my application.',
    'Your process has been a total mess.', 'The salary is insulting, and I got a much better offer from Globex.', 'I am NOT INTERESTED!!!', 'Maybe I might not come?',
    'I apologise for any trouble, and sorry again for the late reply.', 'I was busy, and frankly your recruiter was rude, so I will not come.',
    'Thanks, but your process was a joke.', 'But I must decline.', 'So I will pass.', 'The role seems boring, sorry.', 'Please take me off your list!!', 'Sorry, I cannot make it.',
  ];
  const draft = fc
    .tuple(
      fc.constantFrom('', 'Hi Dana,\n\n', 'Hi Dana, ', 'Dear Mr Fox,\n', 'Hi Dana,\r\n\r\n'),
      fc.array(fc.tuple(fc.constantFrom(...SENTENCES), fc.constantFrom(' ', '\n', '\n\n')), { minLength: 1, maxLength: 6 }),
      fc.constantFrom('', '\n\nBest,\nSam', '\n\nSorry again,\nSam\n', '\n'),
    )
    .map(([greeting, body, end]) => greeting + body.map(([s, sep], i) => (i < body.length - 1 ? s + sep : s)).join('') + end);

  it('no fix, alone or through Fix All, adds a defect (2,000 drafts)', () => {
    fc.assert(
      fc.property(draft, (text) => {
        const findings = analyze(text);
        for (const f of findings) {
          for (const fix of f.fixes) assert.deepEqual(newDefects(text, applyTextEdits(text, fix.edits)), [], `"${fix.title}" on ${JSON.stringify(text)}`);
        }
        assert.deepEqual(newDefects(text, fixAll(text).text), [], `Fix All on ${JSON.stringify(text)}`);
      }),
      { numRuns: 2_000 },
    );
  });
});

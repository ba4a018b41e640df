// Text below the signature (issue 12, item 3): a "P.S." or a line of the writer's own after the name
// is part of the message and every rule reads it; a real signature block and quoted earlier
// messages are not the writer's words for this message and stay unchecked.
import * as assert from 'node:assert/strict';
import { analyze, measure, parseMessage, type RuleId } from '../../../src/core/analysis';
import { AnalysisContext } from '../../../src/core/analysis/context';
import { mixedSignals } from '../../../src/core/analysis/signals';

/** Applies a fix's edits (back to front) to the text. */
function apply(text: string, edits: { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const ruleIds = (text: string) => [...new Set(analyze(text).map((f) => f.ruleId))].sort();
const of = (text: string, rule: RuleId) => analyze(text).filter((f) => f.ruleId === rule);

const POLITE = `Hi Dana,

Thank you for inviting me to interview for the Data Analyst role. I have accepted another offer, so I am withdrawing my application.

I wish you every success with the search.

Best regards,
Sam Patel`;

/** The polite draft with `tail` added below the name. */
const withTail = (tail: string) => `${POLITE}\n${tail}`;

describe('analysis: text after the signature', () => {
  it('the polite draft alone has no finding (so every finding below comes from the added text)', () => {
    assert.deepEqual(analyze(POLITE), []);
  });

  it('checks a "P.S." with criticism and "!!" for negative tone, at the postscript', () => {
    const d = withTail('\nP.S. Honestly, your recruiter was rude and the whole process was a total mess!!');
    const found = of(d, 'negative-tone');
    assert.ok(found.length > 0, 'the criticism in the P.S. is reported');
    const ps = d.indexOf('P.S.');
    for (const f of found) assert.ok(f.start > ps, `${d.slice(f.start, f.end)} lies in the P.S.`);
    assert.match(found.map((f) => d.slice(f.start, f.end)).join(' | '), /recruiter was rude/);
  });

  it('checks "PS" without dots, "PS:" and "P.P.S." alike', () => {
    for (const marker of ['PS', 'PS:', 'ps -', 'P.P.S.', 'P. S.']) {
      const d = withTail(`${marker} your recruiters are clowns.`);
      assert.deepEqual(ruleIds(d), ['negative-tone'], marker);
    }
  });

  it('checks a line of the writer\'s own after the name, with no "P.S." marker', () => {
    const d = withTail('Frankly, your interview process was a joke!');
    assert.deepEqual(ruleIds(d), ['negative-tone']);
    assert.equal(parseMessage(d).postscripts.length, 1);
  });

  it('counts thanks in a P.S. as gratitude', () => {
    const noThanks = 'Hi Dana,\n\nI have accepted another offer, so I am withdrawing my application.\n\nBest,\nSam';
    assert.deepEqual(ruleIds(noThanks), ['missing-gratitude']);
    assert.deepEqual(ruleIds(`${noThanks}\n\nP.S. Thank you for the coffee and the tour of the office.`), []);
    assert.deepEqual(ruleIds(`${noThanks}\nPS thanks again for your time`), []);
    assert.equal(measure(`${noThanks}\n\nP.S. Thank you for the tour.`).thanks, 1);
  });

  it('counts an apology in a P.S. with the others', () => {
    const d = 'Hi Dana,\n\nThank you for the invitation, and sorry for the late reply. I am withdrawing my application.\n\nBest,\nSam\n\nP.S. Sorry again for all the back and forth.';
    const extra = of(d, 'excessive-apology');
    assert.equal(extra.length, 1);
    assert.ok(extra[0].start > d.indexOf('P.S.'));
  });

  it('reads the decision and mixed signals in a P.S.', () => {
    const undecided = 'Hi Dana,\n\nThank you for the invitation to interview for the analyst role. I am not sure yet.\n\nBest,\nSam';
    assert.deepEqual(ruleIds(undecided), ['unclear-decision']);
    assert.deepEqual(ruleIds(`${undecided}\n\nP.S. I have decided to withdraw my application.`), [], 'the decision in the P.S. settles it');
    // Declining, then asking in the P.S. to stay in the running: the mixed signal is read there (the
    // unclear-decision model weighs it with the rest of the message).
    const mixed = withTail('\nP.S. Please keep my application open in case things change.');
    assert.deepEqual(mixedSignals(new AnalysisContext(mixed)).map((s) => mixed.slice(s.start, s.end)), ['keep my application open']);
  });

  it('checks a P.S. for over-explaining', () => {
    const d = withTail('\nP.S. My mother has been ill, my car broke down last week, and the commute would be over an hour each way.');
    assert.ok(of(d, 'over-explaining').length > 0, JSON.stringify(analyze(d).map((f) => f.message)));
  });

  it('counts the P.S. in the body words, and not the signature or sign-off', () => {
    const base = measure(POLITE).bodyWords;
    assert.equal(measure(withTail('\nP.S. Good luck with the move.')).bodyWords, base + 5);
  });

  it('leaves a long signature block unchecked: name, title, company, phone, email and links', () => {
    const signature = [
      'Senior Data Analyst | Mess Hall Analytics Ltd',
      'Mobile: +44 (0)20 7946 0958',
      'sam.patel@example.com',
      'https://www.linkedin.com/in/sam-patel',
      'www.example.com/portfolio',
      '(he/him)',
      'Sent from my phone',
    ].join('\n');
    const d = withTail(signature);
    const parts = parseMessage(d);
    assert.deepEqual(parts.postscripts, []);
    assert.ok(parts.signature, 'a signature is found');
    assert.equal(d.slice(parts.signature.start, parts.signature.end), `Sam Patel\n${signature}`);
    assert.deepEqual(analyze(d), []);
    assert.equal(measure(d).bodyWords, measure(POLITE).bodyWords);
  });

  it('checks a P.S. below a long signature block, and still not the block', () => {
    const d = withTail('Senior Data Analyst | Example Ltd\nMobile: +44 20 7946 0958\nhttps://example.com/sam\n\nP.S. Your office was a dump!!!');
    const found = of(d, 'negative-tone');
    assert.ok(found.length > 0);
    for (const f of found) assert.ok(f.start > d.indexOf('P.S.'), d.slice(f.start, f.end));
    assert.equal(measure(d).bodyWords, measure(POLITE).bodyWords + 5);
  });

  it('still finds a placeholder in the signature and thanks in the sign-off when a P.S. follows', () => {
    const d = 'Hi Dana,\n\nI am withdrawing my application.\n\nThanks,\n[Your Name]\n\nP.S. Good luck with the launch.';
    assert.deepEqual(ruleIds(d), ['unfilled-placeholder']);
    assert.equal(d.slice(analyze(d)[0].start, analyze(d)[0].end), '[Your Name]');
  });

  it('leaves quoted earlier messages unchecked, however they are quoted', () => {
    const rude = 'Your recruiters are clowns and this process is a JOKE!!! Sorry, sorry, sorry. [Company]';
    const replies = [
      `On Mon, 3 Nov 2026 at 10:00, Dana Recruiter <dana@example.com> wrote:\n> ${rude}\n> Reply by Friday.`,
      `On Mon, 3 Nov 2026 at 10:00, Dana Recruiter <dana@example.com>\nwrote:\n> ${rude}`,
      `On Monday, Dana wrote:\n\n${rude}\n\nRegards,\nDana`,
      `-----Original Message-----\nFrom: Dana Recruiter\nSent: Monday, 3 November 2026 10:00\nTo: Sam Patel\nSubject: Interview\n\n${rude}`,
      `---------- Forwarded message ---------\nFrom: Dana <dana@example.com>\nDate: Mon, 3 Nov 2026\nSubject: Interview\n\n${rude}`,
      `From: Dana Recruiter <dana@example.com>\nSent: Monday, 3 November 2026 10:00\nTo: Sam Patel\nSubject: Interview\n\n${rude}`,
    ];
    for (const quoted of replies) assert.deepEqual(analyze(`${POLITE}\n\n${quoted}\n`), [], quoted);
    // The same words as the writer's own P.S. are reported, so the replies above are quiet for the right reason.
    assert.ok(ruleIds(withTail(`\nP.S. ${rude}`)).includes('negative-tone'));
  });

  it('keeps a header block at the top of a draft, and inline replies after quoted lines, as the writer\'s', () => {
    const headed = `From: Sam Patel <sam@example.com>\nTo: Dana <dana@example.com>\nSubject: Interview\n\n${POLITE}`;
    assert.deepEqual(analyze(headed), []);
    const inline = `Hi Dana,\n\nOn Monday, Dana wrote:\n> Are you still interested?\n\nNo, and frankly your process was a joke.\n\nSam`;
    assert.ok(ruleIds(inline).includes('negative-tone'));
  });

  it('a fix that empties a P.S. removes its "P.S." marker too; one that leaves words keeps it', () => {
    const whole = withTail('\nP.S. Your recruiters are clowns.\n');
    const [insult] = of(whole, 'negative-tone');
    assert.equal(apply(whole, insult.fixes[0].edits), `${POLITE}\n`);
    const apology = 'Hi Dana,\n\nThank you, and sorry for the delay. I am withdrawing my application.\n\nBest,\nSam\n\nP.S. Sorry again for the back and forth.';
    assert.equal(apply(apology, of(apology, 'excessive-apology')[0].fixes[0].edits), 'Hi Dana,\n\nThank you, and sorry for the delay. I am withdrawing my application.\n\nBest,\nSam');
    const part = withTail('\nP.S. Your recruiters are clowns. Good luck with the launch.');
    const [partial] = of(part, 'negative-tone');
    assert.equal(apply(part, partial.fixes[0].edits), withTail('\nP.S. Good luck with the launch.'));
  });

  it('reads a "P.S." above the sign-off as body text, as before', () => {
    const d = 'Hi Dana,\n\nThank you. I am withdrawing my application.\n\nP.S. Good luck with the launch.\n\nBest,\nSam';
    const parts = parseMessage(d);
    assert.deepEqual(parts.postscripts, []);
    assert.ok(d.slice(parts.body.start, parts.body.end).endsWith('Good luck with the launch.'));
  });
});

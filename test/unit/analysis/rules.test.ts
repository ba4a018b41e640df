import * as assert from 'node:assert/strict';
import { analyze, measure, ruleDocs, ruleIds, DEFAULT_MAX_BODY_WORDS, type Finding, type RuleId } from '../../../src/core/analysis';
import { AnalysisContext } from '../../../src/core/analysis/context';
import { unclearDecisionCandidates, unclearDecisionFeatures } from '../../../src/core/analysis/rules/unclear-decision';

const ids = (text: string, options?: Parameters<typeof analyze>[1]) => [...new Set(analyze(text, options).map((f) => f.ruleId))].sort();
const of = (text: string, rule: RuleId) => analyze(text).filter((f) => f.ruleId === rule);
const covered = (text: string, f: Finding) => text.slice(f.start, f.end);

/** Applies a fix's edits (back to front) to the text. */
function apply(text: string, edits: { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

const GOOD = `Subject: Data Analyst interview

Dear Ms Rivera,

Thank you for inviting me to interview for the Data Analyst role. I have accepted another offer, so I am withdrawing my application.

I wish you every success with the search.

Kind regards,
Sam Patel`;

describe('analysis: a good decline', () => {
  it('produces no findings', () => {
    assert.deepEqual(analyze(GOOD), []);
  });
  it('measures words, thanks and reasons', () => {
    const m = measure(GOOD);
    assert.equal(m.thanks, 1);
    assert.equal(m.reasons, 1);
    assert.equal(m.apologies, 0);
    assert.equal(m.sentences, 3);
    assert.ok(m.bodyWords > 20 && m.bodyWords < m.words, `${m.bodyWords} / ${m.words}`);
    assert.equal(m.tone === 'warm' || m.tone === 'neutral', true);
  });
});

describe('analysis: missing-gratitude', () => {
  const draft = 'Dear Tom,\n\nI have decided to withdraw my application.\n\nBest,\nAna';
  it('flags a draft with no thanks and offers to insert a thank-you as its own paragraph after the greeting', () => {
    const [f] = of(draft, 'missing-gratitude');
    assert.ok(f);
    assert.equal(f.severity, 'warning');
    assert.equal(covered(draft, f), 'Dear Tom,');
    const fixed = apply(draft, f.fixes[0].edits);
    assert.equal(f.fixes[0].preferred, true);
    assert.equal(fixed, 'Dear Tom,\n\nThank you for your time and for considering me.\n\nI have decided to withdraw my application.\n\nBest,\nAna');
    assert.deepEqual(of(fixed, 'missing-gratitude'), []);
  });
  it('does not count dismissive, negated or causal thanks', () => {
    for (const s of ['Thanks for nothing.', 'I am not grateful for the delays.', 'Thanks to the delays, I have moved on.', 'I would appreciate it if you removed my details.']) {
      assert.equal(of(`Hi Tom,\n\nI am withdrawing my application. ${s}\n\nBest,\nAna`, 'missing-gratitude').length, 1, s);
    }
  });
  it('puts the thank-you in place of sarcastic thanks, not beside it (found in the real editor: "Thanks but no thanks." stayed under a new thank-you)', () => {
    const d = "Hi Dana,\n\nThanks but no thanks. I'm declining the interview for the Analyst role.\n\nBest,\nSam";
    const [f] = of(d, 'missing-gratitude');
    assert.ok(f, 'sarcastic thanks is no thanks');
    assert.equal(apply(d, f.fixes[0].edits), "Hi Dana,\n\nThank you for your time and for considering me. I'm declining the interview for the Analyst role.\n\nBest,\nSam");
    // A clause of its own: only the clause is replaced, and the sentence reads on.
    const clause = 'Hi Dana,\n\nI will not attend the interview, and thanks for nothing.\n\nBest,\nSam';
    assert.equal(apply(clause, of(clause, 'missing-gratitude')[0].fixes[0].edits), 'Hi Dana,\n\nI will not attend the interview, thank you for your time and for considering me.\n\nBest,\nSam');
  });
  it('puts a thank-you that still says no in place of sarcastic thanks that is the only "no" in the draft', () => {
    const d = 'Hi Dana,\n\nThanks but no thanks.\n\nBest,\nSam';
    const [f] = of(d, 'missing-gratitude');
    assert.equal(apply(d, f.fixes[0].edits), 'Hi Dana,\n\nThank you, but I will decline.\n\nBest,\nSam');
  });
  it('names sarcastic thanks where it stands, rather than saying there is no thanks anywhere', () => {
    const d = 'Hi Dana,\n\nThanks but no thanks. The salary is a joke.\n\nSam';
    const [f] = of(d, 'missing-gratitude');
    assert.equal(d.slice(f.start, f.end), 'Thanks but no thanks');
    assert.match(f.message, /sarcastic or grudging/);
    assert.match(of('Hi Tom,\n\nI will not attend.\n\nAna', 'missing-gratitude')[0].message, /^No thanks anywhere/);
  });
  it('puts the thank-you in place of sarcastic thanks that says no to nothing', () => {
    const d = 'Hi Dana,\n\nThanks for nothing.\n\nBest,\nSam';
    const [f] = of(d, 'missing-gratitude');
    assert.equal(apply(d, f.fixes[0].edits), 'Hi Dana,\n\nThank you for your time.\n\nBest,\nSam');
  });
  it('counts appreciation and a thankful sign-off', () => {
    assert.deepEqual(of('Hi Tom,\n\nI appreciate the invitation, but I am withdrawing my application.\n\nBest,\nAna', 'missing-gratitude'), []);
    assert.deepEqual(of('Hi Tom,\n\nI am withdrawing my application.\n\nMany thanks,\nAna', 'missing-gratitude'), []);
  });
});

describe('analysis: over-explaining', () => {
  it('points at stacked reasons, not at the whole draft', () => {
    // Whether two stacked reasons are reported is the model's call (a short draft with one "Also, ..."
    // scores below its threshold); where the finding sits is the detectors': on the added reason.
    const d = 'Hi Tom,\n\nThank you for the invitation. I have accepted another offer. Also, the commute would be too long for me, and my partner is starting a new job.\n\nBest,\nAna';
    const f = of(d, 'over-explaining');
    assert.equal(f.length, 1);
    assert.equal(covered(d, f[0]), 'Also, the commute would be too long for me, and my partner is starting a new job.');
  });
  it('flags personal details and money figures', () => {
    // No detail forces a report any more: whether it is reported is the
    // model's call, and a one-sentence draft whose only problem is one figure or one named illness
    // scores below its threshold (a known miss); where the finding sits and what it names is the detectors'.
    const d = 'Hi Tom,\n\nThank you for the invitation. I am declining because the other role pays $95,000, the commute would be long and my daughter starts school in June.\n\nBest,\nAna';
    assert.match(of(d, 'over-explaining')[0].message, /money/);
    const health = 'Hi Tom,\n\nThank you for the invitation. I ended up in A&E with a kidney stone last week and my doctor says I need a month of rest, so I must decline.\n\nBest,\nAna';
    assert.match(of(health, 'over-explaining')[0].message, /health/);
    // One neutral family reason alone is fine (docs/labelling.md).
    assert.deepEqual(of('Hi Tom,\n\nThank you for the invitation. My husband has just started a new job, so I must decline.\n\nBest,\nAna', 'over-explaining'), []);
  });
  it('counts reasons by what they are about, and a phrase about one thing once', () => {
    const stacked = 'Hi Tom,\n\nThank you. I am withdrawing, since the commute is long, the salary is below what I need and my daughter starts school.\n\nBest,\nAna';
    assert.match(of(stacked, 'over-explaining')[0].message, /3 reasons given \(location, pay, family\)/);
    assert.deepEqual(of('Hi Tom,\n\nThank you. I will decline: for now I want to focus on my current role.\n\nBest,\nAna', 'over-explaining'), []);
  });
  it('does not take "far" in a comparison for distance (found in the real editor: "far more than your range" read as a location)', () => {
    const d = 'Hi Tom,\n\nThank you for your time. I have accepted another offer, which is far more than your range.\n\nBest,\nAna';
    for (const f of of(d, 'over-explaining')) assert.doesNotMatch(f.message, /location/, f.message);
    assert.equal(measure(d).reasons, 1);
    // Distance itself still counts.
    assert.equal(measure('Hi Tom,\n\nThank you. I have accepted another offer, and the office is too far from home.\n\nBest,\nAna').reasons, 2);
  });
  it('flags a body over the limit, counting the body only', () => {
    const long = `Hi Tom,\n\nThank you for the invitation. I must decline the interview. ${'I wish you well with the search. '.repeat(40)}\n\nBest,\nAna`;
    const f = of(long, 'over-explaining');
    assert.equal(f.length, 1);
    assert.match(f[0].message, new RegExp(`keep it under ${DEFAULT_MAX_BODY_WORDS}`));
    assert.ok(f[0].start > long.indexOf('I must decline'));
    assert.deepEqual(ids(long, { maxBodyWords: 1000 }), []);
  });
});

describe('analysis: negative-tone', () => {
  it('flags criticism, boasting and sarcasm, and offers neutral alternatives', () => {
    const d = 'Hi Tom,\n\nThank you. I have a much better offer, so I am declining.\n\nBest,\nAna';
    const [f] = of(d, 'negative-tone');
    assert.equal(covered(d, f), 'a much better offer');
    assert.equal(f.fixes[0].preferred, true);
    assert.equal(apply(d, f.fixes[0].edits).includes('I have another offer'), true);
  });
  it('leaves negated and quoted wording alone', () => {
    assert.deepEqual(of('Hi Tom,\n\nThank you. I am not disappointed at all; I am simply declining.\n\nBest,\nAna', 'negative-tone'), []);
    assert.deepEqual(of('Hi Tom,\n\nThank you. You said "no pressure, it is a mess here anyway", which was kind. I am declining.\n\nBest,\nAna', 'negative-tone'), []);
  });
  it('flags shouting and repeated exclamation marks', () => {
    const d = 'Hi Tom,\n\nThank you. I am NOT interested!!!\n\nBest,\nAna';
    const f = of(d, 'negative-tone').map((x) => covered(d, x));
    assert.deepEqual(f, ['NOT', '!!!']);
  });
  it('leaves "!!" in a warm note, and capitals inside a [PLACEHOLDER], alone', () => {
    assert.deepEqual(of('Hi Tom,\n\nThank you so much for the chat!! I have decided to withdraw.\n\nBest,\nAna', 'negative-tone'), []);
    assert.deepEqual(of('Dear [ROLE TITLE] team,\n\nThank you. I have signed with another company.\n\nBest,\nAna', 'negative-tone'), []);
  });
  it('names the real problem: criticism of the pay, an insult, a boast, dismissiveness, a demand', () => {
    const cases: [string, RegExp][] = [
      ['Frankly the salary you offered is insulting.', /^Criticism of the pay/],
      ['Your recruiters are clowns.', /^Insult/],
      ['I also got an offer from Globex for $140,000 with better benefits.', /^Boast about another offer/],
      ['Honestly the position doesn\'t interest me much.', /^Dismissive/],
      ['Your hiring team should learn how to run an interview.', /^Demand/],
      ['Take me off your list now.', /^Demand/],
    ];
    for (const [s, re] of cases) {
      const d = `Hi Tom,\n\nThank you. I am withdrawing my application. ${s}\n\nBest,\nAna`;
      const f = of(d, 'negative-tone');
      assert.ok(f.length > 0 && re.test(f[0].message), `${s}: ${f.map((x) => x.message).join(' | ')}`);
    }
  });
  it('leaves the writer\'s own feelings and situation alone', () => {
    for (const s of ['I was disappointed not to get further.', 'I am sorry to have wasted your time.', 'I have a health problem to deal with.', 'I\'m sad to miss this.']) {
      assert.deepEqual(of(`Hi Tom,\n\nThank you. I am withdrawing my application. ${s}\n\nBest,\nAna`, 'negative-tone'), [], s);
    }
  });
  it('flags aggrieved wording', () => {
    const d = 'Hi Tom,\n\nThank you. I am furious about how this went, so I decline.\n\nBest,\nAna';
    assert.equal(of(d, 'negative-tone').length, 1);
  });
});

describe('analysis: unfilled-placeholder', () => {
  it('finds bracket, mustache and angle placeholders anywhere, as errors', () => {
    const d = 'Subject: {{role}}\n\nDear [Name],\n\nThank you. I am withdrawing my application to <company name>.\n\nBest,\n[Your name]';
    const f = of(d, 'unfilled-placeholder');
    assert.deepEqual(f.map((x) => covered(d, x)), ['{{role}}', '[Name]', '<company name>', '[Your name]']);
    assert.equal(f[0].severity, 'error');
  });
  it('ignores Markdown links and task boxes', () => {
    assert.deepEqual(of('Dear Tom,\n\n- [x] Thank you for [the invite](https://example.com). I am declining.\n\nBest,\nAna', 'unfilled-placeholder'), []);
  });
  it('finds a fill-in blank, but not a line of underscores or a snake_case word', () => {
    const d = 'Dear Mr. ________:\n\nThank you for the interview for the ______ position. I am declining (see my_notes_file).\n\n____\n\nBest,\nAna';
    assert.deepEqual(of(d, 'unfilled-placeholder').map((x) => covered(d, x)), ['________', '______']);
  });
  it("leaves a placeholder inside someone else's words the writer quotes, but not one of the draft's own in quotes", () => {
    const quoted = 'Hi Sam,\n\nThanks, but no. Your email still says "Dear [First Name]", which tells me enough.\n\nBest,\nAna';
    assert.deepEqual(of(quoted, 'unfilled-placeholder'), []);
    const curly = 'Hi Sam,\n\nThanks, but no. It opened: \u201cHello {{name}}\u201d and went on from there.\n\nBest,\nAna';
    assert.deepEqual(of(curly, 'unfilled-placeholder'), []);
    const own = 'Hi Sam,\n\nThank you for the "[Role]" interview invitation. I must decline.\n\nBest,\nAna';
    assert.deepEqual(of(own, 'unfilled-placeholder').map((x) => covered(own, x)), ['[Role]']);
  });
});

describe('analysis: unclear-decision', () => {
  it('flags a draft that never says what the writer is doing', () => {
    assert.equal(of('Hi Tom,\n\nThank you for the invitation. I have been thinking about the role a lot lately.\n\nBest,\nAna', 'unclear-decision').length, 1);
  });
  it('flags a hedged decision', () => {
    assert.match(of('Hi Tom,\n\nThank you. I think I might have to decline, maybe.\n\nBest,\nAna', 'unclear-decision')[0].message, /undecided/);
  });
  // Whether a mixed signal is reported is the model's call (a lone request beside a firm decline
  // scores below its threshold, trained on dev); the hand detector must still find it as a candidate.
  it('finds mixed signals as a candidate for the model', () => {
    assert.ok(unclearDecisionCandidates(new AnalysisContext('Hi Tom,\n\nThank you. I must decline, but please keep my application open for this role.\n\nBest,\nAna')));
    assert.ok(!unclearDecisionCandidates(new AnalysisContext('Hi Tom,\n\nThank you. I must decline, but please keep me in mind for future roles.\n\nBest,\nAna')));
  });
  it('accepts other clear intents: reschedule, a shorter call, staying in touch, a thank-you reply', () => {
    for (const s of ['Could we reschedule the interview to next week?', 'Would a short introductory call be possible first?', 'I would be glad to stay in touch.', 'Thank you for your kind reply.']) {
      assert.deepEqual(of(`Hi Tom,\n\nThank you. ${s}\n\nBest,\nAna`, 'unclear-decision'), [], s);
    }
  });
  it('does not read a negated decline as a decision', () => {
    assert.equal(of('Hi Tom,\n\nThank you. I do not want to decline yet.\n\nBest,\nAna', 'unclear-decision').length, 1);
  });
  it("reads a no in wording its lists do not know through the sentence-shape decision reader (the one Rewrite Politely uses)", () => {
    const d = "Hi Tom,\n\nThanks for the offer. I'm not going to sign it. Perhaps another time.\n\nBest,\nAna";
    const features = unclearDecisionFeatures(new AnalysisContext(d));
    assert.equal(features['stated decline (sentence reader)'], 1);
    assert.equal(features['hedges, no subject'], 1);
    assert.deepEqual(of(d, 'unclear-decision'), []);
    // The same hedges about the writer's own step, with no decision stated, are still undecided.
    assert.equal(of('Hi Tom,\n\nThank you for the offer. Maybe I will take it, maybe not. I might need more time.\n\nBest,\nAna', 'unclear-decision').length, 1);
  });
});

describe('analysis: excessive-apology', () => {
  it('reports each extra apology at information level and removes it', () => {
    const d = 'Hi Tom,\n\nThank you. I am sorry for the short notice. I must withdraw from the process. Apologies again.\n\nBest,\nAna';
    const f = of(d, 'excessive-apology');
    assert.equal(f.length, 1);
    assert.equal(f[0].severity, 'information');
    assert.equal(apply(d, f[0].fixes[0].edits), 'Hi Tom,\n\nThank you. I am sorry for the short notice. I must withdraw from the process.\n\nBest,\nAna');
  });
  it('removes a second apology joined by "and" with its own words, not the word "sorry" alone (seen in the real editor: "... and I am for the trouble")', () => {
    const d = 'Dear Sir,\n\nThank you for your invitation. I am sorry for this and I am sorry for the trouble. I will not attend.\n\nBest regards,\nKenji';
    const [f] = of(d, 'excessive-apology');
    assert.equal(apply(d, f.fixes[0].edits), 'Dear Sir,\n\nThank you for your invitation. I am sorry for this. I will not attend.\n\nBest regards,\nKenji');
    const clause = "Hi Dana,\n\nThank you. I'm sorry for the short notice and I'm so sorry for any trouble, but I will not attend.\n\nBest,\nSam";
    assert.equal(apply(clause, of(clause, 'excessive-apology')[0].fixes[0].edits), "Hi Dana,\n\nThank you. I'm sorry for the short notice, but I will not attend.\n\nBest,\nSam");
  });
  it('does not count "no need to apologise"', () => {
    assert.deepEqual(of('Hi Tom,\n\nThank you, and no need to apologise for the delay. I am sorry, but I must decline.\n\nBest,\nAna', 'excessive-apology'), []);
  });
});

describe('analysis: options, ignore comments and message parts', () => {
  const noThanks = 'Hi Tom,\n\nI am withdrawing my application.\n\nBest,\nAna';
  it('honours disabledRules and severities', () => {
    assert.deepEqual(ids(noThanks, { disabledRules: ['missing-gratitude'] }), []);
    assert.equal(analyze(noThanks, { severities: { 'missing-gratitude': 'hint' } })[0].severity, 'hint');
  });
  it('honours Markdown and plain-text disable comments, with one, several or no ids', () => {
    assert.deepEqual(ids(`<!-- graceful-decline-disable missing-gratitude -->\n${noThanks}`), []);
    assert.deepEqual(ids(`graceful-decline-disable negative-tone, missing-gratitude\n${noThanks}`), []);
    assert.deepEqual(ids(`<!-- graceful-decline-disable -->\nHi [Name],\n\nWhatever!!\n`), []);
    assert.deepEqual(ids(`<!-- graceful-decline-disable negative-tone -->\n${noThanks}`), ['missing-gratitude']);
  });
  it('ignores quoted replies, code blocks and front matter', () => {
    const d = `---\ntitle: [Name]\n---\n${GOOD}\n\n> On Monday you wrote: this is a MESS!! [Company]\n\n\`\`\`\n{{role}} sorry sorry\n\`\`\`\n`;
    assert.deepEqual(analyze(d), []);
  });
  it('keeps CRLF offsets exact', () => {
    const d = 'Hi [Name],\r\n\r\nThank you. I am withdrawing.\r\n\r\nBest,\r\nAna';
    const [f] = of(d, 'unfilled-placeholder');
    assert.equal(covered(d, f), '[Name]');
  });
  it('documents every rule once, with the default severities chosen', () => {
    assert.deepEqual(Object.keys(ruleDocs).sort(), [...ruleIds].sort());
    assert.equal(ruleDocs['unfilled-placeholder'].defaultSeverity, 'error');
    assert.equal(ruleDocs['excessive-apology'].defaultSeverity, 'information');
    for (const id of ruleIds) for (const k of ['title', 'summary', 'why', 'example', 'fix'] as const) assert.ok(ruleDocs[id][k].length > 10, `${id}.${k}`);
  });
});

describe('analysis: message parts and metrics', () => {
  it('counts the body only: not the subject, greeting, sign-off or signature', () => {
    const d = 'Subject: One two three four\n\nDear Tom,\n\nThank you. I am withdrawing my application.\n\nBest regards,\nAna Lopez\nSenior Analyst, Example Ltd\n';
    const m = measure(d);
    assert.equal(m.bodyWords, 7);
    assert.ok(m.words > m.bodyWords + 8, `${m.words}`);
  });
  it('reads a "--" line as the start of the signature, and an "On ... wrote:" line as quoted', () => {
    const d = 'Hi Tom,\n\nThank you. I am withdrawing my application.\n\n--\nAna | [Phone]\n';
    assert.equal(measure(d).bodyWords, 7);
    const quoted = `${GOOD}\n\nOn Monday, 3 March 2025, Tom wrote:\n> Are you REALLY sure?? [Company]\n`;
    assert.deepEqual(analyze(quoted), []);
  });
  it('counts questions and reports a negative tone summary for a hostile draft', () => {
    assert.equal(measure('Hi Tom,\n\nThank you. Could we reschedule? Would Friday work?\n\nBest,\nAna').questions, 2);
    assert.equal(measure('Hi Tom,\n\nYour process was a joke and I am furious.\n\nBest,\nAna').tone, 'negative');
    assert.equal(measure(GOOD).tone === 'negative', false);
  });
  it('gives a reading grade for ordinary prose and zero for an empty draft', () => {
    assert.ok(measure(GOOD).readingGrade > 2 && measure(GOOD).readingGrade < 14);
    assert.equal(measure('').readingGrade, 0);
    assert.deepEqual(analyze(''), []);
  });
  it('does not take a company name in capitals for shouting, but does an ordinary word', () => {
    assert.deepEqual(of('Hi Tom,\n\nThank you for the invite to interview at NORTHWIND. I am withdrawing.\n\nBest,\nAna', 'negative-tone'), []);
    assert.equal(of('Hi Tom,\n\nThank you. I am withdrawing, PLEASE note.\n\nBest,\nAna', 'negative-tone').length, 1);
  });
  it('replaces an apologetic sign-off with a plain one', () => {
    const d = 'Hi Tom,\n\nThank you, and sorry for the delay. I am withdrawing my application.\n\nSorry again,\nAna';
    const [f] = of(d, 'excessive-apology');
    assert.equal(apply(d, f.fixes[0].edits), d.replace('Sorry again,', 'Best regards,'));
  });
});

describe('analysis: options from untrusted settings', () => {
  it('ignores unknown severities, unknown rule ids and wrongly typed values', () => {
    const noThanks = 'Hi Tom,\n\nI am withdrawing my application.\n\nBest,\nAna';
    const options = { severities: { 'missing-gratitude': 'fatal', bogus: 'error' }, disabledRules: 'missing-gratitude', maxBodyWords: 'ten' } as unknown as Parameters<typeof analyze>[1];
    const [f] = analyze(noThanks, options);
    assert.equal(f.ruleId, 'missing-gratitude');
    assert.equal(f.severity, 'warning');
  });
});

describe('analysis: how a boast is reported', () => {
  it('names a boast once in a sentence that boasts twice', () => {
    const d = 'Hi Tom,\n\nThanks for the offer. I got a much better offer from Globex, way better than yours, so I will decline.\n\nBest,\nAna';
    assert.equal(of(d, 'negative-tone').filter((f) => f.message.startsWith('Boast about another offer')).length, 1);
  });
  it('offers a replacement that fits the boast: a company for a company, never "another offer" for a salary', () => {
    const fixesOf = (sentence: string) => of(`Hi Tom,\n\nThank you for the offer. ${sentence}\n\nBest,\nAna`, 'negative-tone').flatMap((f) => f.fixes.map((x) => x.title));
    assert.deepEqual(fixesOf('I am joining a much bigger company, so I will decline.'), ['Replace with "another company"']);
    assert.ok(!fixesOf('I have been offered a much bigger salary at Globex, so I will decline.').some((t) => t.includes('another offer')));
  });
});

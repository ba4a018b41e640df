// Issue 12, item 8: "Ask questions first" must open a draft that fits the stage and the date of
// the interview, not one asking for an introductory call "before a full interview".
import * as assert from 'node:assert/strict';
import { decide } from '../../../src/core/checklist/decide';
import { emptyAnswers, stageLabels } from '../../../src/core/checklist/questions';
import type { Advice, ChecklistAnswers, Stage } from '../../../src/core/checklist/types';
import { renderTemplate, type DeclineTemplate } from '../../../src/core/templates';
import { builtinTemplates } from '../templates/builtins';

const now = new Date('2026-11-23T12:00:00Z');

function answers(overrides: Partial<ChecklistAnswers>): ChecklistAnswers {
  return { ...emptyAnswers(), company: 'Acme', role: 'Data Analyst', contactName: 'Dana', otherOffer: 'no', goalsFit: 'yes', feasible: 'yes', redFlags: 'no', bandwidth: 'yes', futureValue: 'yes', openQuestions: 'yes', ...overrides };
}

describe('the "ask questions first" draft fits the stage and the timing', () => {
  let templates: DeclineTemplate[];
  before(async () => {
    templates = await builtinTemplates();
  });

  /** The draft "Draft the message" opens: the recommended template with the checklist's fields. */
  function draftFor(a: ChecklistAnswers): { advice: Advice; text: string } {
    const r = decide(a, now);
    assert.ok(r.ok && r.situation, JSON.stringify(r));
    const template = templates.find((t) => t.id === r.situation);
    assert.ok(template, r.situation);
    return { advice: r, text: renderTemplate(template, { ...r.fields }).text };
  }

  it('a second interview tomorrow: names the second interview and its date, asks no shorter call first', () => {
    const { advice, text } = draftFor(answers({ stage: 'second', interviewAt: '2026-11-24T10:00:00+01:00' }));
    assert.equal(advice.outcome, 'ask-first');
    assert.match(text, /the second interview for the Data Analyst role at Acme on Tuesday 24 November 2026, 10:00/);
    assert.doesNotMatch(text, /full interview|introductory|before (?:a|the) interview/i);
  });

  for (const stage of Object.keys(stageLabels) as Stage[]) {
    for (const interviewAt of ['', '2026-11-23T20:00:00Z', '2026-12-07T09:00:00-05:00']) {
      it(`${stage}, interview ${interviewAt || 'not given'}: the draft names the stage and keeps the interview as planned`, () => {
        const { advice, text } = draftFor(answers({ stage, interviewAt }));
        assert.equal(advice.outcome, 'ask-first');
        assert.ok(text.includes(stageLabels[stage].toLowerCase()), `${stage} in\n${text}`);
        assert.doesNotMatch(text, /full interview|introductory call|before (?:a|the) interview|instead/i);
        if (interviewAt) assert.ok(text.includes(advice.fields.interviewDate!), 'the date the person gave');
        else assert.ok(text.includes('[Interview date and time]'), 'no date given: a visible placeholder to fill in');
      });
    }
  }
});

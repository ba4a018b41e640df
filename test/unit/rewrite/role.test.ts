// Rewrite Politely's role reader: the writer's own work is not the role on offer; titles are known by their last word.
import * as assert from 'node:assert/strict';
import { extractFacts } from '../../../src/core/rewrite';

const role = (sentence: string) => extractFacts(`Hi Sam,\n\n${sentence}\n\nBest,\nAlex\n`).role?.value;

describe('Rewrite Politely: the role', () => {
  it('"as" after words of the writer\'s own work names their work, not the role on offer', () => {
    assert.equal(role("I'd planned to stop working as an engineer next year, so I am declining."), undefined);
    assert.equal(role('I have two years as a production editor, which I did not mention.'), undefined);
    assert.equal(role("I've worked as a nurse for ten years, and I am declining the charge nurse position."), 'charge nurse');
    assert.equal(role('Thank you for considering me as a Data Analyst.'), 'Data Analyst');
  });

  it('"my ... job" is the writer\'s own job', () => {
    assert.equal(role('I was hoping for something harder for my first nursing job.'), undefined);
    assert.equal(role('Thank you for the offer of the Data Analyst role.'), 'Data Analyst');
  });

  it('a title is known by its last word, across trades', () => {
    assert.equal(role('Thank you for considering me as Senior Hygienist, but I must decline.'), 'Senior Hygienist');
    assert.equal(role('I am withdrawing from the process for the Lead Sonographer interview.'), 'Lead Sonographer');
  });

  it('a title goes on while the next words end in another head, in the same case', () => {
    assert.equal(role('I have decided not to join as Associate Software Engineer.'), 'Associate Software Engineer');
    assert.equal(role('Thank you for the offer as a nurse practitioner, which I must decline.'), 'nurse practitioner');
    assert.equal(role("I won't be joining as an engineer at Acme."), 'engineer');
    assert.equal(role('I am declining the offer to work as Senior Analyst Monday to Friday.'), 'Senior Analyst');
  });
});

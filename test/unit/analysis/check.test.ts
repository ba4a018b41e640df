import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { analyze, check, measure, ruleIds, type AnalyzeOptions } from '../../../src/core/analysis';

const corpus = path.join(__dirname, '..', '..', 'fixtures', 'corpus');
const drafts = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(corpus, f), 'utf8'));

/** check() is the one-pass form the editor and the CLI use: it must agree with analyze() and measure() exactly. */
describe('check(): findings and metrics from one reading', () => {
  it('equals analyze() and measure() on every corpus draft, with and without options', function () {
    this.timeout(120_000); // three readings of each of the 1,700 corpus drafts on a shared machine
    const variants: AnalyzeOptions[] = [{}, { disabledRules: ['negative-tone'] }, { maxBodyWords: 40, severities: { 'over-explaining': 'error' } }];
    for (const text of drafts) {
      for (const options of variants) {
        const both = check(text, options);
        assert.deepEqual(both.findings, analyze(text, options));
        assert.deepEqual(both.metrics, measure(text));
      }
    }
  });

  it('equals them on generated drafts', () => {
    const piece = fc.constantFrom('Hi Dana,\n\n', 'Thank you for the invitation. ', 'I have decided to withdraw. ', 'Your process was a mess!! ', 'Sorry. ', 'Sorry again. ', '[Name] ', '\n\nBest,\nSam\n', 'I am NOT coming. ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.subarray([...ruleIds]), (parts, disabled) => {
        const text = parts.join('');
        const both = check(text, { disabledRules: disabled });
        assert.deepEqual(both.findings, analyze(text, { disabledRules: disabled }));
        assert.deepEqual(both.metrics, measure(text));
      }),
      { numRuns: 2000 },
    );
  });
});

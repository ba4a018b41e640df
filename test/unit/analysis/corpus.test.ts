// Accuracy over the labelled corpus (docs/labelling.md): precision and recall per judgement rule on
// the holdout, which no rule was tuned on (scripts/corpus-split.mjs). Holdout failures name no file:
// run `npm run eval -- --misses` to see the dev misses and tune on those.
import * as assert from 'node:assert/strict';
import { analyze, ruleIds } from '../../../src/core/analysis';
import { judgementRules, loadCorpus, score } from '../../../scripts/corpus';

/** The goal for every judgement rule on the holdout. */
const TARGET = 0.9;
/**
 * Three rules do not reach the goal yet. For them the test holds the holdout figures measured when
 * the engine was merged (rounded down), so a change can only keep or raise them; `npm run eval`
 * prints the current figures, and the README's table says which rules are short of the goal.
 * Raise a floor when a general change lifts the holdout, never by tuning on holdout messages.
 */
const FLOORS: Partial<Record<(typeof judgementRules)[number], { precision: number; recall: number }>> = {
  'over-explaining': { precision: 0.84, recall: 0.78 },
  'negative-tone': { precision: 0.85, recall: 0.8 },
  'unclear-decision': { precision: 0.85, recall: 0.94 },
};
/** The issue asks for at least 500 labelled messages, 150 of them in the holdout. */
const MIN_MESSAGES = 500;
const MIN_HOLDOUT = 150;

describe('analysis: accuracy over the labelled corpus', () => {
  const { messages, unsplit } = loadCorpus();
  const holdout = messages.filter((m) => m.part === 'holdout');
  const scores = score(holdout, false);

  it('every corpus file is in split.json (node scripts/corpus-split.mjs)', () => {
    assert.deepEqual(unsplit, []);
  });

  it(`has at least ${MIN_MESSAGES} messages, ${MIN_HOLDOUT} in the holdout, and every judgement rule labelled on at least 8 holdout messages`, () => {
    assert.ok(messages.length >= MIN_MESSAGES, `${messages.length} messages`);
    assert.ok(holdout.length >= MIN_HOLDOUT, `${holdout.length} holdout messages`);
    for (const id of judgementRules) assert.ok(scores[id].positives >= 8, `${id}: ${scores[id].positives} labelled holdout messages`);
  });

  for (const id of judgementRules) {
    const floor = FLOORS[id] ?? { precision: TARGET, recall: TARGET };
    const goal = FLOORS[id] ? `precision ${floor.precision} and recall ${floor.recall} (below the ${TARGET} goal)` : `precision and recall at least ${TARGET}`;
    it(`${id}: holdout ${goal}`, () => {
      const { precision, recall, tp, fp, fn } = scores[id];
      assert.ok(precision >= floor.precision && recall >= floor.recall, `holdout precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)} (tp ${tp}, fp ${fp}, fn ${fn})`);
    });
  }

  it('unfilled-placeholder: every placeholder found, nothing else (dev and holdout)', () => {
    const s = score(messages, false)['unfilled-placeholder'];
    assert.equal(s.fp + s.fn, 0, `fp ${s.fp}, fn ${s.fn}`);
  });

  it('every finding on the corpus lies inside its message, with a rule id the engine knows', () => {
    for (const { file, text } of messages) {
      for (const f of analyze(text)) {
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${file}: ${f.ruleId} ${f.start}-${f.end}`);
        assert.ok((ruleIds as readonly string[]).includes(f.ruleId));
      }
    }
  });
});

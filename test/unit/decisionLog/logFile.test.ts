import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseLog, salvageObjects, serializeLog } from '../../../src/core/decisionLog/logFile';
import { entry } from './fixtures';

describe('decision log file format', () => {
  it('round-trips entries through a versioned file', () => {
    const entries = [entry({ id: 'a' }), entry({ id: 'b', answeredAt: '2026-03-03T00:00:00.000Z', contactName: undefined })];
    const text = serializeLog(entries);
    assert.equal(JSON.parse(text).version, 1);
    const parsed = parseLog(text);
    assert.equal(parsed.intact, true);
    assert.deepEqual(parsed.problems, []);
    assert.deepEqual(parsed.entries, JSON.parse(text).decisions);
  });

  it('salvages complete objects from a cut-off list, whatever the strings contain', () => {
    const text = '{"version":1,"decisions":[{"a":"}]{\\""},{"b":[1,{"c":2}]},{"d":"cut';
    const salvaged = salvageObjects(text);
    assert.deepEqual(salvaged.objects, [{ a: '}]{"' }, { b: [1, { c: 2 }] }]);
    assert.equal(salvaged.broken, 1);
  });

  it('finds nothing to salvage in text with no list', () => {
    assert.deepEqual(salvageObjects('hello'), { objects: [], broken: 0, foundArray: false });
  });

  it('keeps exactly the entries that were complete, wherever the file is cut before its closing brace (property)', () => {
    const entries = Array.from({ length: 4 }, (_, i) => entry({ id: `id-${i}`, company: `Co "${i}", {x} [y]`, reasons: ['a', 'b\nc'] }));
    const text = serializeLog(entries);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: text.length - 2 }), (cut) => {
        const parsed = parseLog(text.slice(0, cut));
        assert.equal(parsed.intact, false);
        // An entry is recoverable once its closing brace is inside the cut.
        const complete = entries.filter((e) => {
          const end = text.indexOf('\n    }', text.indexOf(`"id": "${e.id}"`));
          return end >= 0 && end + 6 <= cut;
        });
        assert.deepEqual(parsed.entries.map((e) => e.id), complete.map((e) => e.id));
      }),
      { numRuns: 300 },
    );
  });
});

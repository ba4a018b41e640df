import * as assert from 'node:assert/strict';
import { countMochaLines, exitCodeFor, isHostNoise, stripConsoleStyling } from '../../runner/outcome';

describe('integration launcher outcome', () => {
  const passed = { passing: 4, failing: 0, pending: 0 };

  it('passes only when the workbench reports 0 and tests ran', () => {
    assert.equal(exitCodeFor({ kind: 'exited', code: 0 }, passed), 0);
  });

  it('fails when a test failed (the workbench reports 1)', () => {
    assert.equal(exitCodeFor({ kind: 'exited', code: 1 }, { passing: 3, failing: 1, pending: 0 }), 1);
  });

  it('fails when failures were printed even if the exit code said 0', () => {
    assert.equal(exitCodeFor({ kind: 'exited', code: 0 }, { passing: 3, failing: 1, pending: 0 }), 1);
  });

  it('fails an empty run', () => {
    assert.equal(exitCodeFor({ kind: 'exited', code: 0 }, { passing: 0, failing: 0, pending: 0 }), 1);
  });

  it('fails on a time-out or a crash', () => {
    assert.equal(exitCodeFor({ kind: 'timeout', seconds: 5 }, passed), 1);
    assert.equal(exitCodeFor({ kind: 'crashed', reason: 'x' }, passed), 1);
  });

  it('never turns a negative code into success', () => {
    assert.equal(exitCodeFor({ kind: 'exited', code: -1 }, passed), 1);
  });

  it('strips the workbench styling prefix from forwarded console lines', () => {
    assert.equal(stripConsoleStyling('%c INFO color: #33f   12 passing (3s)'), '12 passing (3s)');
    assert.equal(stripConsoleStyling('plain line'), 'plain line');
  });

  it("reads mocha's summary lines", () => {
    assert.deepEqual(countMochaLines(['  12 passing (3s)', '  2 pending', '  1 failing', 'noise 5 passing']), { passing: 12, failing: 1, pending: 2 });
  });
});

describe('host noise filter', () => {
  it('hides the offline marketplace error and keeps test output', () => {
    assert.equal(isHostNoise('getaddrinfo ENOTFOUND open-vsx.org: Failed'), true);
    assert.equal(isHostNoise('    at async yKe.I (http://127.0.0.1:1/stable-x/static/out/vs/code/browser/workbench/workbench.js:1:2)'), true);
    assert.equal(isHostNoise('    ✔ activates the extension'), false);
    assert.equal(isHostNoise('  1 failing'), false);
  });
});

/** Pure pieces of the launchers, unit-tested: how a run's signals become an exit code and a summary. */

export type RunOutcome =
  | { kind: 'exited'; code: number }
  | { kind: 'timeout'; seconds: number }
  | { kind: 'crashed'; reason: string };

export interface MochaCounts {
  passing: number;
  failing: number;
  pending: number;
}

/** The workbench reports 0 when every test passed; anything else, or no report at all, fails the run. */
export function exitCodeFor(outcome: RunOutcome, counts: MochaCounts): number {
  if (outcome.kind !== 'exited') return 1;
  if (outcome.code !== 0) return outcome.code > 0 ? outcome.code : 1;
  // An empty run is not a pass: a broken test bundle would otherwise look green.
  if (counts.passing === 0 || counts.failing > 0) return 1;
  return 0;
}

export function describeOutcome(outcome: RunOutcome): string {
  switch (outcome.kind) {
    case 'exited':
      return outcome.code === 0 ? 'the tests finished' : `the tests finished with exit code ${outcome.code}`;
    case 'timeout':
      return `no result after ${outcome.seconds} s: the run was stopped`;
    case 'crashed':
      return `the run broke off: ${outcome.reason}`;
  }
}

// The workbench prefixes forwarded console output with styling such as "%c INFO color: #33f ".
const stylePrefix = /^(?:%c\s*\S*\s*(?:color:\s*[^ ]+\s*)?)+/;

export function stripConsoleStyling(text: string): string {
  return text.replace(stylePrefix, '').replace(/%c/g, '');
}

/** Reads mocha's spec-reporter summary lines ("12 passing (3s)", "1 failing", "2 pending"). */
export function countMochaLines(lines: readonly string[]): MochaCounts {
  const counts: MochaCounts = { passing: 0, failing: 0, pending: 0 };
  for (const line of lines) {
    const m = /^\s*(\d+) (passing|failing|pending)\b/.exec(line);
    if (m) counts[m[2] as keyof MochaCounts] = Number(m[1]);
  }
  return counts;
}

/** Workbench lines that say nothing about our tests: the offline marketplace look-up and its stack. */
export function isHostNoise(line: string): boolean {
  return /open-vsx\.org|^\s+at .*\/static\/out\/vs\/|^(Resolving|Resolved) connection token|^Creating a socket|^Updating additional builtin|^\[Service Worker\]|^ChatSessionStore/.test(line);
}

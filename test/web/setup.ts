// Runs before the tests are defined: mocha's browser build needs setup() first. In a CommonJS
// bundle its UMD wrapper exports the instance instead of setting a global, so take it from require.
export interface BrowserMocha {
  setup(options: Record<string, unknown>): void;
  run(done: (failures: number) => void): void;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const mocha = require('mocha/mocha') as BrowserMocha;
mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });

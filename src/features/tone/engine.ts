// The analysis engine, loaded on the first check instead of at activation: compiling its phrase
// patterns costs more than the rest of activation together, and the extension also activates
// (onStartupFinished) in windows where no draft is ever opened.
import type * as Engine from '../../core/analysis';

let engine: typeof Engine | undefined;

/** The engine, loaded on first use. Synchronous, so the checker's paths stay synchronous. */
export function analysisEngine(): typeof Engine {
  // A require() the bundler resolves at build time and evaluates only when first called (an import would run at activation).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  engine ??= require('../../core/analysis') as typeof Engine;
  return engine;
}

// Entry for the web worker extension host (vscode.dev-style): mocha's browser build, with the
// web tests bundled in. The worker has no Node, so nothing here may import Node modules.
import { mocha } from './setup';
import './web.test';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} web test(s) failed`)) : resolve()));
  });
}

/** Where the test host lives; one source for every launcher. */
import * as path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..');
export const hostRoot = path.join(repoRoot, '.vscode-test');
export const codeServerVersion = '4.100.3';
export const codeServerDir = path.join(hostRoot, `code-server-${codeServerVersion}`);
export const codeServerEntry = path.join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const readyMarker = path.join(codeServerDir, '.ready');
export const chromiumPath = process.env.GRACEFUL_DECLINE_CHROMIUM ?? '/usr/bin/chromium';
export const integrationTestsIndex = path.join(repoRoot, 'out', 'test', 'integration', 'index.js');
export const benchIndex = path.join(repoRoot, 'out', 'test', 'integration', 'bench', 'index.js');
export const webTestsIndex = path.join(repoRoot, 'out', 'test', 'web', 'index.js');
export const sampleWorkspace = path.join(repoRoot, 'sample');

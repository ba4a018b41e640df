/**
 * `npm run test:electron`: the same integration suite in VS Code desktop, for people who develop
 * on a desktop with internet access (@vscode/test-electron downloads VS Code on first use).
 * CI here uses the code-server launcher instead (no internet).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { integrationTestsIndex, repoRoot } from './paths';
import manifest from '../../package.json';

async function main(): Promise<number> {
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'graceful-decline-electron-'));
  const workspace = path.join(runDir, 'workspace');
  fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  try {
    await runTests({
      version: process.env.VSCODE_VERSION ?? manifest.engines.vscode.replace(/^\^/, ''),
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: integrationTestsIndex,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${path.join(runDir, 'user-data')}`],
    });
    return 0;
  } catch (error) {
    console.error(`[electron] ${(error as Error).message}`);
    return 1;
  } finally {
    fs.rmSync(runDir, { recursive: true, force: true });
  }
}

main().then((code) => process.exit(code));

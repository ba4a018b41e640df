/**
 * `npm run test:integration`: runs the mocha suite in test/integration inside the real VS Code
 * extension host (code-server 1.100.3), driven by headless Chromium. Exits non-zero when a test
 * fails, when no test ran, or when the run does not report back in time. Always stops the server.
 */
import * as path from 'node:path';
import { format } from 'node:util';
import { ensureHost } from './setupHost';
import { freshWorkspace, launchChromium, stageWebExtension, startCodeServer, type CodeServer } from './codeServer';
import { countMochaLines, describeOutcome, exitCodeFor, isHostNoise, stripConsoleStyling, type RunOutcome } from './outcome';
import { benchIndex, integrationTestsIndex, repoRoot, webTestsIndex } from './paths';
import type { Browser } from 'playwright-core';

const timeoutSeconds = Number(process.env.GRACEFUL_DECLINE_TEST_TIMEOUT ?? 900);
/** The workbench page's first load: Playwright's 30 s default is too short on a busy shared machine. */
const loadTimeoutMs = 180_000;
const web = process.argv.includes('--web');
/** `--suite bench` runs the host benchmark (test/integration/bench) instead of the tests. */
const bench = process.argv.includes('--suite') && process.argv[process.argv.indexOf('--suite') + 1] === 'bench';

async function main(): Promise<number> {
  ensureHost();
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  const lines: string[] = [];
  const print = (text: string) => {
    for (const line of stripConsoleStyling(text).split('\n')) {
      lines.push(line);
      if (!isHostNoise(line)) console.log(line);
    }
  };
  try {
    server = await startCodeServer();
    const workspace = freshWorkspace(path.join(repoRoot, 'test', 'fixtures', 'workspace'), server.runDir);
    browser = await launchChromium();
    const page = await browser.newPage();
    // The workbench can take well over playwright's default 30 s to load on a busy machine.
    page.setDefaultNavigationTimeout(180_000);
    let report: (outcome: RunOutcome) => void = () => undefined;
    const finished = new Promise<RunOutcome>((resolve) => (report = resolve));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => print(format(...args)));
    await page.exposeFunction('codeAutomationExit', (code: number) => report({ kind: 'exited', code }));
    page.on('crash', () => report({ kind: 'crashed', reason: 'the workbench page crashed' }));
    const timer = setTimeout(() => report({ kind: 'timeout', seconds: timeoutSeconds }), timeoutSeconds * 1000);
    if (web) {
      const staged = stageWebExtension(server.runDir);
      const testsPath = path.join(staged, path.relative(repoRoot, webTestsIndex));
      await page.goto(server.workbenchUrl({ folder: workspace, extensionTestsPath: testsPath, web, extensionPath: staged }), { timeout: loadTimeoutMs });
    } else {
      await page.goto(server.workbenchUrl({ folder: workspace, extensionTestsPath: bench ? benchIndex : integrationTestsIndex }), { timeout: loadTimeoutMs });
    }
    const outcome = await finished;
    clearTimeout(timer);
    const counts = countMochaLines(lines);
    const code = exitCodeFor(outcome, counts);
    console.log(`\n[integration] ${describeOutcome(outcome)} in the real VS Code host (${web ? 'web worker' : 'Node'} extension host)`);
    console.log(`${web ? 'web' : 'integration'}: ${counts.passing} passed, ${counts.failing} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`);
    if (code !== 0 && counts.passing === 0 && outcome.kind === 'exited' && outcome.code === 0) {
      console.log('[integration] no test ran: check that out/test/integration holds the built tests');
    }
    return code;
  } catch (error) {
    console.error(`[integration] ${(error as Error).message}`);
    return 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await server?.stop();
  }
}

main().then((code) => process.exit(code));

/**
 * `npm start`: serves the real VS Code (code-server 1.100.3) on 127.0.0.1 with Graceful Decline
 * loaded in development mode and the sample workspace open, with the sample draft in the editor
 * (its tone findings underlined) and the Graceful Decline side bar showing.
 *
 * With a display, a Chromium window opens on it at once; the address is printed either way.
 * The side bar is chosen by the workbench's own state in the browser, which a URL cannot set,
 * so in another browser click the Graceful Decline icon in the activity bar once.
 *
 * `npm start -- --check` does the same headless, checks that the draft, its findings and the
 * side bar are all on screen with no dialog over them, saves test-output/start.png and exits (0 when they are).
 * Ctrl+C stops the server.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { ensureHost } from './setupHost';
import { launchChromium, startCodeServer } from './codeServer';
import { chromiumPath, repoRoot, sampleWorkspace } from './paths';

export const sampleDraft = path.join(sampleWorkspace, 'acme-decline-draft.txt');

/** Waits for the workbench, then shows the Graceful Decline side bar (unless it already shows). */
async function showProduct(page: Page, url: string, options: { trust: boolean }): Promise<void> {
  if (options.trust) {
    // A fresh profile asks whether to trust the sample folder (it is this repository's own). The
    // prompt comes at some point after the workbench: answer it whenever it shows.
    const trust = page.locator('.monaco-dialog-box .monaco-button', { hasText: /Yes, I trust/ }).first();
    const answer = setInterval(() => void trust.click({ timeout: 400 }).catch(() => undefined), 500);
    page.once('close', () => clearInterval(answer));
  }
  await page.goto(url, { waitUntil: 'commit', timeout: 120_000 });
  await page.locator('.monaco-workbench').waitFor({ timeout: 180_000 });
  const item = page.locator('.part.activitybar li.action-item:has([aria-label^="Graceful Decline"]), .part.activitybar li.action-item[aria-label^="Graceful Decline"]').first();
  await item.waitFor({ timeout: 60_000 });
  // Without the automatic trust answer the click waits (no time limit) for the person to answer the prompt.
  if (!/\bchecked\b/.test((await item.getAttribute('class')) ?? '')) await item.click({ timeout: options.trust ? 30_000 : 0 });
}

async function check(page: Page): Promise<string[]> {
  const failures: string[] = [];
  const deadline = Date.now() + 60_000;
  let state = { tab: '', problems: '', squiggles: 0, checklist: false, dialog: false };
  while (Date.now() < deadline) {
    state = {
      tab: (await page.locator('.tabs-container .tab.active').first().textContent().catch(() => '')) ?? '',
      problems: (await page.locator('#status\\.problems').first().getAttribute('aria-label').catch(() => '')) ?? '',
      squiggles: await page.locator('.editor-instance .monaco-editor [class*="squiggly-"]').count(),
      checklist: (await Promise.all(page.frames().map((f) => f.$('#f-company').then((e) => e !== null).catch(() => false)))).some(Boolean),
      dialog: (await page.locator('.monaco-dialog-box').count()) > 0,
    };
    if (state.tab.includes('acme-decline-draft.txt') && state.squiggles > 0 && /\d/.test(state.problems) && !/No Problems/i.test(state.problems) && state.checklist && !state.dialog) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  if (!state.tab.includes('acme-decline-draft.txt')) failures.push(`the sample draft is not the open editor (active tab: "${state.tab.trim()}")`);
  if (state.squiggles === 0 || /No Problems/i.test(state.problems)) failures.push(`no tone findings on the draft (problems: "${state.problems}", squiggles: ${state.squiggles})`);
  if (!state.checklist) failures.push('the "Should I Decline?" view is not showing in the side bar');
  if (state.dialog) failures.push('a dialog covers the workbench');
  console.log(`[start] editor: ${state.tab.trim()}; problems: ${state.problems}; squiggles: ${state.squiggles}; checklist view: ${state.checklist}`);
  return failures;
}

function hasDisplay(): boolean {
  if (process.platform !== 'linux') return fs.existsSync(chromiumPath);
  return Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) && fs.existsSync(chromiumPath);
}

async function main(): Promise<number> {
  const checking = process.argv.includes('--check');
  ensureHost();
  const port = checking ? undefined : Number(process.env.PORT ?? 8080);
  const server = await startCodeServer({ port, workspaceTrust: true });
  const url = server.workbenchUrl({ folder: path.resolve(sampleWorkspace), openFile: sampleDraft });
  let browser: Browser | undefined;
  const stop = async (code: number) => {
    await browser?.close().catch(() => undefined);
    await server.stop();
    return code;
  };
  if (checking) {
    try {
      browser = await launchChromium();
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await showProduct(page, url, { trust: true });
      const failures = await check(page);
      const out = path.join(repoRoot, 'test-output');
      fs.mkdirSync(out, { recursive: true });
      await page.screenshot({ path: path.join(out, 'start.png') });
      for (const failure of failures) console.log(`[start] ✘ ${failure}`);
      console.log(`start: ${4 - failures.length} passed, ${failures.length} failed`);
      return stop(failures.length ? 1 : 0);
    } catch (error) {
      console.error(`[start] ${(error as Error).message.split('\n')[0]}`);
      const page = browser?.contexts()[0]?.pages()[0];
      await page?.screenshot({ path: path.join(repoRoot, 'test-output', 'start-failed.png') }).catch(() => undefined);
      const dialog = await page?.locator('.monaco-dialog-box').first().innerText({ timeout: 1000 }).catch(() => '');
      if (dialog) console.error(`[start] a dialog is open: ${dialog.replace(/\s+/g, ' ').slice(0, 300)}`);
      return stop(1);
    }
  }
  console.log('\nGraceful Decline is running in VS Code (code-server) on 127.0.0.1.');
  console.log(`Open this address in your browser:\n\n  ${url}\n`);
  console.log('The sample draft opens with its tone findings; click the Graceful Decline icon in the activity bar for the checklist.');
  if (hasDisplay()) {
    console.log('Opening it in a Chromium window (answer the workspace trust prompt there; the side bar opens after it).');
    void (async () => {
      try {
        browser = await launchChromium({ headless: false });
        const page = await browser.newPage({ viewport: null });
        await showProduct(page, url, { trust: false });
      } catch (error) {
        console.log(`(The Chromium window could not be driven: ${(error as Error).message.split('\n')[0]})`);
      }
    })();
  }
  console.log('Press Ctrl+C to stop.');
  return new Promise<number>((resolve) => {
    const onSignal = () => void stop(0).then(resolve);
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`[start] ${error.message}`);
    process.exit(1);
  },
);

/**
 * Starts the real VS Code (code-server) on 127.0.0.1 with a fresh profile, and Chromium to
 * drive its workbench. Shared by the integration launcher, the end-to-end tests and `npm start`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { chromiumPath, codeServerEntry, repoRoot } from './paths';

export interface CodeServer {
  port: number;
  baseUrl: string;
  /** Fresh folder for this run: user data, extensions and the server log live here. */
  runDir: string;
  serverLog: string;
  /** URL that opens `folder` with the extension (and optional tests) loaded in development mode. */
  workbenchUrl(options: { folder: string; extensionTestsPath?: string; web?: boolean; extensionPath?: string; openFile?: string }): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitForHealth(baseUrl: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited early with code ${server.exitCode}`);
    try {
      const response = await fetch(`${baseUrl}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer on ${baseUrl} within ${timeoutMs / 1000} s`);
}

export interface StartOptions {
  port?: number;
  /** Extra user settings merged over the defaults. */
  settings?: Record<string, unknown>;
  /** Keep Workspace Trust on (it is off by default so tests are not stopped by the trust prompt). */
  workspaceTrust?: boolean;
  keepRunDir?: boolean;
}

export async function startCodeServer(options: StartOptions = {}): Promise<CodeServer> {
  const port = options.port ?? (await freePort());
  const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'graceful-decline-host-'));
  const userDataDir = path.join(runDir, 'user-data');
  const extensionsDir = path.join(runDir, 'extensions');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  const settings = {
    'security.workspace.trust.enabled': options.workspaceTrust ?? false,
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    // The sample and test workspaces sit inside this repository: no prompt to open it in Git.
    'git.openRepositoryInParentFolders': 'never',
    ...options.settings,
  };
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const serverLog = path.join(runDir, 'server.log');
  const logStream = fs.openSync(serverLog, 'a');
  const args = [
    codeServerEntry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir,
    '--disable-telemetry', '--disable-update-check',
  ];
  if (!options.workspaceTrust) args.push('--disable-workspace-trust');
  const server = spawn(process.execPath, args, { cwd: repoRoot, detached: true, stdio: ['ignore', logStream, logStream] });
  const baseUrl = `http://127.0.0.1:${port}`;
  let stopped = false;
  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    if (server.exitCode === null && server.pid) {
      const exited = new Promise((r) => server.once('exit', r));
      try {
        process.kill(-server.pid, 'SIGTERM');
      } catch {
        // already gone
      }
      const timer = setTimeout(() => {
        try {
          process.kill(-server.pid!, 'SIGKILL');
        } catch {
          // already gone
        }
      }, 3000);
      await exited;
      clearTimeout(timer);
    }
    fs.closeSync(logStream);
    if (!options.keepRunDir) fs.rmSync(runDir, { recursive: true, force: true });
  };
  try {
    await waitForHealth(baseUrl, server, 60_000);
  } catch (error) {
    const tail = fs.existsSync(serverLog) ? fs.readFileSync(serverLog, 'utf8').slice(-3000) : '';
    await stop();
    throw new Error(`${(error as Error).message}\n${tail}`);
  }
  const remote = (p: string) => `vscode-remote://127.0.0.1:${port}${p}`;
  return {
    port,
    baseUrl,
    runDir,
    serverLog,
    workbenchUrl({ folder, extensionTestsPath, web, extensionPath, openFile }) {
      const payload: string[][] = [['extensionDevelopmentPath', remote(extensionPath ?? repoRoot)]];
      // The web workbench opens this file in an editor at startup (its `openFile` payload entry).
      if (openFile) payload.push(['openFile', remote(openFile)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      if (web) payload.push(['extensionDevelopmentKind', 'web']);
      return `${baseUrl}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    stop,
  };
}

export async function launchChromium(options: { headless?: boolean } = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: options.headless ?? true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Copies a fixture folder to a fresh place so tests may write into their workspace. */
export function freshWorkspace(source: string, runDir: string): string {
  const target = path.join(runDir, 'workspace');
  fs.cpSync(source, target, { recursive: true });
  return target;
}

/**
 * A copy of the extension whose manifest has only the `browser` entry, so the workbench must run
 * it in the web worker host (with both entries it prefers the Node host). The built files are
 * linked, not copied; the tests bundle sits inside it so the same host runs the tests.
 */
export function stageWebExtension(runDir: string): string {
  const target = path.join(runDir, 'web-extension');
  fs.mkdirSync(target, { recursive: true });
  const manifest = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>;
  delete manifest.main;
  fs.writeFileSync(path.join(target, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const entry of fs.readdirSync(repoRoot)) {
    if (entry === 'package.json' || entry === 'node_modules' || entry.startsWith('.')) continue;
    fs.symlinkSync(path.join(repoRoot, entry), path.join(target, entry));
  }
  return target;
}

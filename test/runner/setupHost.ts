/**
 * Installs the real VS Code host used by `npm test` and `npm start`: code-server (VS Code
 * 1.100.3, from npm) and Debian's Chromium to drive it. Runs only what is missing, so a
 * second run costs a file check. Steps follow shared/docs/real-vscode-host.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromiumPath, codeServerDir, codeServerVersion, readyMarker } from './paths';

const debianPackages = ['chromium', 'ripgrep', 'libkrb5-dev'];

function log(message: string): void {
  console.log(`[setup] ${message}`);
}

function run(cmd: string, args: string[], cwd: string, extraEnv: Record<string, string> = {}): void {
  log(`${cmd} ${args.join(' ')}  (in ${path.relative(process.cwd(), cwd) || '.'})`);
  const result = spawnSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_yes: 'true', npm_config_unsafe_perm: 'true', npm_config_audit: 'false', npm_config_fund: 'false', ...extraEnv },
  });
  if (result.status !== 0) {
    throw new Error(`"${cmd} ${args.join(' ')}" failed with exit code ${result.status ?? result.signal}`);
  }
}

function missingDebianPackages(): string[] {
  return debianPackages.filter((name) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
    return r.status !== 0 || !r.stdout.includes('install ok installed');
  });
}

function ensureDebianPackages(): void {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    throw new Error(
      `The test host needs these Debian packages: ${missing.join(', ')}.\n` +
        `Install them once as root:  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}`,
    );
  }
  run('apt-get', ['update'], process.cwd());
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], process.cwd(), { DEBIAN_FRONTEND: 'noninteractive' });
}

function ensureCodeServer(): void {
  if (fs.existsSync(readyMarker)) return;
  fs.rmSync(codeServerDir, { recursive: true, force: true });
  fs.mkdirSync(codeServerDir, { recursive: true });
  fs.writeFileSync(path.join(codeServerDir, 'package.json'), JSON.stringify({ name: 'graceful-decline-test-host', private: true }, null, 2));
  run('npm', ['install', `code-server@${codeServerVersion}`, '--ignore-scripts', '--no-save', '--no-package-lock'], codeServerDir);
  run('npm', ['rebuild', 'argon2'], codeServerDir);
  const vscodeDir = path.join(codeServerDir, 'node_modules', 'code-server', 'lib', 'vscode');
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], vscodeDir);
  // @vscode/ripgrep downloads rg at install time; Debian's rg stands in for it.
  const rgBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBin, { recursive: true });
  const rg = execFileSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' }).trim();
  fs.rmSync(path.join(rgBin, 'rg'), { force: true });
  fs.symlinkSync(rg, path.join(rgBin, 'rg'));
  run('npm', ['rebuild', '@vscode/spdlog', 'kerberos', 'native-watchdog', 'node-pty', '@vscode/deviceid'], vscodeDir);
  const asar = path.join(vscodeDir, 'node_modules.asar');
  fs.rmSync(asar, { force: true });
  fs.symlinkSync('node_modules', asar);
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-package-lock'], path.join(vscodeDir, 'extensions'));
  fs.writeFileSync(readyMarker, new Date().toISOString() + '\n');
}

export function ensureHost(): void {
  ensureDebianPackages();
  if (!fs.existsSync(chromiumPath)) {
    throw new Error(`Chromium was not found at ${chromiumPath}. Set GRACEFUL_DECLINE_CHROMIUM to its path.`);
  }
  const started = Date.now();
  const wasReady = fs.existsSync(readyMarker);
  ensureCodeServer();
  if (!wasReady) log(`code-server ${codeServerVersion} installed in ${Math.round((Date.now() - started) / 1000)} s`);
}

if (require.main === module) {
  try {
    ensureHost();
    log('the test host is ready');
  } catch (error) {
    console.error(`[setup] ${(error as Error).message}`);
    process.exit(1);
  }
}

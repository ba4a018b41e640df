// The CLI as a real process: the bundled dist-style cli.js run by node, on files and on stdin.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const root = path.join(__dirname, '../../..');
let dir: string;
let cli: string;

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir, timeout: 20_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const GOOD = 'Dear Ms Rivera,\n\nThank you for inviting me to interview. I have decided to withdraw my application.\n\nKind regards,\nSam\n';
const BAD = 'Hi [Name],\n\nI must decline!!!\n\nBest,\nAna\n';
const INFO_ONLY = 'Dear Ms Rivera,\n\nThank you for the invitation, and sorry for the delay. I have decided to withdraw. Sorry again.\n\nKind regards,\nSam\n';

describe('cli: graceful-decline check (real process)', function () {
  this.timeout(60_000);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-cli-'));
    cli = path.join(dir, 'cli.js');
    // The same bundle options as esbuild.js uses for dist/cli.js.
    await esbuild.build({ entryPoints: [path.join(root, 'src/cli.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: cli, banner: { js: '#!/usr/bin/env node' }, logLevel: 'silent' });
    fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
    fs.writeFileSync(path.join(dir, 'bad.md'), BAD);
    fs.writeFileSync(path.join(dir, 'info.txt'), INFO_ONLY);
    fs.writeFileSync(path.join(dir, 'empty.txt'), ' \n\n');
    fs.writeFileSync(path.join(dir, 'binary.bin'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
    fs.mkdirSync(path.join(dir, 'folder'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('exits 0 and prints nothing for a good draft', () => {
    const r = run(['check', 'good.txt']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
  });

  it('prints file:line:col severity ruleId message and exits 1 on warnings or errors', () => {
    const r = run(['check', 'bad.md']);
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.includes('bad.md:1:4 error unfilled-placeholder Unfilled placeholder "[Name]": replace it with the real text.'), r.out);
    assert.ok(lines.some((l) => /^bad\.md:3:15 warning negative-tone /.test(l)), r.out);
    for (const l of lines) assert.match(l, /^bad\.md:\d+:\d+ (error|warning|information|hint) [a-z-]+ \S/);
  });

  it('exits 0 when the only findings are information', () => {
    const r = run(['check', 'info.txt']);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /information excessive-apology/);
  });

  it('writes JSON for files and standard input together', () => {
    const r = run(['check', '--format', 'json', 'good.txt', '-'], BAD);
    assert.equal(r.code, 1);
    const json = JSON.parse(r.out) as { file: string; findings: { ruleId: string; severity: string; start: number; end: number; line: number; column: number; message: string }[]; metrics: { words: number; tone: string } }[];
    assert.deepEqual(json.map((j) => j.file), ['good.txt', '<stdin>']);
    assert.deepEqual(json[0].findings, []);
    assert.ok(json[0].metrics.words > 10);
    const placeholder = json[1].findings.find((f) => f.ruleId === 'unfilled-placeholder');
    assert.deepEqual(placeholder && { start: placeholder.start, end: placeholder.end, line: placeholder.line, column: placeholder.column }, { start: 3, end: 9, line: 1, column: 4 });
    assert.deepEqual(Object.keys(json[1].findings[0]).sort(), ['column', 'end', 'line', 'message', 'ruleId', 'severity', 'start']);
  });

  it('honours --disable and --max-body-words', () => {
    assert.equal(run(['check', '--disable', 'unfilled-placeholder,negative-tone,missing-gratitude', 'bad.md']).code, 0);
    assert.equal(run(['check', '--max-body-words=5', 'good.txt']).code, 1);
  });

  for (const [what, args, input, message] of [
    ['a missing file', ['check', 'nope.txt'], undefined, /nope\.txt: no such file/],
    ['a binary file', ['check', 'binary.bin'], undefined, /binary\.bin looks like a binary file \(it contains NUL bytes\)/],
    ['an empty file', ['check', 'empty.txt'], undefined, /empty\.txt is empty/],
    ['empty standard input', ['check', '-'], '', /standard input is empty/],
    ['a directory', ['check', 'folder'], undefined, /folder is a directory/],
    ['an unknown flag', ['check', '--bogus', 'good.txt'], undefined, /unknown option '--bogus'/],
    ['an unknown format', ['check', '--format', 'xml', 'good.txt'], undefined, /unknown format 'xml'/],
    ['an unknown rule', ['check', '--disable', 'tone', 'good.txt'], undefined, /unknown rule 'tone'/],
    ['no files', ['check'], undefined, /no files given/],
    ['no command', [], undefined, /missing command/],
  ] as [string, string[], string | undefined, RegExp][]) {
    it(`exits 2 with a clear message and no stack trace for ${what}`, () => {
      const r = run(args, input);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, message);
      assert.doesNotMatch(r.err, /\n\s+at .+:\d+:\d+/);
    });
  }

  it('still reports readable files when another is unreadable, and exits 2', () => {
    const r = run(['check', 'bad.md', 'nope.txt']);
    assert.equal(r.code, 2);
    assert.match(r.out, /unfilled-placeholder/);
    assert.match(r.err, /nope\.txt: no such file/);
  });

  it('after --, reads a file named like an option instead of printing the version', () => {
    fs.writeFileSync(path.join(dir, '-v'), GOOD);
    const r = run(['check', '--', '-v']);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '');
  });

  it('refuses standard input given twice, with a clear message', () => {
    const r = run(['check', '-', '-'], GOOD);
    assert.equal(r.code, 2);
    assert.match(r.err, /standard input \(-\) can be read only once/);
    assert.doesNotMatch(r.err, /\n\s+at /);
  });

  it('prints help and the version', () => {
    const help = run(['--help']);
    assert.equal(help.code, 0);
    assert.match(help.out, /Usage: graceful-decline check/);
    const version = run(['--version']);
    assert.equal(version.code, 0);
    assert.equal(version.out.trim(), (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });
});

// The CLI as a real process: the bundled dist-style cli.js run by node, on files and on stdin.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { detectDraft } from '../../../src/core/draftDetection';
import { plugin } from '../templates/builtins';

const root = path.join(__dirname, '../../..');
let dir: string;
let cli: string;

function run(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir, timeout: 20_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const GOOD = 'Dear Ms Rivera,\n\nThank you for inviting me to interview. I have decided to withdraw my application.\n\nKind regards,\nSam\n';
const BAD = 'Hi [Name],\n\nI must decline!!!\n\nBest,\nAna\n';
const NOTES = '# Reading list\n\n- The Pragmatic Programmer\n- Refactoring\n\n```sh\nnpm test\n```\n\nSee [the wiki](https://example.com/wiki), [the blog](https://example.com/blog) and [the FAQ](https://example.com/faq).\n';
// Not a draft by its text (a heading and code, about nothing in a job process), but an .eml.
const EML = 'From: Sam <sam@example.com>\nTo: Dana <dana@example.com>\nSubject: Sync\n\n# Minutes for [Name]\n\n```\nlog\n```\n';
const INFO_ONLY = 'Dear Ms Rivera,\n\nThank you for the invitation, and sorry for the delay. I have decided to withdraw. Sorry again.\n\nKind regards,\nSam\n';

describe('cli: graceful-decline check (real process)', function () {
  this.timeout(60_000);

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-cli-'));
    cli = path.join(dir, 'cli.js');
    // The same bundle options as esbuild.js uses for dist/cli.js.
    await esbuild.build({ entryPoints: [path.join(root, 'src/cli.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: cli, banner: { js: '#!/usr/bin/env node' }, logLevel: 'silent', plugins: [plugin.templatesPlugin()] });
    fs.writeFileSync(path.join(dir, 'good.txt'), GOOD);
    fs.writeFileSync(path.join(dir, 'bad.md'), BAD);
    fs.writeFileSync(path.join(dir, 'info.txt'), INFO_ONLY);
    fs.writeFileSync(path.join(dir, 'empty.txt'), ' \n\n');
    fs.writeFileSync(path.join(dir, 'notes.md'), NOTES);
    fs.writeFileSync(path.join(dir, 'minutes.eml'), EML);
    fs.writeFileSync(path.join(dir, 'binary.bin'), Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02]));
    fs.mkdirSync(path.join(dir, 'folder'));
    fs.writeFileSync(path.join(dir, 'headers.eml'), `To: [Recruiter]\nFrom: Sam\nSubject: Interview\n\n${GOOD}`);
    fs.writeFileSync(path.join(dir, 'headers.txt'), `To: [Recruiter]\nFrom: Sam\nSubject: Interview\n\n${GOOD}`);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('reads an .eml file past its headers, as the editor does (the same text as .txt is read whole)', () => {
    const eml = run(['check', '--format', 'json', 'headers.eml']);
    const txt = run(['check', '--format', 'json', 'headers.txt']);
    const rules = (out: string) => (JSON.parse(out) as { findings: { ruleId: string }[] }[])[0].findings.map((f) => f.ruleId);
    assert.ok(rules(txt.out).includes('unfilled-placeholder'), txt.out);
    assert.deepEqual(rules(eml.out), []);
    assert.equal(eml.code, 0);
  });

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

  it('checks every file it is given, even one that is not a draft', () => {
    const r = run(['check', 'notes.md']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.out, /^notes\.md:\d+:\d+ warning /m);
  });

  it('with --drafts-only, checks the drafts and .eml files and lists the others as skipped, with why', () => {
    assert.equal(detectDraft(EML).isDraft, false, 'the .eml is checked for its extension, not its text');
    const r = run(['check', '--drafts-only', 'notes.md', 'bad.md', 'good.txt', 'empty.txt', 'binary.bin', 'minutes.eml']);
    assert.equal(r.code, 1, r.err);
    assert.equal(r.err, '');
    const lines = r.out.trim().split('\n');
    assert.ok(lines.includes('notes.md: skipped, not a draft: 1 heading, 1 code block, 3 links and nothing in it is about a job process.'), r.out);
    assert.ok(lines.includes('empty.txt: skipped, not a draft: it is empty.'), r.out);
    assert.ok(lines.includes('binary.bin: skipped, not a draft: it is a binary file.'), r.out);
    assert.ok(lines.some((l) => l.startsWith('bad.md:1:4 error unfilled-placeholder')), r.out);
    assert.ok(lines.some((l) => /^minutes\.eml:\d+:\d+ error unfilled-placeholder /.test(l)), `an .eml is always checked:\n${r.out}`);
    assert.ok(!lines.some((l) => l.startsWith('good.txt')), 'a good draft is checked and has nothing to report');
    assert.ok(!lines.some((l) => /^notes\.md:\d/.test(l)));
  });

  it('with --drafts-only, exits 0 when every file is skipped, and marks them "skipped": "not a draft" in JSON', () => {
    const text = run(['check', '--drafts-only', 'notes.md']);
    assert.equal(text.code, 0, text.out);
    const r = run(['check', '--drafts-only', '--format=json', 'notes.md', 'good.txt', '-'], BAD);
    assert.equal(r.code, 1, r.err);
    const json = JSON.parse(r.out) as ({ file: string; skipped: string; reason: string } | { file: string; findings: unknown[] })[];
    assert.deepEqual(json.map((j) => j.file), ['notes.md', 'good.txt', '<stdin>']);
    assert.deepEqual(json[0], { file: 'notes.md', skipped: 'not a draft', reason: 'Not a draft: 1 heading, 1 code block, 3 links and nothing in it is about a job process.' });
    assert.ok('findings' in json[1] && json[1].findings.length === 0);
    assert.ok('findings' in json[2] && json[2].findings.length > 0, 'standard input holding a draft is checked');
  });

  it('with --drafts-only, still reports a missing file as an error', () => {
    const r = run(['check', '--drafts-only', 'nope.txt', 'notes.md']);
    assert.equal(r.code, 2);
    assert.match(r.err, /nope\.txt: no such file/);
    assert.match(r.out, /notes\.md: skipped, not a draft/);
  });

  for (const [what, args, input, message] of [
    ['a missing file', ['check', 'nope.txt'], undefined, /nope\.txt: no such file/],
    ['a binary file', ['check', 'binary.bin'], undefined, /binary\.bin looks like a binary file \(it contains NUL bytes\)/],
    ['an empty file', ['check', 'empty.txt'], undefined, /empty\.txt is empty/],
    ['empty standard input', ['check', '-'], '', /standard input is empty/],
    ['a directory', ['check', 'folder'], undefined, /folder is a directory/],
    ['an unknown flag', ['check', '--bogus', 'good.txt'], undefined, /unknown option '--bogus'/],
    ['--drafts-only with a value', ['check', '--drafts-only=yes', 'good.txt'], undefined, /option --drafts-only takes no value/],
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
    assert.match(help.out, /--drafts-only/);
    const version = run(['--version']);
    assert.equal(version.code, 0);
    assert.equal(version.out.trim(), (JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });

  describe('rewrite', () => {
    const DRAFT = 'Subject: Re: Interview\n\nHi Dana,\n\nSorry, sorry! The pay for the Data Analyst role at Acme Corp is a joke, so I withdraw.\n\nCheers,\nSam\n\n> On Monday, Dana wrote:\n> Still keen?\n';

    it('prints the rewrite, keeping the subject, the names and the quoted message', () => {
      fs.writeFileSync(path.join(dir, 'angry.txt'), DRAFT);
      const r = run(['rewrite', 'angry.txt']);
      assert.equal(r.code, 0, r.err);
      assert.ok(r.out.startsWith('Subject: Re: Interview\n\nDear Dana,'), r.out);
      assert.ok(r.out.includes('Data Analyst role at Acme Corp') && r.out.includes('\nSam\n'), r.out);
      assert.ok(r.out.endsWith('> On Monday, Dana wrote:\n> Still keen?\n'), r.out);
      assert.ok(!r.out.includes('joke'));
    });

    it('--json gives the facts with offsets into the draft', () => {
      const r = run(['rewrite', '--json', '-'], DRAFT);
      assert.equal(r.code, 0, r.err);
      const out = JSON.parse(r.out) as { template: string; facts: Record<string, { value: string; start: number; end: number }> };
      assert.equal(out.template, 'withdraw-application');
      for (const key of ['recipient', 'sender', 'company', 'role']) assert.equal(DRAFT.slice(out.facts[key].start, out.facts[key].end), out.facts[key].value, key);
      assert.equal(out.facts.decision.value, 'decline');
    });

    it('uses your template for the situation, and names a broken one without stopping', () => {
      const own = path.join(dir, 'own');
      fs.mkdirSync(own, { recursive: true });
      fs.writeFileSync(path.join(own, 'withdraw-application.hbs'), '---\ntitle: Mine\n---\nDear {{recipientName}},\n\nThank you. I am withdrawing.\n\n{{senderName}}\n');
      fs.writeFileSync(path.join(own, 'broken.hbs'), '---\ntitle: [unclosed\n---\n{{#if}}\n');
      const r = run(['rewrite', '--templates', own, 'angry.txt']);
      assert.equal(r.code, 0, r.err);
      assert.ok(r.out.includes('Thank you. I am withdrawing.'), r.out);
      assert.match(r.err, /broken\.hbs.*skipped/);
    });

    const UNDECIDED = 'Hi Dana,\n\nThanks for the invite to the Data Analyst interview. Your process has been a total mess and I am not sure what to do.\n\nSam\n';

    it('--decision KIND picks the template whatever the draft says, and the facts say it was chosen', () => {
      const r = run(['rewrite', '--json', '--decision', 'reschedule', '-'], DRAFT);
      assert.equal(r.code, 0, r.err);
      const out = JSON.parse(r.out) as { template: string; facts: { decision: { value: string; from: string } } };
      assert.equal(out.template, 'reschedule');
      assert.deepEqual({ value: out.facts.decision.value, from: out.facts.decision.from }, { value: 'reschedule', from: 'chosen' });
      assert.equal(r.err, '', 'no note when a decision is chosen');
      const plain = run(['rewrite', '--decision=shorter-call', '-'], UNDECIDED);
      assert.equal(plain.code, 0, plain.err);
      assert.ok(plain.out.includes('Dear Dana,') && plain.out.includes('short introductory call'), plain.out);
      assert.equal(plain.err, '');
    });

    it('a draft with no decision and none chosen: declined as before, and standard error says so and how to choose', () => {
      const r = run(['rewrite', '-'], UNDECIDED);
      assert.equal(r.code, 0, r.err);
      assert.ok(r.out.includes('withdraw my application'), r.out);
      assert.match(r.err, /^graceful-decline: the draft states no clear decision, so this rewrite declines \(template withdraw-application\)\. .*--decision KIND \(decline, accepted-elsewhere, reschedule, shorter-call, different-role, stay-in-touch\)/);
      assert.equal(run(['rewrite', '-'], DRAFT).err, '', 'no note when the draft states its decision');
    });

    it('an unknown --decision kind exits 2, listing the kinds', () => {
      for (const args of [['rewrite', '--decision', 'withdraw', '-'], ['rewrite', '--decision=', '-'], ['rewrite', '-', '--decision']]) {
        const r = run(args, DRAFT);
        assert.equal(r.code, 2, args.join(' '));
        assert.equal(r.out, '');
        assert.match(r.err, /^graceful-decline: (?:unknown decision 'withdraw': use one of|option --decision needs a kind:) decline, accepted-elsewhere, reschedule, shorter-call, different-role, stay-in-touch\n/, args.join(' '));
      }
    });

    it('usage errors exit 2 with a message', () => {
      for (const args of [['rewrite'], ['rewrite', 'a.txt', 'b.txt'], ['rewrite', '--nope', 'a.txt']]) {
        const r = run(args);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.err, /^graceful-decline: /);
      }
      const missing = run(['rewrite', 'missing.txt']);
      assert.equal(missing.code, 2);
      assert.match(missing.err, /missing\.txt: no such file/);
    });
  });
});


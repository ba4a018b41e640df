/**
 * The command-line tool: `graceful-decline check [--format text|json] [--drafts-only] FILE... | -`
 * and `graceful-decline rewrite [--json] [--templates DIR] [--decision KIND] FILE | -`.
 * Every file given is checked (naming it is an explicit request); with `--drafts-only`, only those
 * the editor would take for drafts, the others listed as skipped. Exit 0 when no finding is a
 * warning or an error, 1 when one is, 2 on a usage error or an unreadable file. Built to
 * dist/cli.js (package `bin`); usable in a pre-commit hook over a folder of notes.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import builtinFiles from 'graceful-decline:builtin-templates';
import { version as VERSION } from '../package.json';
import { check, maskEmailHeaders, ruleIds, DEFAULT_MAX_BODY_WORDS, type AnalyzeOptions, type Finding, type Metrics, type RuleId } from './core/analysis';
import { decideChecking } from './core/draftDetection';
import { decisionChoices, decisionKinds, isDecisionKind, rewriteDraft, type DecisionKind } from './core/rewrite';
import { describeProblem, loadBuiltinTemplates, loadCustomTemplate, type DeclineTemplate } from './core/templates';

const NAME = 'graceful-decline';
/** Larger files are refused: a decline draft is a few kilobytes. */
const MAX_BYTES = 20 * 1024 * 1024;

const USAGE = `Usage: ${NAME} check [options] FILE... | -
       ${NAME} rewrite [--json] [--templates DIR] [--decision KIND] FILE | -

Checks decline drafts for missing gratitude, over-explaining, negative tone,
unfilled placeholders, an unclear decision and excessive apology.
Use - to read the draft from standard input. Every file named is checked,
unless --drafts-only is given.

Options:
  --format text|json       output format (default: text)
  --drafts-only            check only the files the editor would take for drafts
                           (messages in a job process, and .eml files); list the
                           others as skipped
  --max-body-words N       body words above which a draft is too long (default: ${DEFAULT_MAX_BODY_WORDS})
  --disable RULE[,RULE]    switch rules off (${ruleIds.join(', ')})
  -h, --help               show this help
  -v, --version            show the version

rewrite prints the draft rewritten as a brief, grateful decline that keeps its names,
company, role and decision (--json: the facts it found, with their offsets, and the text).
--templates DIR uses your own template for the situation when DIR has one of that name.
--decision KIND says what you decided, whatever the draft seems to say:
${decisionChoices.map((c) => `  ${c.kind.padEnd(22)} ${c.choice.toLowerCase()}`).join('\n')}
Without it, a draft that states no decision is rewritten as a decline, and a note
on standard error says so.

Exit status (check): 0 no warnings or errors, 1 warnings or errors found, 2 usage error or unreadable input.`;

class UsageError extends Error {}
class InputError extends Error {
  /** Set when the file holds no text to check: why, as in "it is empty" (--drafts-only skips it). */
  constructor(
    message: string,
    readonly notText?: string,
  ) {
    super(message);
  }
}

interface Args {
  format: 'text' | 'json';
  draftsOnly: boolean;
  files: string[];
  options: AnalyzeOptions;
}

function parseArgs(argv: string[]): Args | 'help' | 'version' {
  // Help and version count only before `--`: after it, `-v` is a file name.
  const options = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (options.includes('-h') || options.includes('--help')) return 'help';
  if (options.includes('-v') || options.includes('--version')) return 'version';
  const [command, ...rest] = argv;
  if (command === undefined) throw new UsageError('missing command: use "check" or "rewrite"');
  if (command !== 'check') throw new UsageError(`unknown command '${command}': use "check" or "rewrite"`);
  const args: Args = { format: 'text', draftsOnly: false, files: [], options: {} };
  const disabled: RuleId[] = [];
  const value = (i: number, flag: string): string => {
    const v = rest[i + 1];
    if (v === undefined || (v.startsWith('-') && v !== '-')) throw new UsageError(`option ${flag} needs a value`);
    return v;
  };
  let onlyFiles = false;
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (onlyFiles || a === '-' || !a.startsWith('-')) {
      args.files.push(a);
      continue;
    }
    const [flag, inline] = a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const take = () => (inline !== undefined ? inline : value(i++, flag));
    switch (flag) {
      case '--':
        onlyFiles = true;
        break;
      case '--format': {
        const f = take();
        if (f !== 'text' && f !== 'json') throw new UsageError(`unknown format '${f}': use text or json`);
        args.format = f;
        break;
      }
      case '--max-body-words': {
        const raw = take();
        const n = Number(raw);
        if (!Number.isInteger(n) || n < 1) throw new UsageError(`--max-body-words needs a whole number above 0, not '${raw}'`);
        args.options.maxBodyWords = n;
        break;
      }
      case '--drafts-only':
        if (inline !== undefined) throw new UsageError('option --drafts-only takes no value');
        args.draftsOnly = true;
        break;
      case '--disable':
        for (const id of take().split(',').map((s) => s.trim()).filter(Boolean)) {
          if (!(ruleIds as readonly string[]).includes(id)) throw new UsageError(`unknown rule '${id}': rules are ${ruleIds.join(', ')}`);
          disabled.push(id as RuleId);
        }
        break;
      default:
        throw new UsageError(`unknown option '${a}'`);
    }
  }
  if (disabled.length > 0) args.options.disabledRules = disabled;
  if (args.files.length === 0) throw new UsageError('no files given: name one or more drafts, or - for standard input');
  if (args.files.filter((f) => f === '-').length > 1) throw new UsageError('standard input (-) can be read only once');
  return args;
}

function decode(bytes: Buffer, name: string): string {
  if (bytes.length > MAX_BYTES) throw new InputError(`${name} is too large (${(bytes.length / 1048576).toFixed(1)} MB); a draft should be a few kilobytes`, 'it is too large for a message');
  if (bytes.includes(0)) throw new InputError(`${name} looks like a binary file (it contains NUL bytes); give a plain-text or Markdown draft`, 'it is a binary file');
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new InputError(`${name} is empty: there is no draft to check`, 'it is empty');
  return text;
}

function readFile(file: string): string {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file}: no such file` : `${file}: cannot read it (${code ?? 'unknown error'})`);
  }
  if (stat.isDirectory()) throw new InputError(`${file} is a directory; name the draft files inside it`);
  if (stat.size > MAX_BYTES) throw new InputError(`${file} is too large (${(stat.size / 1048576).toFixed(1)} MB); a draft should be a few kilobytes`, 'it is too large for a message');
  try {
    return decode(fs.readFileSync(file), file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
}

function readStdin(): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(0);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // A terminal or closed stream with nothing piped in reads as empty.
    if (code === 'EAGAIN' || code === 'EOF' || code === 'EISDIR') bytes = Buffer.alloc(0);
    else throw new InputError(`standard input: cannot read it (${code ?? 'unknown error'})`);
  }
  return decode(bytes, 'standard input');
}

/** 1-based line and column (in UTF-16 code units, as editors count) of each offset. */
function locator(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo] + 1 };
  };
}

interface FileReport {
  file: string;
  findings: (Pick<Finding, 'ruleId' | 'severity' | 'start' | 'end' | 'message'> & { line: number; column: number })[];
  metrics: Metrics;
}

/** A file --drafts-only left alone, and why. */
interface Skipped {
  file: string;
  skipped: 'not a draft';
  reason: string;
}

function report(file: string, text: string, options: AnalyzeOptions): FileReport {
  const at = locator(text);
  // An email's headers (From, To, Date...) are not the message: read as the editor reads .eml files.
  const { findings, metrics } = check(/\.eml$/i.test(file) ? maskEmailHeaders(text) : text, options);
  return { file, findings: findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, start: f.start, end: f.end, ...at(f.start), message: f.message })), metrics };
}

function write(stream: NodeJS.WriteStream, text: string): void {
  if (text.length > 0) stream.write(text.endsWith('\n') ? text : `${text}\n`);
}

interface RewriteArgs {
  json: boolean;
  file: string;
  templatesDir?: string;
  decision?: DecisionKind;
}

function parseRewriteArgs(rest: string[]): RewriteArgs {
  const args: Partial<RewriteArgs> & { json: boolean } = { json: false };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (a === '--json') args.json = true;
    else if (a === '--templates' || a.startsWith('--templates=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!v) throw new UsageError('option --templates needs a folder');
      args.templatesDir = v;
    } else if (a === '--decision' || a.startsWith('--decision=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : rest[++i];
      if (!v) throw new UsageError(`option --decision needs a kind: ${decisionKinds.join(', ')}`);
      if (!isDecisionKind(v)) throw new UsageError(`unknown decision '${v}': use one of ${decisionKinds.join(', ')}`);
      args.decision = v;
    } else if (a !== '-' && a.startsWith('-')) throw new UsageError(`unknown option '${a}' for rewrite`);
    else if (args.file !== undefined) throw new UsageError('rewrite takes one draft at a time');
    else args.file = a;
  }
  if (args.file === undefined) throw new UsageError('no file given: name the draft to rewrite, or - for standard input');
  return args as RewriteArgs;
}

/** Built-in templates plus the user's own from `dir`; a broken file is reported and skipped. */
function loadTemplates(dir: string | undefined): DeclineTemplate[] {
  const templates = loadBuiltinTemplates(builtinFiles).templates;
  if (dir === undefined) return templates;
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.hbs'));
  } catch (e) {
    throw new InputError(`${dir}: cannot read the templates folder (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})`);
  }
  for (const name of names) {
    const file = path.join(dir, name);
    let loaded;
    try {
      loaded = loadCustomTemplate(name, fs.readFileSync(file));
    } catch (e) {
      write(process.stderr, `${NAME}: ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? 'unknown error'}); skipped`);
      continue;
    }
    if (loaded.ok) templates.push(loaded.value);
    else write(process.stderr, `${NAME}: ${describeProblem(loaded.problem)}; skipped`);
  }
  return templates;
}

function rewriteMain(rest: string[]): number {
  const args = parseRewriteArgs(rest);
  const text = args.file === '-' ? readStdin() : readFile(args.file);
  const result = rewriteDraft(text, loadTemplates(args.templatesDir), {}, args.decision ? { decision: args.decision } : {});
  if (!result) throw new InputError('no template for this situation could be loaded');
  // Never a silent guess: the fallback is kept for scripts, and said where a person reads it.
  if (!result.facts.decision) {
    write(process.stderr, `${NAME}: the draft states no clear decision, so this rewrite declines (template ${result.templateId}). If you meant something else, run it again with --decision KIND (${decisionKinds.join(', ')}).`);
  }
  if (args.json) write(process.stdout, JSON.stringify({ file: args.file === '-' ? '<stdin>' : args.file, template: result.templateId, facts: result.facts, missing: result.missing, text: result.text }, null, 2));
  else process.stdout.write(result.text);
  return 0;
}

export function main(argv: string[]): number {
  if (argv[0] === 'rewrite' && !argv.slice(1).some((a) => a === '-h' || a === '--help' || a === '-v' || a === '--version')) {
    try {
      return rewriteMain(argv.slice(1));
    } catch (e) {
      if (e instanceof UsageError) {
        write(process.stderr, `${NAME}: ${e.message}\n\n${USAGE}`);
        return 2;
      }
      if (!(e instanceof InputError)) throw e;
      write(process.stderr, `${NAME}: ${e.message}`);
      return 2;
    }
  }
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    write(process.stderr, `${NAME}: ${e.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === 'help') {
    write(process.stdout, USAGE);
    return 0;
  }
  if (args === 'version') {
    write(process.stdout, VERSION);
    return 0;
  }
  const reports: FileReport[] = [];
  const results: (FileReport | Skipped)[] = [];
  let unreadable = false;
  for (const file of args.files) {
    const name = file === '-' ? '<stdin>' : file;
    try {
      const text = file === '-' ? readStdin() : readFile(file);
      if (args.draftsOnly) {
        const decision = decideChecking({ text, path: file === '-' ? undefined : file });
        if (!decision.check) {
          results.push({ file: name, skipped: 'not a draft', reason: decision.reason });
          continue;
        }
      }
      const r = report(name, text, args.options);
      reports.push(r);
      results.push(r);
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      if (args.draftsOnly && e.notText !== undefined) {
        // A folder of notes holds empty and binary files too: not drafts, not errors.
        results.push({ file: name, skipped: 'not a draft', reason: `Not a draft: ${e.notText}.` });
        continue;
      }
      write(process.stderr, `${NAME}: ${e.message}`);
      unreadable = true;
    }
  }
  if (args.format === 'json') {
    write(process.stdout, JSON.stringify(results, null, 2));
  } else {
    const lines = results.flatMap((r) =>
      'skipped' in r ? [`${r.file}: skipped, ${r.reason.replace(/^Not a draft: /, 'not a draft: ')}`] : r.findings.map((f) => `${r.file}:${f.line}:${f.column} ${f.severity} ${f.ruleId} ${f.message}`),
    );
    write(process.stdout, lines.join('\n'));
  }
  if (unreadable) return 2;
  return reports.some((r) => r.findings.some((f) => f.severity === 'error' || f.severity === 'warning')) ? 1 : 0;
}


if (require.main === module) {
  // Output piped into a closed reader (| head) is not an error worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  let code: number;
  try {
    code = main(process.argv.slice(2));
  } catch (e) {
    write(process.stderr, `${NAME}: unexpected error: ${e instanceof Error ? e.message : String(e)}`);
    code = 2;
  }
  process.exitCode = code;
}

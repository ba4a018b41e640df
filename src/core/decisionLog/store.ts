// The decision log on disk. Every change is a read-modify-write of decisions.json, run one at
// a time through a promise queue, and written atomically (a temporary file, then a rename), so a
// crash leaves either the old file or the new one, never half of one. A file that cannot be
// read in full is renamed aside to a timestamped backup and reported, never overwritten.
// Written against a tiny FileSystem so the extension can pass vscode.workspace.fs (web-safe)
// and the unit tests a real Node fs over a temporary folder.
import { parseLog, serializeLog } from './logFile';
import type { DecisionEntry } from './types';
import { validateDecisionInput } from './validate';

/** File operations on names inside the log's own folder. */
export interface FileSystem {
  readFile(name: string): Promise<Uint8Array>;
  writeFile(name: string, data: Uint8Array): Promise<void>;
  /** Renames, replacing `to` if it exists. */
  rename(from: string, to: string): Promise<void>;
  delete(name: string): Promise<void>;
  /** undefined when the file does not exist; throws on other errors. */
  stat(name: string): Promise<{ size: number } | undefined>;
}

export const LOG_FILE = 'decisions.json';
export const TEMP_FILE = 'decisions.json.tmp';

/** Something the user should hear about: the log file was damaged and what was done about it. */
export interface LogProblem {
  /** One or two sentences, no stack trace. */
  message: string;
  /** Name of the backup holding the original file, when one was made. */
  backup?: string;
  kept: number;
  dropped: number;
  details: string[];
}

export class DecisionValidationError extends Error {
  constructor(readonly problems: string[]) {
    super(`The decision was not logged: ${problems.join('; ')}.`);
    this.name = 'DecisionValidationError';
  }
}

export class DecisionNotFoundError extends Error {
  constructor(readonly id: string) {
    super('That decision is no longer in the log.');
    this.name = 'DecisionNotFoundError';
  }
}

/** The log cannot be written without destroying something (the damaged file could not be moved aside). */
export class LogUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogUnavailableError';
  }
}

export interface StoreOptions {
  now?: () => Date;
  newId?: () => string;
}

export class DecisionLogStore {
  private queue: Promise<unknown> = Promise.resolve();
  private entries: DecisionEntry[] = [];
  private readonly changeListeners = new Set<(entries: readonly DecisionEntry[]) => void>();
  private readonly problemListeners = new Set<(problem: LogProblem) => void>();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private loadedOnce = false;

  constructor(
    private readonly fs: FileSystem,
    options: StoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
  }

  /** The entries as last read or written, newest log first is up to the view; this is file order. */
  get current(): readonly DecisionEntry[] {
    return this.entries;
  }

  get loaded(): boolean {
    return this.loadedOnce;
  }

  onDidChange(listener: (entries: readonly DecisionEntry[]) => void): { dispose(): void } {
    this.changeListeners.add(listener);
    return { dispose: () => this.changeListeners.delete(listener) };
  }

  onProblem(listener: (problem: LogProblem) => void): { dispose(): void } {
    this.problemListeners.add(listener);
    return { dispose: () => this.problemListeners.delete(listener) };
  }

  /** Reads the file (recovering it if needed). Returns the entries and the problem found, if any. */
  load(): Promise<{ entries: readonly DecisionEntry[]; problem?: LogProblem }> {
    return this.enqueue(async () => {
      const { entries, problem } = await this.read();
      this.set(entries);
      return problem ? { entries, problem } : { entries };
    });
  }

  /** Validates and appends a decision; throws DecisionValidationError (nothing stored) on bad input. */
  append(input: unknown): Promise<DecisionEntry> {
    const checked = validateDecisionInput(input);
    if (!checked.ok) return Promise.reject(new DecisionValidationError(checked.problems));
    return this.modify((entries) => {
      const entry: DecisionEntry = { ...checked.value, id: this.newId(), loggedAt: this.now().toISOString() };
      return { entries: [...entries, entry], result: entry };
    });
  }

  markAnswered(id: string): Promise<DecisionEntry> {
    return this.modify((entries) => {
      const found = entries.find((e) => e.id === id);
      if (!found) throw new DecisionNotFoundError(id);
      if (found.answeredAt) return { entries, result: found };
      const answered: DecisionEntry = { ...found, answeredAt: this.now().toISOString() };
      return { entries: entries.map((e) => (e.id === id ? answered : e)), result: answered };
    });
  }

  remove(id: string): Promise<DecisionEntry> {
    return this.modify((entries) => {
      const found = entries.find((e) => e.id === id);
      if (!found) throw new DecisionNotFoundError(id);
      return { entries: entries.filter((e) => e.id !== id), result: found };
    });
  }

  /** Runs a change against the latest file contents (another window may have written it) and saves it. */
  private modify<R>(change: (entries: DecisionEntry[]) => { entries: DecisionEntry[]; result: R }): Promise<R> {
    return this.enqueue(async () => {
      const { entries } = await this.read();
      const next = change(entries);
      if (next.entries !== entries) await this.write(next.entries);
      this.set(next.entries);
      return next.result;
    });
  }

  private enqueue<R>(operation: () => Promise<R>): Promise<R> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private set(entries: DecisionEntry[]): void {
    this.loadedOnce = true;
    const changed = serializeLog(entries) !== serializeLog(this.entries);
    this.entries = entries;
    if (changed) for (const listener of [...this.changeListeners]) listener(entries);
  }

  /** Reads decisions.json, finishing an interrupted write and moving a damaged file aside. */
  private async read(): Promise<{ entries: DecisionEntry[]; problem?: LogProblem }> {
    const recovered = await this.recoverInterruptedWrite();
    if (!(await this.fs.stat(LOG_FILE))) return { entries: [] };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await this.fs.readFile(LOG_FILE));
    } catch (error) {
      const problem = await this.setAside([`it could not be read (${describe(error)})`], [], 0);
      return { entries: [], problem };
    }
    const parsed = parseLog(text);
    if (parsed.intact) return recovered ? { entries: parsed.entries, problem: recovered } : { entries: parsed.entries };
    const problem = await this.setAside(parsed.problems, parsed.entries, parsed.dropped);
    await this.write(parsed.entries);
    return { entries: parsed.entries, problem };
  }

  /**
   * A temporary file left behind means a write stopped before its rename. If it is complete
   * (it parses in full) it is the newest state, so it is finished; if it is partial, the main
   * file was never touched, so the partial copy is discarded.
   */
  private async recoverInterruptedWrite(): Promise<LogProblem | undefined> {
    if (!(await this.fs.stat(TEMP_FILE))) return undefined;
    let complete = false;
    try {
      complete = parseLog(new TextDecoder('utf-8', { fatal: true }).decode(await this.fs.readFile(TEMP_FILE))).intact;
    } catch {
      complete = false;
    }
    if (!complete) {
      await this.fs.delete(TEMP_FILE);
      return undefined;
    }
    // Never let the rename replace a main file that is itself damaged: keep that aside first.
    let problem: LogProblem | undefined;
    if (await this.fs.stat(LOG_FILE)) {
      let intact = false;
      try {
        intact = parseLog(new TextDecoder('utf-8', { fatal: true }).decode(await this.fs.readFile(LOG_FILE))).intact;
      } catch {
        intact = false;
      }
      if (!intact) problem = await this.setAside(['it could not be read in full'], [], 0, 'the newest complete copy, saved just before VS Code stopped, was restored');
    }
    await this.fs.rename(TEMP_FILE, LOG_FILE);
    return problem;
  }

  /** Moves the damaged file to decisions.corrupt-<time>.json and reports it. Throws if it cannot be moved (then nothing is written over it). */
  private async setAside(problems: string[], kept: DecisionEntry[], dropped: number, outcome?: string): Promise<LogProblem> {
    const backup = `decisions.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}.json`;
    try {
      await this.fs.rename(LOG_FILE, backup);
    } catch (error) {
      const message = `The decision log could not be read and could not be moved aside (${describe(error)}), so it was left untouched and new decisions cannot be saved until it is fixed or removed.`;
      this.report({ message, kept: 0, dropped, details: problems });
      throw new LogUnavailableError(message);
    }
    const summary = outcome ?? (kept.length
      ? `kept ${kept.length} decision${kept.length === 1 ? '' : 's'}${dropped ? `, ${dropped} could not be recovered` : ''}`
      : dropped
        ? `none of its ${dropped} decision${dropped === 1 ? '' : 's'} could be recovered`
        : 'no decisions could be recovered');
    const problem: LogProblem = {
      message: `The decision log was damaged (${problems[0]}): ${summary}. The original file is saved as ${backup}.`,
      backup,
      kept: kept.length,
      dropped,
      details: problems,
    };
    this.report(problem);
    return problem;
  }

  private report(problem: LogProblem): void {
    for (const listener of [...this.problemListeners]) listener(problem);
  }

  private async write(entries: readonly DecisionEntry[]): Promise<void> {
    await this.fs.writeFile(TEMP_FILE, new TextEncoder().encode(serializeLog(entries)));
    await this.fs.rename(TEMP_FILE, LOG_FILE);
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

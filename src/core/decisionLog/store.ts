// The decision log on disk. Every change is a read-modify-write of decisions.json, run one at
// a time through a promise queue, and written atomically (a temporary file, then a rename), so a
// crash leaves either the old file or the new one, never half of one. A file that cannot be
// read in full is renamed aside to a timestamped backup and reported, never overwritten.
// Several VS Code windows share the one folder, so:
// - every write uses its own temporary name (decisions.json.<random id>.tmp), and a leftover
//   temporary file is only recovered once it is older than TEMP_GRACE_MS (a younger one may be
//   another window's write in progress); the single name older versions used is recovered too;
// - each operation first takes a short cross-window lock: it writes its own claim file
//   (decisions.json.<random id>.lock) and goes ahead only if no other live claim is in the folder,
//   otherwise withdraws it and retries after a short random wait. A claim older than
//   LOCK_STALE_MS is from a window that stopped and is ignored; if the lock cannot be had within
//   LOCK_WAIT_MS the operation goes ahead anyway (the write is still atomic);
// - a rename that fails because the temporary file vanished is retried once from the read.
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
  /** undefined when the file does not exist; throws on other errors. `mtime`: last modified, in milliseconds since 1970. */
  stat(name: string): Promise<{ size: number; mtime: number } | undefined>;
  /** Names of the files in the folder; empty when the folder does not exist yet. */
  list(): Promise<string[]>;
}

export const LOG_FILE = 'decisions.json';
/** The one temporary name every write used before each write had its own; still recovered. */
export const LEGACY_TEMP_FILE = 'decisions.json.tmp';
/** A temporary file younger than this may be another window's write in progress, so recovery leaves it alone. */
export const TEMP_GRACE_MS = 30_000;
/** A lock claim older than this belongs to a window that stopped while holding it. */
export const LOCK_STALE_MS = 10_000;
/** How long an operation waits for the other windows' claims to go before it goes ahead without the lock. */
export const LOCK_WAIT_MS = LOCK_STALE_MS + 2_000;

const TEMP_PATTERN = /^decisions\.json\.[0-9A-Za-z-]+\.tmp$/;
const LOCK_PATTERN = /^decisions\.json\.[0-9A-Za-z-]+\.lock$/;

/** The temporary file one write uses. */
export function tempFileName(id: string): string {
  return `decisions.json.${id}.tmp`;
}

/** A temporary file of an interrupted or in-progress write, this version's or an older one's. */
export function isTempFile(name: string): boolean {
  return name === LEGACY_TEMP_FILE || TEMP_PATTERN.test(name);
}

/** A window's claim on the log while it changes it. */
export function isLockFile(name: string): boolean {
  return LOCK_PATTERN.test(name);
}

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

/** The write failed twice because its temporary file vanished before the rename (another window cleaned it up). */
export class LogWriteConflictError extends LogUnavailableError {
  constructor() {
    super('The decision log could not be saved because another VS Code window changed it at the same moment. Nothing was lost; please try again.');
    this.name = 'LogWriteConflictError';
  }
}

/** Internal: the rename found its temporary file gone. */
class TempFileVanishedError extends Error {
  constructor(readonly temp: string) {
    super(`the temporary file ${temp} vanished before it could be renamed`);
    this.name = 'TempFileVanishedError';
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
    return this.enqueue(() =>
      this.retryOnce(async () => {
        const { entries, problem } = await this.read();
        this.set(entries);
        return problem ? { entries, problem } : { entries };
      }),
    );
  }

  /** Validates and appends a decision; throws DecisionValidationError (nothing stored) on bad input. */
  append(input: unknown): Promise<DecisionEntry> {
    const checked = validateDecisionInput(input);
    if (!checked.ok) return Promise.reject(new DecisionValidationError(checked.problems));
    // Made once, so that a retry cannot log it twice.
    const entry: DecisionEntry = { ...checked.value, id: this.newId(), loggedAt: this.now().toISOString() };
    return this.modify((entries) => (entries.some((e) => e.id === entry.id) ? { entries, result: entry } : { entries: [...entries, entry], result: entry }));
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
    let removed: DecisionEntry | undefined;
    return this.modify((entries) => {
      const found = entries.find((e) => e.id === id);
      if (!found) {
        // A retry after a write whose temporary file was finished by another window: already gone.
        if (removed) return { entries, result: removed };
        throw new DecisionNotFoundError(id);
      }
      removed = found;
      return { entries: entries.filter((e) => e.id !== id), result: found };
    });
  }

  /** Runs a change against the latest file contents (another window may have written it) and saves it. */
  private modify<R>(change: (entries: DecisionEntry[]) => { entries: DecisionEntry[]; result: R }): Promise<R> {
    return this.enqueue(() =>
      this.retryOnce(async () => {
        const { entries } = await this.read();
        const next = change(entries);
        if (next.entries !== entries) await this.write(next.entries);
        this.set(next.entries);
        return next.result;
      }),
    );
  }

  /** Runs a whole read-modify-write again if its rename found the temporary file gone; fails clearly the second time. */
  private async retryOnce<R>(operation: () => Promise<R>): Promise<R> {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof TempFileVanishedError)) throw error;
    }
    try {
      return await operation();
    } catch (error) {
      if (error instanceof TempFileVanishedError) throw new LogWriteConflictError();
      throw error;
    }
  }

  /** Runs operations one at a time, each holding the cross-window lock. */
  private enqueue<R>(operation: () => Promise<R>): Promise<R> {
    const locked = () => this.withLock(operation);
    const run = this.queue.then(locked, locked);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async withLock<R>(operation: () => Promise<R>): Promise<R> {
    const claim = `decisions.json.${randomId()}.lock`;
    const held = await this.acquire(claim);
    try {
      return await operation();
    } finally {
      if (held) await this.deleteIfPresent(claim);
    }
  }

  /** Writes this operation's claim and keeps it only when no other live claim is there. False: going ahead without the lock. */
  private async acquire(claim: string): Promise<boolean> {
    const deadline = Date.now() + LOCK_WAIT_MS;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.fs.writeFile(claim, new TextEncoder().encode(`${this.now().toISOString()}\n`));
      } catch {
        return false; // a folder that cannot be written: reading still works, and a write fails with its own error
      }
      if (!(await this.otherLiveClaims(claim))) return true;
      await this.deleteIfPresent(claim);
      if (Date.now() >= deadline) return false;
      await new Promise((resolve) => setTimeout(resolve, 2 + Math.random() * 8 * Math.min(attempt, 10)));
    }
  }

  /** Whether another window holds (or is trying for) the lock; removes claims left by windows that stopped. */
  private async otherLiveClaims(own: string): Promise<boolean> {
    let live = false;
    for (const name of await this.fs.list()) {
      if (name === own || !isLockFile(name)) continue;
      const info = await this.statIfPresent(name);
      if (!info) continue;
      if (this.ageOf(info.mtime) >= LOCK_STALE_MS) await this.deleteIfPresent(name);
      else live = true;
    }
    return live;
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
   * A temporary file left behind means a write stopped before its rename. Only files older than
   * TEMP_GRACE_MS are considered (a younger one may be another window's write in progress), oldest
   * first. A complete one (it parses in full) is finished when it is at least as new as the log; a
   * partial one, or one older than the log (the log was saved since), is discarded: the main file
   * was never touched by it.
   */
  private async recoverInterruptedWrite(): Promise<LogProblem | undefined> {
    const stale: { name: string; mtime: number }[] = [];
    for (const name of await this.fs.list()) {
      if (!isTempFile(name)) continue;
      const info = await this.statIfPresent(name);
      if (info && this.ageOf(info.mtime) >= TEMP_GRACE_MS) stale.push({ name, mtime: info.mtime });
    }
    stale.sort((a, b) => a.mtime - b.mtime || a.name.localeCompare(b.name));
    let problem: LogProblem | undefined;
    for (const temp of stale) problem = (await this.recoverTemp(temp.name, temp.mtime)) ?? problem;
    return problem;
  }

  private async recoverTemp(temp: string, mtime: number): Promise<LogProblem | undefined> {
    if (!(await this.isComplete(temp))) {
      await this.deleteIfPresent(temp);
      return undefined;
    }
    // Never let the rename replace a main file that is itself damaged: keep that aside first.
    let problem: LogProblem | undefined;
    const log = await this.fs.stat(LOG_FILE);
    if (log) {
      if (!(await this.isComplete(LOG_FILE))) {
        problem = await this.setAside(['it could not be read in full'], [], 0, 'the newest complete copy, saved just before VS Code stopped, was restored');
      } else if (log.mtime > mtime) {
        // Saved after this copy was made, so the copy is out of date: finishing it would undo that save.
        await this.deleteIfPresent(temp);
        return undefined;
      }
    }
    try {
      await this.fs.rename(temp, LOG_FILE);
    } catch (error) {
      if (await this.statIfPresent(temp)) throw error; // gone: another window dealt with it
    }
    return problem;
  }

  private async isComplete(name: string): Promise<boolean> {
    try {
      return parseLog(new TextDecoder('utf-8', { fatal: true }).decode(await this.fs.readFile(name))).intact;
    } catch {
      return false;
    }
  }

  /** Milliseconds since `mtime` by this store's clock (negative for a time ahead of it: treated as new). */
  private ageOf(mtime: number): number {
    return this.now().getTime() - mtime;
  }

  private async statIfPresent(name: string): Promise<{ size: number; mtime: number } | undefined> {
    try {
      return await this.fs.stat(name);
    } catch {
      return undefined;
    }
  }

  private async deleteIfPresent(name: string): Promise<void> {
    try {
      await this.fs.delete(name);
    } catch {
      // Already gone (another window removed it), or not removable: nothing depends on it.
    }
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

  /** Writes a temporary file of its own, then renames it over the log. */
  private async write(entries: readonly DecisionEntry[]): Promise<void> {
    const temp = tempFileName(randomId());
    await this.fs.writeFile(temp, new TextEncoder().encode(serializeLog(entries)));
    try {
      await this.fs.rename(temp, LOG_FILE);
    } catch (error) {
      let present = true;
      try {
        present = (await this.fs.stat(temp)) !== undefined;
      } catch {
        // Cannot tell: report the rename's own error.
      }
      if (!present) throw new TempFileVanishedError(temp);
      throw error;
    }
  }
}

function randomId(): string {
  return globalThis.crypto.randomUUID();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

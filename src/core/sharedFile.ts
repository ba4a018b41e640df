// One file that several VS Code windows read and change, kept whole. Every operation runs one at a
// time through a promise queue, and every write is atomic (a temporary file, then a rename), so a
// crash leaves either the old file or the new one, never half of one. A file that cannot be read
// in full is renamed aside to a timestamped backup and reported, never overwritten.
// Several windows share the one folder, so:
// - every write uses its own temporary name (<file>.<random id>.tmp), and a leftover temporary
//   file is only recovered once it is older than TEMP_GRACE_MS (a younger one may be another
//   window's write in progress); the single name older versions used (<file>.tmp) is recovered too;
// - each operation first takes a short cross-window lock: it writes its own claim file
//   (<file>.<random id>.lock) and goes ahead only if no other live claim is in the folder,
//   otherwise withdraws it and retries after a short random wait. A claim older than
//   LOCK_STALE_MS is from a window that stopped and is ignored; if the lock cannot be had within
//   LOCK_WAIT_MS the operation goes ahead anyway (the write is still atomic);
// - a rename that fails because the temporary file vanished is retried once from the read.
// Written against a tiny FileSystem, so the extension passes vscode.workspace.fs (web-safe) and
// plain Node passes its own fs. Pure otherwise: what the file holds is the codec's business.

import { escapeRegExp } from './escapeRegExp';

/** File operations on names inside the shared file's own folder. */
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

/** A temporary file younger than this may be another window's write in progress, so recovery leaves it alone. */
export const TEMP_GRACE_MS = 30_000;
/** A lock claim older than this belongs to a window that stopped while holding it. */
export const LOCK_STALE_MS = 10_000;
/** How long an operation waits for the other windows' claims to go before it goes ahead without the lock. */
export const LOCK_WAIT_MS = LOCK_STALE_MS + 2_000;

/** How the file's contents are read and written. */
export interface Codec<T> {
  /** Never throws: `intact` false (with what could be salvaged and why) for a damaged file. */
  parse(text: string): { intact: boolean; value: T; problems: string[]; dropped: number };
  serialize(value: T): string;
  /** What an absent file holds. */
  empty(): T;
  /** How many items a value holds (for the damage report). */
  count(value: T): number;
}

/** How the file is named in messages: `{ what: 'decision log', item: 'decision', items: 'decisions', blocked: 'new decisions cannot be saved' }`. */
export interface Wording {
  what: string;
  item: string;
  items: string;
  blocked: string;
}

/** Something the user should hear about: the file was damaged and what was done about it. */
export interface FileProblem {
  /** One or two sentences, no stack trace. */
  message: string;
  /** Name of the backup holding the original file, when one was made. */
  backup?: string;
  kept: number;
  dropped: number;
  details: string[];
}

/** The file cannot be written without destroying something (the damaged file could not be moved aside). */
export class FileUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LogUnavailableError';
  }
}

/** The write failed twice because its temporary file vanished before the rename (another window cleaned it up). */
export class WriteConflictError extends FileUnavailableError {
  constructor(what: string) {
    super(`The ${what} could not be saved because another VS Code window changed it at the same moment. Nothing was lost; please try again.`);
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

export interface SharedFileOptions {
  now?: () => Date;
  /** Told of every problem, including one that makes an operation fail. */
  onProblem?: (problem: FileProblem) => void;
}

/** The temporary and lock file names of a shared file, and the name its older versions used. */
export function sharedFileNames(file: string): { legacyTemp: string; temp(id: string): string; lock(id: string): string; isTemp(name: string): boolean; isLock(name: string): boolean } {
  const escaped = escapeRegExp(file);
  const tempPattern = new RegExp(`^${escaped}\\.[0-9A-Za-z-]+\\.tmp$`);
  const lockPattern = new RegExp(`^${escaped}\\.[0-9A-Za-z-]+\\.lock$`);
  const legacyTemp = `${file}.tmp`;
  return {
    legacyTemp,
    temp: (id) => `${file}.${id}.tmp`,
    lock: (id) => `${file}.${id}.lock`,
    isTemp: (name) => name === legacyTemp || tempPattern.test(name),
    isLock: (name) => lockPattern.test(name),
  };
}

export class SharedFile<T> {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly names: ReturnType<typeof sharedFileNames>;
  private readonly now: () => Date;

  constructor(
    private readonly fs: FileSystem,
    private readonly file: string,
    private readonly codec: Codec<T>,
    private readonly wording: Wording,
    private readonly options: SharedFileOptions = {},
  ) {
    this.names = sharedFileNames(file);
    this.now = options.now ?? (() => new Date());
  }

  /**
   * Runs an operation on the file: one at a time in this window, holding the cross-window lock,
   * and once again from the start if its write found the temporary file gone.
   */
  run<R>(operation: () => Promise<R>): Promise<R> {
    const locked = () => this.withLock(() => this.retryOnce(operation));
    const run = this.queue.then(locked, locked);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Reads the file, finishing an interrupted write and moving a damaged file aside (call inside `run`). */
  async read(): Promise<{ value: T; problem?: FileProblem }> {
    const recovered = await this.recoverInterruptedWrite();
    if (!(await this.fs.stat(this.file))) return { value: this.codec.empty() };
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(await this.fs.readFile(this.file));
    } catch (error) {
      const problem = await this.setAside([`it could not be read (${describe(error)})`], 0, 0);
      return { value: this.codec.empty(), problem };
    }
    const parsed = this.codec.parse(text);
    if (parsed.intact) return recovered ? { value: parsed.value, problem: recovered } : { value: parsed.value };
    const problem = await this.setAside(parsed.problems, this.codec.count(parsed.value), parsed.dropped);
    await this.write(parsed.value);
    return { value: parsed.value, problem };
  }

  /** Writes a temporary file of its own, then renames it over the file (call inside `run`). */
  async write(value: T): Promise<void> {
    const temp = this.names.temp(randomId());
    await this.fs.writeFile(temp, new TextEncoder().encode(this.codec.serialize(value)));
    try {
      await this.fs.rename(temp, this.file);
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

  private async retryOnce<R>(operation: () => Promise<R>): Promise<R> {
    try {
      return await operation();
    } catch (error) {
      if (!(error instanceof TempFileVanishedError)) throw error;
    }
    try {
      return await operation();
    } catch (error) {
      if (error instanceof TempFileVanishedError) throw new WriteConflictError(this.wording.what);
      throw error;
    }
  }

  private async withLock<R>(operation: () => Promise<R>): Promise<R> {
    const claim = this.names.lock(randomId());
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
      if (name === own || !this.names.isLock(name)) continue;
      const info = await this.statIfPresent(name);
      if (!info) continue;
      if (this.ageOf(info.mtime) >= LOCK_STALE_MS) await this.deleteIfPresent(name);
      else live = true;
    }
    return live;
  }

  /**
   * A temporary file left behind means a write stopped before its rename. Only files older than
   * TEMP_GRACE_MS are considered (a younger one may be another window's write in progress), oldest
   * first. A complete one (it parses in full) is finished when it is at least as new as the file; a
   * partial one, or one older than the file (the file was saved since), is discarded: the main file
   * was never touched by it.
   */
  private async recoverInterruptedWrite(): Promise<FileProblem | undefined> {
    const stale: { name: string; mtime: number }[] = [];
    for (const name of await this.fs.list()) {
      if (!this.names.isTemp(name)) continue;
      const info = await this.statIfPresent(name);
      if (info && this.ageOf(info.mtime) >= TEMP_GRACE_MS) stale.push({ name, mtime: info.mtime });
    }
    stale.sort((a, b) => a.mtime - b.mtime || a.name.localeCompare(b.name));
    let problem: FileProblem | undefined;
    for (const temp of stale) problem = (await this.recoverTemp(temp.name, temp.mtime)) ?? problem;
    return problem;
  }

  private async recoverTemp(temp: string, mtime: number): Promise<FileProblem | undefined> {
    if (!(await this.isComplete(temp))) {
      await this.deleteIfPresent(temp);
      return undefined;
    }
    // Never let the rename replace a main file that is itself damaged: keep that aside first.
    let problem: FileProblem | undefined;
    const main = await this.fs.stat(this.file);
    if (main) {
      if (!(await this.isComplete(this.file))) {
        problem = await this.setAside(['it could not be read in full'], 0, 0, 'the newest complete copy, saved just before VS Code stopped, was restored');
      } else if (main.mtime > mtime) {
        // Saved after this copy was made, so the copy is out of date: finishing it would undo that save.
        await this.deleteIfPresent(temp);
        return undefined;
      }
    }
    try {
      await this.fs.rename(temp, this.file);
    } catch (error) {
      if (await this.statIfPresent(temp)) throw error; // gone: another window dealt with it
    }
    return problem;
  }

  private async isComplete(name: string): Promise<boolean> {
    try {
      return this.codec.parse(new TextDecoder('utf-8', { fatal: true }).decode(await this.fs.readFile(name))).intact;
    } catch {
      return false;
    }
  }

  /** Milliseconds since `mtime` by this file's clock (negative for a time ahead of it: treated as new). */
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

  /** Moves the damaged file to <name>.corrupt-<time>.<ext> and reports it. Throws if it cannot be moved (then nothing is written over it). */
  private async setAside(problems: string[], kept: number, dropped: number, outcome?: string): Promise<FileProblem> {
    const { what, item, items, blocked } = this.wording;
    const dot = this.file.lastIndexOf('.');
    const [base, ext] = dot > 0 ? [this.file.slice(0, dot), this.file.slice(dot)] : [this.file, ''];
    const backup = `${base}.corrupt-${this.now().toISOString().replace(/[:.]/g, '-')}${ext}`;
    try {
      await this.fs.rename(this.file, backup);
    } catch (error) {
      const message = `The ${what} could not be read and could not be moved aside (${describe(error)}), so it was left untouched and ${blocked} until it is fixed or removed.`;
      this.options.onProblem?.({ message, kept: 0, dropped, details: problems });
      throw new FileUnavailableError(message);
    }
    const summary = outcome ?? (kept
      ? `kept ${kept} ${kept === 1 ? item : items}${dropped ? `, ${dropped} could not be recovered` : ''}`
      : dropped
        ? dropped === 1 ? `its one ${item} could not be recovered` : `none of its ${dropped} ${items} could be recovered`
        : `no ${items} could be recovered`);
    const problem: FileProblem = {
      message: `The ${what} was damaged (${problems[0]}): ${summary}. The original file is saved as ${backup}.`,
      backup,
      kept,
      dropped,
      details: problems,
    };
    this.options.onProblem?.(problem);
    return problem;
  }
}

function randomId(): string {
  return globalThis.crypto.randomUUID();
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

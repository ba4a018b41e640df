// The decision log on disk: decisions.json, a file several VS Code windows share. The mechanism
// that keeps it whole (one operation at a time, a cross-window lock, atomic writes, recovery of
// interrupted writes, damaged files moved aside) is core/sharedFile.ts; this module adds the
// log's three operations and tells listeners when the entries change or a problem is found.
import { FileUnavailableError, SharedFile, sharedFileNames, WriteConflictError, type FileProblem } from '../sharedFile';
import { parseLog, serializeLog } from './logFile';
import { entryToUpdate, updatedEntry } from './sameDecision';
import type { DecisionEntry } from './types';
import { validateDecisionInput } from './validate';

export { LOCK_STALE_MS, LOCK_WAIT_MS, TEMP_GRACE_MS, type FileSystem } from '../sharedFile';
import type { FileSystem } from '../sharedFile';

export const LOG_FILE = 'decisions.json';
const names = sharedFileNames(LOG_FILE);
/** The one temporary name every write used before each write had its own; still recovered. */
export const LEGACY_TEMP_FILE = names.legacyTemp;
/** The temporary file one write uses. */
export const tempFileName = names.temp;
/** A temporary file of an interrupted or in-progress write, this version's or an older one's. */
export const isTempFile = names.isTemp;
/** A window's claim on the log while it changes it. */
export const isLockFile = names.isLock;

/** Something the user should hear about: the log file was damaged and what was done about it. */
export type LogProblem = FileProblem;
/** The log cannot be written without destroying something (the damaged file could not be moved aside). */
export const LogUnavailableError = FileUnavailableError;
export type LogUnavailableError = FileUnavailableError;
/** The write failed twice because its temporary file vanished before the rename (another window cleaned it up). */
export const LogWriteConflictError = WriteConflictError;
export type LogWriteConflictError = WriteConflictError;

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

/** What logging a decision did: the entry as stored, and the entry it corrected, if it corrected one. */
export interface LoggedDecision {
  entry: DecisionEntry;
  replaced?: DecisionEntry;
}

export interface StoreOptions {
  now?: () => Date;
  newId?: () => string;
}

export class DecisionLogStore {
  private readonly file: SharedFile<DecisionEntry[]>;
  private entries: DecisionEntry[] = [];
  private readonly changeListeners = new Set<(entries: readonly DecisionEntry[]) => void>();
  private readonly problemListeners = new Set<(problem: LogProblem) => void>();
  private readonly now: () => Date;
  private readonly newId: () => string;
  private loadedOnce = false;

  constructor(
    fs: FileSystem,
    options: StoreOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID());
    const codec = {
      parse: (text: string) => {
        const parsed = parseLog(text);
        return { intact: parsed.intact, value: parsed.entries, problems: parsed.problems, dropped: parsed.dropped };
      },
      serialize: (entries: DecisionEntry[]) => serializeLog(entries),
      empty: (): DecisionEntry[] => [],
      count: (entries: DecisionEntry[]) => entries.length,
    };
    const wording = { what: 'decision log', item: 'decision', items: 'decisions', blocked: 'new decisions cannot be saved' };
    this.file = new SharedFile(fs, LOG_FILE, codec, wording, { now: this.now, onProblem: (problem) => this.report(problem) });
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
    return this.file.run(async () => {
      const { value: entries, problem } = await this.file.read();
      this.set(entries);
      return problem ? { entries, problem } : { entries };
    });
  }

  /** Validates and appends a decision; throws DecisionValidationError (nothing stored) on bad input. */
  append(input: unknown): Promise<DecisionEntry> {
    const checked = validateDecisionInput(input);
    if (!checked.ok) return Promise.reject(new DecisionValidationError(checked.problems));
    // Made once, so that a retry cannot log it twice.
    const entry: DecisionEntry = { ...checked.value, id: this.newId(), loggedAt: this.now().toISOString() };
    return this.modify((entries) => (entries.some((e) => e.id === entry.id) ? { entries, result: entry } : { entries: [...entries, entry], result: entry }));
  }

  /**
   * What Log This Decision does: appends the decision, or corrects the newest entry when it is
   * the same decision awaiting a reply (sameDecision.ts). `replaced` is the entry as it was
   * before the correction. Throws DecisionValidationError (nothing stored) on bad input.
   */
  log(input: unknown): Promise<LoggedDecision> {
    const checked = validateDecisionInput(input);
    if (!checked.ok) return Promise.reject(new DecisionValidationError(checked.problems));
    // Made once, so that a retry of the write cannot log it twice or stamp it twice.
    const now = this.now().toISOString();
    const added: DecisionEntry = { ...checked.value, id: this.newId(), loggedAt: now };
    let replaced: DecisionEntry | undefined;
    return this.modify<LoggedDecision>((entries) => {
      if (entries.some((e) => e.id === added.id)) return { entries, result: { entry: added } };
      // A retry after the correction was written: the entry is already the corrected one.
      const previous = replaced !== undefined && entries.some((e) => e.id === replaced?.id) ? replaced : entryToUpdate(entries, checked.value);
      if (previous === undefined) return { entries: [...entries, added], result: { entry: added } };
      replaced = previous;
      const entry = updatedEntry(previous, checked.value, now);
      return { entries: entries.map((e) => (e.id === previous.id ? entry : e)), result: { entry, replaced: previous } };
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
    return this.file.run(async () => {
      const { value: entries } = await this.file.read();
      const next = change(entries);
      if (next.entries !== entries) await this.file.write(next.entries);
      this.set(next.entries);
      return next.result;
    });
  }

  private set(entries: DecisionEntry[]): void {
    this.loadedOnce = true;
    const changed = serializeLog(entries) !== serializeLog(this.entries);
    this.entries = entries;
    if (changed) for (const listener of [...this.changeListeners]) listener(entries);
  }

  private report(problem: LogProblem): void {
    for (const listener of [...this.problemListeners]) listener(problem);
  }
}

// The user's per-document switch ("check anyway" / "stop checking"), remembered across restarts in
// the workspace's storage, keyed by the document's URI. Untitled documents have no lasting name, so
// their switch lasts for the session. Kept free of `vscode` (the storage is passed in) so a unit test
// can read the stored state back through a fresh instance, as a new window does.

export type CheckingChoice = 'on' | 'off';

/** The part of `vscode.Memento` this store uses. */
export interface ChoiceStorage {
  get<T>(key: string): T | undefined;
  update(key: string, value: unknown): Thenable<void>;
}

interface Stored {
  /** The choice. */
  c: CheckingChoice;
  /** When it was made (ms since the epoch): the oldest go first past the limit. */
  t: number;
}

export const choicesStorageKey = 'gracefulDecline.checkingChoices';
/** Enough for every note a person switches by hand; past it the oldest switches are forgotten. */
export const maxStoredChoices = 500;

export class CheckingChoices {
  private readonly session = new Map<string, CheckingChoice>();

  constructor(
    private readonly storage: ChoiceStorage,
    private readonly now: () => number = Date.now,
  ) {}

  /** The user's switch for a document, if they used it. */
  get(uri: string): CheckingChoice | undefined {
    if (isSessionOnly(uri)) return this.session.get(uri);
    const entry = this.stored()[uri];
    return entry?.c === 'on' || entry?.c === 'off' ? entry.c : undefined;
  }

  /** Remembers the switch (for the session only when the document is untitled). */
  async set(uri: string, choice: CheckingChoice): Promise<void> {
    if (isSessionOnly(uri)) {
      this.session.set(uri, choice);
      return;
    }
    const all = { ...this.stored(), [uri]: { c: choice, t: this.now() } };
    const keys = Object.keys(all);
    if (keys.length > maxStoredChoices) {
      for (const old of keys.sort((a, b) => all[a].t - all[b].t).slice(0, keys.length - maxStoredChoices)) delete all[old];
    }
    await this.storage.update(choicesStorageKey, all);
  }

  /** Whatever was stored, or nothing when it is not the shape we write (never throws on old or foreign data). */
  private stored(): Record<string, Stored> {
    const raw = this.storage.get<unknown>(choicesStorageKey);
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {};
    const valid: Record<string, Stored> = {};
    for (const [uri, entry] of Object.entries(raw as Record<string, unknown>)) {
      const e = entry as Partial<Stored> | null;
      if (e && (e.c === 'on' || e.c === 'off')) valid[uri] = { c: e.c, t: typeof e.t === 'number' ? e.t : 0 };
    }
    return valid;
  }
}

function isSessionOnly(uri: string): boolean {
  return uri.startsWith('untitled:');
}

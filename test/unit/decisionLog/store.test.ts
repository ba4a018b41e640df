import * as assert from 'node:assert/strict';
import { parseLog, serializeLog } from '../../../src/core/decisionLog/logFile';
import { DecisionLogStore, DecisionNotFoundError, DecisionValidationError, isLockFile, isTempFile, LEGACY_TEMP_FILE, LOCK_STALE_MS, LOG_FILE, LogUnavailableError, LogWriteConflictError, TEMP_GRACE_MS, type FileSystem, type LogProblem } from '../../../src/core/decisionLog/store';
import { entry, input } from './fixtures';
import { listDir, NodeFileSystem, readText, removeDir, removeFile, setModified, tempDir, writeText } from './nodeFs';

describe('DecisionLogStore (real files in a temporary folder)', () => {
  let dir: string;
  let fs: NodeFileSystem;
  let clock: Date;
  const store = (files: FileSystem = fs) => new DecisionLogStore(files, { now: () => clock });

  beforeEach(async () => {
    dir = await tempDir();
    fs = new NodeFileSystem(dir);
    clock = new Date('2026-03-02T10:00:00.000Z');
  });
  afterEach(() => removeDir(dir));

  describe('basic operations', () => {
    it('starts empty when there is no file, and creates none until something is logged', async () => {
      const { entries, problem } = await store().load();
      assert.deepEqual(entries, []);
      assert.equal(problem, undefined);
      assert.deepEqual(await listDir(dir), []);
    });

    it('appends an entry with an id and a logged time, in a versioned file another store reads back', async () => {
      const saved = await store().append(input());
      assert.match(saved.id, /^[0-9a-f-]{36}$/);
      assert.equal(saved.loggedAt, clock.toISOString());
      assert.equal(saved.company, 'Acme Analytics');
      const file = JSON.parse(await readText(dir, LOG_FILE));
      assert.equal(file.version, 1);
      const { entries } = await store().load();
      assert.deepEqual(entries, [saved]);
    });

    it('rejects bad input with every problem named, and stores nothing', async () => {
      const s = store();
      await s.append(input({ company: 'Kept' }));
      const before = await readText(dir, LOG_FILE);
      await assert.rejects(s.append({ ...input(), company: '  ', stage: 'fifth', replyBy: 'tomorrow' }), (error: unknown) => {
        assert.ok(error instanceof DecisionValidationError);
        assert.match(error.message, /company is missing/);
        assert.match(error.message, /stage must be one of/);
        assert.match(error.message, /reply by is not a date/);
        return true;
      });
      await assert.rejects(s.append(undefined), DecisionValidationError);
      assert.equal(await readText(dir, LOG_FILE), before);
      assert.equal(s.current.length, 1);
    });

    it('marks an entry answered and deletes one; an unknown id is a clear error', async () => {
      const s = store();
      const a = await s.append(input({ company: 'A' }));
      const b = await s.append(input({ company: 'B' }));
      clock = new Date('2026-03-03T08:00:00.000Z');
      const answered = await s.markAnswered(a.id);
      assert.equal(answered.answeredAt, '2026-03-03T08:00:00.000Z');
      await s.remove(b.id);
      const { entries } = await store().load();
      assert.deepEqual(entries.map((e) => [e.company, e.answeredAt]), [['A', '2026-03-03T08:00:00.000Z']]);
      await assert.rejects(s.remove(b.id), DecisionNotFoundError);
      await assert.rejects(s.markAnswered('nope'), DecisionNotFoundError);
    });

    it('log: the same decision logged again (newest entry, same company and role, not answered) corrects that entry instead of adding one', async () => {
      const s = store();
      const first = await s.log(input());
      assert.equal(first.replaced, undefined);
      clock = new Date('2026-03-02T10:05:00.000Z');
      const again = await s.log(input({ company: 'acme analytics', replyBy: '2026-03-02T14:00:00.000Z' }));
      assert.deepEqual(again.replaced, first.entry);
      assert.equal(again.entry.id, first.entry.id);
      assert.equal(again.entry.loggedAt, '2026-03-02T10:00:00.000Z', 'the first logged time stays');
      assert.equal(again.entry.updatedAt, '2026-03-02T10:05:00.000Z');
      const { entries } = await store().load();
      assert.deepEqual(entries, [again.entry], 'one entry, read back with its update time');
      assert.equal(entries[0].replyBy, '2026-03-02T14:00:00.000Z');
      // Another decision in between, or an answer: a new entry.
      await s.log(input({ company: 'Globex' }));
      assert.equal((await s.log(input())).replaced, undefined);
      await s.markAnswered(s.current[s.current.length - 1].id);
      assert.equal((await s.log(input())).replaced, undefined);
      assert.deepEqual(s.current.map((e) => e.company), ['acme analytics', 'Globex', 'Acme Analytics', 'Acme Analytics']);
      await assert.rejects(s.log({ company: 'No role or dates' }), DecisionValidationError);
    });

    it('log: a correction whose write is retried (its temporary file vanished) corrects once, and says what it replaced', async () => {
      await store().log(input());
      const vanishing = new VanishingTempFs(dir, 1);
      const again = await store(vanishing).log(input({ replyBy: '2026-03-02T14:00:00.000Z' }));
      assert.equal(vanishing.vanished, 1);
      assert.equal(again.replaced?.replyBy, '2026-03-04T09:00:00.000Z');
      assert.deepEqual((await store().load()).entries, [again.entry]);
    });

    it('tells listeners about changes', async () => {
      const s = store();
      const seen: number[] = [];
      s.onDidChange((entries) => seen.push(entries.length));
      await s.append(input());
      await s.append(input());
      assert.deepEqual(seen, [1, 2]);
    });

    it('picks up what another window wrote before changing the file', async () => {
      const first = store();
      const second = store();
      await first.append(input({ company: 'From window one' }));
      await second.append(input({ company: 'From window two' }));
      const { entries } = await first.load();
      assert.deepEqual(entries.map((e) => e.company), ['From window one', 'From window two']);
    });
  });

  describe('atomic writes', () => {
    it('leaves no temporary file behind after a write', async () => {
      const s = store();
      await s.append(input());
      await s.append(input());
      assert.deepEqual(await listDir(dir), [LOG_FILE]);
    });

    it('a crash while the temporary file is written leaves the log intact and loses nothing saved', async () => {
      const s = store();
      const kept = await s.append(input({ company: 'Saved earlier' }));
      const before = await readText(dir, LOG_FILE);
      const crashing = new CrashingFs(dir, 'writeFile');
      await assert.rejects(store(crashing).append(input({ company: 'Never acknowledged' })), /simulated crash/);
      assert.equal(await readText(dir, LOG_FILE), before, 'the log file itself was never touched');
      const temps = (await listDir(dir)).filter(isTempFile);
      assert.equal(temps.length, 1, 'the partial temporary file is there, as after a real crash');
      assert.notEqual(temps[0], LEGACY_TEMP_FILE, 'each write has its own temporary name');
      assert.deepEqual(await store().load(), { entries: [kept] }, 'within the grace period it is left alone');
      assert.ok((await listDir(dir)).includes(temps[0]));
      clock = new Date(Date.now() + TEMP_GRACE_MS + 1000);
      const { entries, problem } = await store().load();
      assert.deepEqual(entries, [kept]);
      assert.equal(problem, undefined);
      assert.deepEqual(await listDir(dir), [LOG_FILE], 'the partial copy was discarded');
    });

    it('a crash between writing the temporary file and the rename loses nothing: the next start finishes the write', async () => {
      await store().append(input({ company: 'Saved earlier' }));
      const crashing = new CrashingFs(dir, 'rename');
      await assert.rejects(store(crashing).append(input({ company: 'Written, not renamed' })), /simulated crash/);
      const files = await listDir(dir);
      assert.equal(files.length, 2);
      assert.ok(files.includes(LOG_FILE) && isTempFile(files.find((f) => f !== LOG_FILE) ?? ''));
      clock = new Date(Date.now() + TEMP_GRACE_MS + 1000);
      const { entries } = await store().load();
      assert.deepEqual(entries.map((e) => e.company), ['Saved earlier', 'Written, not renamed']);
      assert.deepEqual(await listDir(dir), [LOG_FILE]);
      assert.equal(parseLog(await readText(dir, LOG_FILE)).intact, true);
    });

    it('does not let a finished temporary copy replace a damaged log without backing it up', async () => {
      await writeText(dir, LOG_FILE, 'garbage that was the log');
      await writeText(dir, LEGACY_TEMP_FILE, serializeLog([entry()]));
      await setModified(dir, LOG_FILE, new Date(clock.getTime() - 5 * 60_000));
      await setModified(dir, LEGACY_TEMP_FILE, new Date(clock.getTime() - 60_000));
      const { entries, problem } = await store().load();
      assert.deepEqual(entries, [entry()]);
      assert.ok(problem?.backup);
      assert.equal(await readText(dir, problem.backup), 'garbage that was the log');
    });
  });

  describe('several windows sharing the folder', () => {
    const ago = (ms: number) => new Date(clock.getTime() - ms);

    it('two stores appending at once, 25 each interleaved, keep all 50 entries in a valid file', async () => {
      const windows = [store(), store()];
      const saved = await Promise.all(Array.from({ length: 50 }, (_, i) => windows[i % 2].append(input({ company: `Window ${i % 2} entry ${i}` }))));
      const parsed = parseLog(await readText(dir, LOG_FILE));
      assert.equal(parsed.intact, true);
      assert.equal(parsed.entries.length, 50);
      assert.deepEqual(parsed.entries.map((e) => e.id).sort(), saved.map((e) => e.id).sort());
      assert.deepEqual(await listDir(dir), [LOG_FILE], 'no temporary or lock file left');
      assert.equal(windows[0].current.length + windows[1].current.length > 50, true, 'each store saw the other one\'s entries');
    });

    it('leaves alone a partial temporary file another window is still writing', async () => {
      const kept = await store().append(input({ company: 'Saved earlier' }));
      const theirs = 'decisions.json.4f1c2a9e-0000-4000-8000-000000000001.tmp';
      await writeText(dir, theirs, '{"version": 1, "decisions": [');
      await setModified(dir, theirs, ago(5_000));
      const s = store();
      assert.deepEqual(await s.load(), { entries: [kept] });
      const added = await s.append(input({ company: 'Added meanwhile' }));
      assert.equal(await readText(dir, theirs), '{"version": 1, "decisions": [', 'their file is untouched');
      assert.deepEqual((await store().load()).entries, [kept, added]);
    });

    it('finishes a complete temporary file older than the grace period and newer than the log', async () => {
      await writeText(dir, LOG_FILE, serializeLog([entry({ id: 'a' })]));
      await setModified(dir, LOG_FILE, ago(5 * 60_000));
      const stopped = 'decisions.json.0d9e-stopped.tmp';
      await writeText(dir, stopped, serializeLog([entry({ id: 'a' }), entry({ id: 'b' })]));
      await setModified(dir, stopped, ago(TEMP_GRACE_MS + 1_000));
      const { entries, problem } = await store().load();
      assert.deepEqual(entries.map((e) => e.id), ['a', 'b']);
      assert.equal(problem, undefined);
      assert.deepEqual(await listDir(dir), [LOG_FILE]);
    });

    it('removes a partial temporary file older than the grace period, leaving the log as it was', async () => {
      const log = serializeLog([entry({ id: 'a' })]);
      await writeText(dir, LOG_FILE, log);
      const stopped = 'decisions.json.0d9e-partial.tmp';
      await writeText(dir, stopped, serializeLog([entry({ id: 'a' }), entry({ id: 'b' })]).slice(0, 40));
      await setModified(dir, stopped, ago(TEMP_GRACE_MS + 1_000));
      const { entries } = await store().load();
      assert.deepEqual(entries.map((e) => e.id), ['a']);
      assert.deepEqual(await listDir(dir), [LOG_FILE]);
      assert.equal(await readText(dir, LOG_FILE), log);
    });

    it('discards a complete leftover that is older than the log, so it cannot undo a later save', async () => {
      const stopped = 'decisions.json.0d9e-outdated.tmp';
      await writeText(dir, stopped, serializeLog([entry({ id: 'old' })]));
      await setModified(dir, stopped, ago(5 * 60_000));
      await writeText(dir, LOG_FILE, serializeLog([entry({ id: 'old' }), entry({ id: 'newer' })]));
      await setModified(dir, LOG_FILE, ago(60_000));
      const { entries } = await store().load();
      assert.deepEqual(entries.map((e) => e.id), ['old', 'newer']);
      assert.deepEqual(await listDir(dir), [LOG_FILE]);
    });

    it('still recovers the single temporary file older versions used: complete finished, partial removed, fresh left alone', async () => {
      await writeText(dir, LEGACY_TEMP_FILE, serializeLog([entry({ id: 'from-old-version' })]));
      await setModified(dir, LEGACY_TEMP_FILE, ago(TEMP_GRACE_MS + 1_000));
      assert.deepEqual((await store().load()).entries.map((e) => e.id), ['from-old-version']);
      assert.deepEqual(await listDir(dir), [LOG_FILE]);

      await writeText(dir, LEGACY_TEMP_FILE, '{"version": 1, "decis');
      await setModified(dir, LEGACY_TEMP_FILE, ago(TEMP_GRACE_MS + 1_000));
      assert.deepEqual((await store().load()).entries.map((e) => e.id), ['from-old-version']);
      assert.deepEqual(await listDir(dir), [LOG_FILE]);

      await writeText(dir, LEGACY_TEMP_FILE, '{"version": 1, "decis');
      await setModified(dir, LEGACY_TEMP_FILE, ago(1_000));
      await store().load();
      assert.deepEqual(await listDir(dir), [LOG_FILE, LEGACY_TEMP_FILE], 'an older version may still be writing it');
    });

    it('retries the whole write once when its temporary file vanishes before the rename, logging the entry once', async () => {
      await store().append(input({ company: 'Before' }));
      const vanishing = new VanishingTempFs(dir, 1);
      const saved = await store(vanishing).append(input({ company: 'After a clash' }));
      assert.equal(vanishing.vanished, 1);
      const { entries } = await store().load();
      assert.deepEqual(entries.map((e) => e.company), ['Before', 'After a clash']);
      assert.equal(entries[1].id, saved.id);
      assert.deepEqual(await listDir(dir), [LOG_FILE]);
    });

    it('fails with a clear message, changing nothing, when the temporary file vanishes on the retry too', async () => {
      await store().append(input({ company: 'Before' }));
      const before = await readText(dir, LOG_FILE);
      const vanishing = new VanishingTempFs(dir, Infinity);
      await assert.rejects(store(vanishing).append(input({ company: 'Never saved' })), (error: unknown) => {
        assert.ok(error instanceof LogWriteConflictError);
        assert.ok(error instanceof LogUnavailableError, 'handled like the other "cannot save now" errors');
        assert.match(error.message, /another VS Code window changed it at the same moment/);
        assert.match(error.message, /try again/);
        return true;
      });
      assert.equal(vanishing.vanished, 2, 'one retry, not more');
      assert.equal(await readText(dir, LOG_FILE), before);
    });

    it('waits while another window holds the lock, and goes ahead once it lets go', async () => {
      const theirs = 'decisions.json.other-window.lock';
      await writeText(dir, theirs, 'held');
      await setModified(dir, theirs, ago(1_000));
      const watching = new ClaimWatchingFs(dir);
      const pending = store(watching).append(input({ company: 'Waited' }));
      await watching.claimedTimes(3);
      assert.ok(!(await listDir(dir)).includes(LOG_FILE), 'nothing written while their claim is live');
      await removeFile(dir, theirs);
      const saved = await pending;
      assert.deepEqual((await store().load()).entries, [saved]);
      assert.deepEqual(await listDir(dir), [LOG_FILE]);
    });

    it('ignores and removes a lock claim left by a window that stopped', async () => {
      const theirs = 'decisions.json.stopped-window.lock';
      await writeText(dir, theirs, 'held');
      await setModified(dir, theirs, ago(LOCK_STALE_MS + 1_000));
      const watching = new ClaimWatchingFs(dir);
      await store(watching).append(input({ company: 'Not blocked' }));
      assert.equal(watching.claims, 1, 'got the lock at the first try');
      assert.deepEqual(await listDir(dir), [LOG_FILE]);
    });
  });

  describe('damaged files: backed up, reported, good entries kept', () => {
    async function loadDamaged(text: string | Uint8Array): Promise<{ entries: readonly unknown[]; problem: LogProblem; reported: LogProblem[] }> {
      await writeText(dir, LOG_FILE, text);
      const s = store();
      const reported: LogProblem[] = [];
      s.onProblem((p) => reported.push(p));
      const { entries, problem } = await s.load();
      assert.ok(problem, 'a problem is reported');
      assert.deepEqual(reported, [problem], 'listeners hear it once');
      assert.ok(problem.backup, 'a backup is named');
      assert.match(problem.backup, /^decisions\.corrupt-2026-03-02T10-00-00-000Z\.json$/);
      assert.deepEqual(typeof text === 'string' ? await readText(dir, problem.backup) : new Uint8Array(await fs.readFile(problem.backup)), text, 'the backup holds the original bytes');
      if ((await listDir(dir)).includes(LOG_FILE)) assert.equal(parseLog(await readText(dir, LOG_FILE)).intact, true, 'the log file is valid again');
      assert.ok(!(await listDir(dir)).some((f) => isTempFile(f) || isLockFile(f)), 'no temporary or lock file left');
      assert.doesNotMatch(problem.message, /\n\s+at /, 'no stack trace');
      return { entries, problem, reported };
    }

    it('not JSON: the original is kept aside and new entries are still saved', async () => {
      const { entries, problem } = await loadDamaged('this is not json at all');
      assert.deepEqual(entries, []);
      assert.match(problem.message, /damaged \(the file is not JSON\)/);
      assert.match(problem.message, /saved as decisions\.corrupt-/);
      const s = store();
      await s.append(input({ company: 'After the damage' }));
      const again = await store().load();
      assert.deepEqual(again.entries.map((e) => e.company), ['After the damage']);
      assert.equal(again.problem, undefined);
    });

    it('truncated JSON: every complete entry before the cut is kept', async () => {
      const full = serializeLog([entry({ id: 'a', company: 'One' }), entry({ id: 'b', company: 'Two, with {braces} and "quotes"' }), entry({ id: 'c', company: 'Three' })]);
      const cut = full.slice(0, full.lastIndexOf('"company"'));
      const { entries, problem } = await loadDamaged(cut);
      assert.deepEqual(entries.map((e) => (e as { id: string }).id), ['a', 'b']);
      assert.equal(problem.kept, 2);
      assert.equal(problem.dropped, 1);
      assert.match(problem.message, /cut off/);
      assert.match(problem.message, /kept 2 decisions, 1 could not be recovered/);
    });

    it('the wrong shape: nothing usable, still backed up rather than overwritten', async () => {
      const { entries, problem } = await loadDamaged('{"settings": {"theme": "dark"}}');
      assert.deepEqual(entries, []);
      assert.match(problem.message, /does not hold a list of decisions/);
    });

    it('a bare list instead of the versioned object: entries kept', async () => {
      const { entries } = await loadDamaged(JSON.stringify([entry({ id: 'x' })]));
      assert.deepEqual(entries, [entry({ id: 'x' })]);
    });

    it('an unknown version: entries kept, the original kept aside', async () => {
      const { entries, problem } = await loadDamaged(JSON.stringify({ version: 7, decisions: [entry()] }));
      assert.equal(entries.length, 1);
      assert.match(problem.message, /version 7/);
    });

    it('entries with bad fields: the good ones kept, the bad ones named', async () => {
      const text = JSON.stringify({
        version: 1,
        decisions: [entry({ id: 'good-1' }), { ...entry({ id: 'bad-stage' }), stage: 'tenth' }, { ...entry({ id: 'bad-date' }), replyBy: 'soon' }, 42, entry({ id: 'good-1' }), entry({ id: 'good-2' })],
      });
      const { entries, problem } = await loadDamaged(text);
      assert.deepEqual(entries.map((e) => (e as { id: string }).id), ['good-1', 'good-2']);
      assert.equal(problem.dropped, 4);
      assert.ok(problem.details.some((d) => /entry 2: stage must be one of/.test(d)));
      assert.ok(problem.details.some((d) => /entry 3: reply by is not a date/.test(d)));
      assert.ok(problem.details.some((d) => /entry 5: the id good-1 appears twice/.test(d)));
    });

    it('bytes that are not UTF-8 text: kept aside as unreadable', async () => {
      const { entries, problem } = await loadDamaged(new Uint8Array([0xff, 0xfe, 0x00, 0x7b, 0xc3]));
      assert.deepEqual(entries, []);
      assert.match(problem.message, /could not be read/);
    });

    it('an empty file is kept aside too (it may be a log that was cut to nothing)', async () => {
      const { problem } = await loadDamaged('');
      assert.match(problem.message, /empty/);
    });

    it('when the damaged file cannot be moved aside, nothing is written over it and appends fail clearly', async () => {
      await writeText(dir, LOG_FILE, 'not json');
      const stuck = new CrashingFs(dir, 'rename', Infinity, 'permission denied');
      const s = store(stuck);
      const reported: LogProblem[] = [];
      s.onProblem((p) => reported.push(p));
      await assert.rejects(s.append(input()), LogUnavailableError);
      assert.equal(await readText(dir, LOG_FILE), 'not json');
      assert.equal(reported.length, 1);
      assert.match(reported[0].message, /left untouched/);
    });
  });

  describe('concurrent writes', () => {
    it('keeps all 50 of 50 simultaneous appends, with a valid file', async () => {
      const s = store();
      const saved = await Promise.all(Array.from({ length: 50 }, (_, i) => s.append(input({ company: `Company ${i}` }))));
      assert.equal(new Set(saved.map((e) => e.id)).size, 50);
      const parsed = parseLog(await readText(dir, LOG_FILE));
      assert.equal(parsed.intact, true);
      assert.deepEqual(parsed.entries.map((e) => e.company).sort(), saved.map((e) => e.company).sort());
      assert.equal(parsed.entries.length, 50);
    });

    it('a failing operation does not block the ones queued after it', async () => {
      const s = store();
      const results = await Promise.allSettled([s.append(input({ company: 'One' })), s.markAnswered('missing'), s.append({}), s.append(input({ company: 'Two' }))]);
      assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'rejected', 'rejected', 'fulfilled']);
      assert.deepEqual((await store().load()).entries.map((e) => e.company), ['One', 'Two']);
    });

    it('interleaves appends, answers and deletes without losing any', async () => {
      const s = store();
      const first = await Promise.all(Array.from({ length: 10 }, (_, i) => s.append(input({ company: `C${i}` }))));
      await Promise.all([...first.slice(0, 5).map((e) => s.markAnswered(e.id)), ...first.slice(5, 8).map((e) => s.remove(e.id)), ...Array.from({ length: 5 }, (_, i) => s.append(input({ company: `D${i}` })))]);
      const { entries } = await store().load();
      assert.equal(entries.length, 12);
      assert.equal(entries.filter((e) => e.answeredAt).length, 5);
    });
  });
});

/** The real file system, except that one operation fails like a crash (after writing part of the data, for writeFile). */
class CrashingFs extends NodeFileSystem {
  constructor(
    dir: string,
    private readonly op: 'writeFile' | 'rename',
    private remaining = 1,
    private readonly reason = 'simulated crash',
  ) {
    super(dir);
  }
  override async writeFile(name: string, data: Uint8Array): Promise<void> {
    if (this.op === 'writeFile' && isTempFile(name) && this.remaining-- > 0) {
      await super.writeFile(name, data.slice(0, Math.floor(data.length / 2)));
      throw new Error(this.reason);
    }
    return super.writeFile(name, data);
  }
  override async rename(from: string, to: string): Promise<void> {
    if (this.op === 'rename' && this.remaining-- > 0) throw new Error(this.reason);
    return super.rename(from, to);
  }
}

/** The real file system, except that another window's cleanup deletes this store's temporary file just before its rename (`times` times). */
class VanishingTempFs extends NodeFileSystem {
  vanished = 0;
  constructor(
    dir: string,
    private readonly times: number,
  ) {
    super(dir);
  }
  override async rename(from: string, to: string): Promise<void> {
    if (isTempFile(from) && this.vanished < this.times) {
      this.vanished++;
      await super.delete(from);
    }
    return super.rename(from, to);
  }
}

/** The real file system, counting this store's lock claims (one written per attempt at the lock). */
class ClaimWatchingFs extends NodeFileSystem {
  claims = 0;
  private readonly waiters: { count: number; resolve: () => void }[] = [];
  override async writeFile(name: string, data: Uint8Array): Promise<void> {
    await super.writeFile(name, data);
    if (!isLockFile(name)) return;
    this.claims++;
    for (const waiter of this.waiters.filter((w) => this.claims >= w.count)) waiter.resolve();
  }
  claimedTimes(count: number): Promise<void> {
    return this.claims >= count ? Promise.resolve() : new Promise((resolve) => this.waiters.push({ count, resolve }));
  }
}

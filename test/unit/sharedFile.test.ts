// The shared-file mechanism on its own, with a codec of its own (a JSON list of words in
// notes.json): atomic writes, one operation at a time, damaged files moved aside, interrupted
// writes recovered, the cross-window lock. The decision log's tests cover it again through the log.
import * as assert from 'node:assert/strict';
import { FileUnavailableError, LOCK_STALE_MS, SharedFile, sharedFileNames, TEMP_GRACE_MS, WriteConflictError, type Codec, type FileProblem, type FileSystem } from '../../src/core/sharedFile';
import { listDir, NodeFileSystem, readText, removeDir, setModified, tempDir, writeText } from './decisionLog/nodeFs';

const FILE = 'notes.json';
const codec: Codec<string[]> = {
  parse(text) {
    try {
      const value: unknown = JSON.parse(text);
      if (!Array.isArray(value)) return { intact: false, value: [], problems: ['not a list'], dropped: 0 };
      const words = value.filter((v): v is string => typeof v === 'string');
      const dropped = value.length - words.length;
      return { intact: dropped === 0, value: words, problems: dropped ? [`${dropped} entries are not words`] : [], dropped };
    } catch {
      return { intact: false, value: [], problems: ['not JSON'], dropped: 0 };
    }
  },
  serialize: (value) => `${JSON.stringify(value)}\n`,
  empty: () => [],
  count: (value) => value.length,
};
const wording = { what: 'note list', item: 'note', items: 'notes', blocked: 'new notes cannot be saved' };

describe('SharedFile (real files in a temporary folder)', () => {
  let dir: string;
  let fs: NodeFileSystem;
  let clock: Date;
  let problems: FileProblem[];
  const shared = (files: FileSystem = fs) => new SharedFile(files, FILE, codec, wording, { now: () => clock, onProblem: (p) => problems.push(p) });
  const append = (file: SharedFile<string[]>, word: string) =>
    file.run(async () => {
      const { value } = await file.read();
      await file.write([...value, word]);
    });

  beforeEach(async () => {
    dir = await tempDir();
    fs = new NodeFileSystem(dir);
    clock = new Date('2026-03-02T10:00:00.000Z');
    problems = [];
  });
  afterEach(() => removeDir(dir));

  it('names its temporary and lock files after the file, and knows the name older versions used', () => {
    const names = sharedFileNames(FILE);
    assert.equal(names.temp('abc'), 'notes.json.abc.tmp');
    assert.equal(names.lock('abc'), 'notes.json.abc.lock');
    assert.ok(names.isTemp('notes.json.tmp') && names.isTemp('notes.json.9f-1.tmp'));
    assert.ok(!names.isTemp('notesXjson.1.tmp') && !names.isLock('notes.json.1.tmp') && names.isLock('notes.json.1.lock'));
  });

  it('reads an absent file as empty, and writes atomically, leaving no temporary or lock file', async () => {
    const file = shared();
    assert.deepEqual(await file.run(() => file.read()), { value: [] });
    await append(file, 'one');
    await append(shared(), 'two');
    assert.equal(await readText(dir, FILE), '["one","two"]\n');
    assert.deepEqual(await listDir(dir), [FILE]);
  });

  it('runs operations one at a time, so concurrent changes in one window all land', async () => {
    const file = shared();
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((w) => append(file, w)));
    assert.deepEqual([...codec.parse(await readText(dir, FILE)).value].sort(), ['a', 'b', 'c', 'd', 'e']);
  });

  it('says "its one note", not "none of its 1 note", when the only entry is lost', async () => {
    await writeText(dir, FILE, '[42]');
    const { problem } = await shared().run(() => shared().read());
    assert.match(problem?.message ?? '', /: its one note could not be recovered\./);
    await writeText(dir, FILE, '[42, 43]');
    const again = await shared().run(() => shared().read());
    assert.match(again.problem?.message ?? '', /: none of its 2 notes could be recovered\./);
  });

  it('moves a damaged file aside with its own words, keeps what it could, and reports it', async () => {
    await writeText(dir, FILE, '["kept", 42, "also kept"]');
    const { value, problem } = await shared().run(() => shared().read());
    assert.deepEqual(value, ['kept', 'also kept']);
    assert.equal(problem?.backup, 'notes.corrupt-2026-03-02T10-00-00-000Z.json');
    assert.equal(problem?.message, 'The note list was damaged (1 entries are not words): kept 2 notes, 1 could not be recovered. The original file is saved as notes.corrupt-2026-03-02T10-00-00-000Z.json.');
    assert.deepEqual(problems, [problem]);
    assert.equal(await readText(dir, problem.backup), '["kept", 42, "also kept"]');
    assert.equal(await readText(dir, FILE), '["kept","also kept"]\n');
  });

  it('leaves a damaged file untouched, and fails clearly, when it cannot be moved aside', async () => {
    await writeText(dir, FILE, 'not json');
    const stuck: FileSystem = { ...bind(fs), rename: () => Promise.reject(new Error('read-only folder')) };
    await assert.rejects(() => shared(stuck).run(() => shared(stuck).read()), (error: Error) => error instanceof FileUnavailableError && /new notes cannot be saved/.test(error.message));
    assert.equal(await readText(dir, FILE), 'not json');
    assert.equal(problems.length, 1);
  });

  it('finishes a complete interrupted write once it is old enough, and discards a partial one', async () => {
    await writeText(dir, FILE, '["old"]\n');
    await setModified(dir, FILE, new Date(clock.getTime() - 5 * 60_000));
    await writeText(dir, 'notes.json.done.tmp', '["old","new"]\n');
    await setModified(dir, 'notes.json.done.tmp', new Date(clock.getTime() - 60_000));
    await writeText(dir, 'notes.json.cut.tmp', '["old","ne');
    await setModified(dir, 'notes.json.cut.tmp', new Date(clock.getTime() - 60_000));
    await writeText(dir, 'notes.json.young.tmp', '["in progress"]\n');
    await setModified(dir, 'notes.json.young.tmp', new Date(clock.getTime() - TEMP_GRACE_MS / 2));
    const { value } = await shared().run(() => shared().read());
    assert.deepEqual(value, ['old', 'new']);
    assert.deepEqual(await listDir(dir), [FILE, 'notes.json.young.tmp'], 'another window may still be writing the young one');
  });

  it('waits for another window\'s live claim, and ignores a stale one', async () => {
    await writeText(dir, 'notes.json.stopped.lock', 'x');
    await setModified(dir, 'notes.json.stopped.lock', new Date(clock.getTime() - LOCK_STALE_MS - 1000));
    clock = new Date();
    await writeText(dir, 'notes.json.other.lock', 'x');
    let done = false;
    const pending = append(shared(), 'after').then(() => (done = true));
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(done, false, 'nothing written while their claim is live');
    await fs.delete('notes.json.other.lock');
    await pending;
    assert.deepEqual(await listDir(dir), [FILE]);
  });

  it('retries once when its temporary file vanishes before the rename, then fails clearly', async () => {
    let vanishings = 0;
    const racing: FileSystem = {
      ...bind(fs),
      rename: async (from, to) => {
        if (from.endsWith('.tmp') && vanishings < 2) {
          vanishings++;
          await fs.delete(from);
        }
        return fs.rename(from, to);
      },
    };
    await assert.rejects(() => append(shared(racing), 'lost'), (error: Error) => error instanceof WriteConflictError && /another VS Code window changed it/.test(error.message));
    assert.equal(vanishings, 2);
    vanishings = 1;
    await append(shared(racing), 'saved on the retry');
    assert.deepEqual(codec.parse(await readText(dir, FILE)).value, ['saved on the retry']);
  });
});

function bind(fs: NodeFileSystem): FileSystem {
  return { readFile: (n) => fs.readFile(n), writeFile: (n, d) => fs.writeFile(n, d), rename: (a, b) => fs.rename(a, b), delete: (n) => fs.delete(n), stat: (n) => fs.stat(n), list: () => fs.list() };
}

import * as assert from 'node:assert/strict';
import { CheckingChoices, choicesStorageKey, maxStoredChoices, type ChoiceStorage } from '../../../src/features/tone/checkingChoices';

/** A Memento as VS Code keeps one: values survive as long as the object (the workspace's storage). */
class MemoryStorage implements ChoiceStorage {
  readonly values = new Map<string, unknown>();
  get<T>(key: string): T | undefined {
    return structuredClone(this.values.get(key)) as T | undefined;
  }
  update(key: string, value: unknown): Thenable<void> {
    this.values.set(key, structuredClone(value));
    return Promise.resolve();
  }
}

describe('CheckingChoices (the per-document switch)', () => {
  const file = 'file:///home/me/notes/ideas.md';

  it('reads a saved document\'s switch back through a fresh instance, as a reloaded window does', async () => {
    const storage = new MemoryStorage();
    await new CheckingChoices(storage).set(file, 'on');
    assert.equal(new CheckingChoices(storage).get(file), 'on');
    await new CheckingChoices(storage).set(file, 'off');
    assert.equal(new CheckingChoices(storage).get(file), 'off');
    assert.equal(new CheckingChoices(storage).get('file:///home/me/notes/other.md'), undefined);
  });

  it('keeps an untitled document\'s switch for the session only', async () => {
    const storage = new MemoryStorage();
    const choices = new CheckingChoices(storage);
    await choices.set('untitled:Untitled-1', 'on');
    assert.equal(choices.get('untitled:Untitled-1'), 'on');
    assert.equal(new CheckingChoices(storage).get('untitled:Untitled-1'), undefined);
    assert.equal(storage.values.size, 0, 'nothing written for an untitled document');
  });

  it('forgets the oldest switches past the limit', async () => {
    const storage = new MemoryStorage();
    let clock = 0;
    const choices = new CheckingChoices(storage, () => ++clock);
    for (let i = 0; i <= maxStoredChoices; i++) await choices.set(`file:///n/${i}.md`, 'on');
    assert.equal(choices.get('file:///n/0.md'), undefined, 'the oldest is gone');
    assert.equal(choices.get(`file:///n/${maxStoredChoices}.md`), 'on');
    assert.equal(Object.keys(storage.values.get(choicesStorageKey) as object).length, maxStoredChoices);
  });

  it('ignores stored data of another shape instead of failing', async () => {
    const storage = new MemoryStorage();
    for (const junk of ['x', 3, null, ['on'], { [file]: 'on' }, { [file]: { c: 'maybe' } }]) {
      await storage.update(choicesStorageKey, junk);
      assert.equal(new CheckingChoices(storage).get(file), undefined, JSON.stringify(junk));
    }
    await new CheckingChoices(storage).set(file, 'on');
    assert.equal(new CheckingChoices(storage).get(file), 'on', 'a new switch replaces the junk');
  });
});

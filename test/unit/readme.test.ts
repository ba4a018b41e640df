import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import manifest from '../../package.json';
import { ruleIds } from '../../src/core/analysis/types';

const root = path.resolve(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** The README is the user's manual: it must name everything the extension contributes. */
describe('README.md stays true', () => {
  it('documents every command a person can run by its title', () => {
    // Commands hidden from the palette (internal hooks) are not for people.
    const hidden = new Set(manifest.contributes.menus.commandPalette.filter((m) => m.when === 'false').map((m) => m.command));
    const missing = manifest.contributes.commands.filter((c) => !hidden.has(c.command) && !readme.includes(c.title)).map((c) => c.title);
    assert.deepEqual(missing, []);
  });

  it('documents every setting', () => {
    const properties = Object.keys((manifest.contributes.configuration as { properties: Record<string, unknown> }).properties);
    assert.deepEqual(properties.filter((key) => !readme.includes(key)), []);
  });

  it('has a section for every rule (the same text as the page the editor opens from a hover)', () => {
    assert.deepEqual(ruleIds.filter((id) => !new RegExp(`^### \`?${id}\`?\\s*$`, 'm').test(readme)), []);
  });

  it('gives the two commands a newcomer needs', () => {
    assert.match(readme, /npm install && npm start/);
    assert.match(readme, /npm test/);
  });

  it('shows only images that exist', () => {
    for (const [, target] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
      assert.ok(fs.existsSync(path.join(root, target)), `missing image ${target}`);
    }
  });
});

// One source for each fact about settings and views: package.json cannot import code, so these
// tests hold it to the code's setting keys, defaults, view ids and rule documentation.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_MAX_BODY_WORDS, ruleDocs, ruleIds } from '../../src/core/analysis';
import { Views } from '../../src/host/commandIds';
import { CommandTitles } from '../../src/host/manifest';
import { ruleEntryNotice, section, Settings, wellFormed } from '../../src/host/settingIds';
import manifest from '../../package.json';

type Property = { default?: unknown; markdownDescription?: string; properties?: Record<string, { markdownDescription?: string }> };
const properties = manifest.contributes.configuration.properties as Record<string, Property>;
const root = path.resolve(__dirname, '..', '..');

describe('settings and views: code and package.json agree', () => {
  it('contributes exactly the settings the code reads', () => {
    assert.deepEqual(Object.keys(properties).sort(), Object.values(Settings).map((key) => `${section}.${key}`).sort());
  });

  it('falls back to exactly the defaults package.json contributes: each is there and well formed', () => {
    for (const key of Object.values(Settings)) {
      const property = properties[`${section}.${key}`];
      assert.ok(property, `${section}.${key} is contributed`);
      assert.ok('default' in property, `${section}.${key} has a default in package.json`);
      assert.ok(wellFormed[key](property.default), `${section}.${key}: the default ${JSON.stringify(property.default)} is what the reader accepts`);
    }
    assert.equal(properties[`${section}.${Settings.maxBodyWords}`].default, DEFAULT_MAX_BODY_WORDS);
  });

  it('names each command by its package.json title (CommandTitles)', () => {
    const titles = new CommandTitles(manifest);
    for (const command of manifest.contributes.commands) assert.equal(titles.of(command.command), command.title);
    assert.equal(new CommandTitles(undefined).of('gracefulDecline.fixAll'), 'gracefulDecline.fixAll');
  });

  it('describes each rule in the settings with the title, severity and summary of ruleDocs', () => {
    const rules = properties[`${section}.${Settings.rules}`].properties ?? {};
    for (const id of ruleIds) {
      const text = rules[id]?.markdownDescription ?? '';
      const doc = ruleDocs[id];
      for (const part of [`\`${id}\``, doc.title, doc.defaultSeverity, doc.summary]) assert.ok(text.includes(part), `${id}: the setting description lacks ${JSON.stringify(part)}`);
    }
  });

  it('states the engine body word limit in the over-explaining summary', () => {
    assert.ok(ruleDocs['over-explaining'].summary.includes(`${DEFAULT_MAX_BODY_WORDS} words by default`));
  });

  it('contributes exactly the views the code defines', () => {
    const contributed = Object.values(manifest.contributes.views).flat().map((view) => view.id);
    assert.deepEqual(contributed.sort(), [...Object.values(Views)].sort());
  });

  it('spells setting keys and view ids only in settingIds.ts and commandIds.ts', () => {
    const ids = [...Object.values(Settings).map((key) => `${section}.${key}`), ...Object.values(Views)];
    const quoted = new RegExp(`['"](${ids.map((id) => id.replace(/\./g, '\\.')).join('|')})(\\.focus)?['"]`);
    const owners = ['settingIds.ts', 'commandIds.ts'].map((f) => path.join(root, 'src', 'host', f));
    for (const file of collect(path.join(root, 'src')).filter((f) => !owners.includes(f))) {
      const lines = fs.readFileSync(file, 'utf8').split('\n');
      const hit = lines.findIndex((line) => quoted.test(line));
      assert.equal(hit, -1, `${path.relative(root, file)}:${hit + 1} spells an id: ${lines[hit]?.trim()}`);
    }
  });
});

describe('settings: the notice for a bad entry of gracefulDecline.rules', () => {
  // Exploratory run 5: one bad entry was announced as "cannot use the value of gracefulDecline.rules,
  // so it goes on with its default", while the other entries were still applied.
  it('names the entry and what to write instead, and says the other entries still apply', () => {
    const badValue = ruleEntryNotice('negative-tone', '"loud"', true, ['default', 'off', 'error']);
    assert.match(badValue, /"negative-tone": "loud" in gracefulDecline\.rules/);
    assert.match(badValue, /use one of "default", "off", "error"/);
    assert.match(badValue, /other rule settings still apply/);
    assert.doesNotMatch(badValue, /its default/);
    const unknown = ruleEntryNotice('no-such-rule', '"off"', false, ['off']);
    assert.match(unknown, /"no-such-rule": "off" .*no rule has that id/);
  });
});

function collect(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? collect(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ids from '../../src/host/commandIds';
import { CommandGroups, Commands } from '../../src/host/commandIds';
import manifest from '../../package.json';

const root = path.resolve(__dirname, '..', '..');

describe('package.json manifest', () => {
  const contributed = manifest.contributes.commands.map((c) => c.command);

  it('contributes exactly the commands the code defines', () => {
    assert.deepEqual([...contributed].sort(), [...Object.values(Commands)].sort());
  });

  it('puts every contributed command in exactly one feature group, and contributes every command of a group', () => {
    const grouped = Object.values(CommandGroups).flatMap((group) => Object.values(group) as string[]);
    assert.equal(new Set(grouped).size, grouped.length, 'a command id is in two groups');
    assert.deepEqual([...grouped].sort(), [...contributed].sort());
  });

  it('registers each group through a handler table (complete by type: one handler per command of the group)', () => {
    const sources = collect(path.join(root, 'src')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    const groupNames = Object.entries(ids).filter(([name, value]) => name.endsWith('Commands') && Object.values(CommandGroups).includes(value as never)).map(([name]) => name);
    assert.equal(groupNames.length, Object.keys(CommandGroups).length);
    for (const name of groupNames) {
      assert.match(sources, new RegExp(`CommandTable<typeof ${name}>`), `no handler table for ${name}`);
      assert.match(sources, new RegExp(`registerCommands\\(\\s*\\w+,\\s*${name}\\b`), `no registerCommands for ${name}`);
    }
    // Titles live in package.json only: no command title is typed in the host's code (the page's
    // buttons have their own sentence-case labels).
    const hostSources = collect(path.join(root, 'src')).filter((f) => !f.includes(`${path.sep}webview${path.sep}`)).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    for (const command of manifest.contributes.commands) {
      assert.doesNotMatch(hostSources, new RegExp(`['\`]${command.title.replace(/[?]/g, '\\?')}['\`]`, 'i'), `the title of ${command.command} is typed in src`);
    }
  });

  it('contributes nothing for the tests: test hooks come from activate() under ExtensionMode.Test only', () => {
    const hidden = (manifest.contributes.menus.commandPalette as { command: string; when: string }[]).filter((m) => m.when === 'false').map((m) => m.command);
    for (const command of manifest.contributes.commands) assert.doesNotMatch(`${command.command} ${command.title}`, /test/i, command.command);
    // Hidden: the quick fix's own command, and the one bridge between two features (New Decline
    // Draft tells the tone checker that the document it made is a draft; features never import each other).
    assert.deepEqual(hidden.sort(), ['gracefulDecline.disableRule', 'gracefulDecline.markAsDraft'], 'only the quick fix\'s command and the drafts-to-tone bridge are hidden from the palette');
  });

  it('writes welcome views with what they render: links, never Markdown emphasis shown as raw asterisks', () => {
    for (const welcome of manifest.contributes.viewsWelcome) {
      const withoutLinks = welcome.contents.replace(/\[[^\]]*\]\([^)]*\)/g, '');
      assert.doesNotMatch(withoutLinks, /[*_`]/, `${welcome.view}: ${welcome.contents}`);
    }
  });

  it('ticks the walkthrough\'s tone step only once a document was really checked (not when the command found no editor)', () => {
    const tone = manifest.contributes.walkthroughs[0].steps.find((s) => s.id === 'tone');
    assert.deepEqual(tone?.completionEvents, [`onContext:${ids.ContextKeys.documentChecked}`]);
  });

  it('gives every command a category', () => {
    for (const command of manifest.contributes.commands) assert.equal(command.category, 'Graceful Decline', command.command);
  });

  it('keeps engines.vscode and @types/vscode in step', () => {
    const engine = manifest.engines.vscode.replace(/^\^/, '');
    const types = manifest.devDependencies['@types/vscode'].replace(/^[\^~]/, '');
    assert.equal(types.split('.').slice(0, 2).join('.'), engine.split('.').slice(0, 2).join('.'));
    assert.ok(compare(types, engine) <= 0, '@types/vscode must not be newer than engines.vscode');
  });

  it('has snippet files that parse and are all contributed', () => {
    const dir = path.join(root, 'snippets');
    const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
    const declared = ((manifest.contributes as { snippets?: { path: string }[] }).snippets ?? []).map((s) => path.normalize(s.path));
    for (const file of files) {
      const parsed = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as Record<string, { prefix: unknown; body: unknown }>;
      assert.ok(Object.keys(parsed).length > 0, `${file} is empty`);
      assert.ok(declared.includes(path.normalize(`./snippets/${file}`)) || declared.includes(path.normalize(`snippets/${file}`)), `${file} is not contributed`);
    }
  });
});

function collect(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? collect(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

function compare(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}

import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Commands } from '../../src/features/commandIds';
import manifest from '../../package.json';

const root = path.resolve(__dirname, '..', '..');

describe('package.json manifest', () => {
  const contributed = manifest.contributes.commands.map((c) => c.command);

  it('contributes exactly the commands the code defines', () => {
    assert.deepEqual([...contributed].sort(), [...Object.values(Commands)].sort());
  });

  it('registers a handler for every command id in src/features or src/extension.ts', () => {
    const sources = collect(path.join(root, 'src')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    for (const [key] of Object.entries(Commands)) {
      assert.match(sources, new RegExp(`registerCommand\\(\\s*Commands\\.${key}\\b`), `no registerCommand for Commands.${key}`);
    }
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

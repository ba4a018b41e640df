import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import { splitTemplate } from '../../../src/core/templates';
import { bundleTemplates, plugin, root, templateFiles, templatesDir } from './builtins';

describe('template precompile step (scripts/templates-plugin.js)', () => {
  it('splits front matter from body exactly as the run-time parser does', () => {
    const samples = [
      ...templateFiles().map((f) => fs.readFileSync(path.join(templatesDir, f), 'utf8')),
      'no front matter\n{{a}}',
      '\uFEFF---\r\ntitle: t\r\n---\r\nbody\r\n',
      '---  \ntitle: t\n---\t\n\nbody',
      '---\n---\n',
    ];
    for (const text of samples) {
      const ours = splitTemplate(text, 'x.hbs');
      assert.ok(ours.ok);
      assert.equal(plugin.split(text).body, ours.value.body, JSON.stringify(text.slice(0, 40)));
    }
  });

  it('ships precompiled functions and only the front matter text, not the template bodies', async () => {
    const files = await bundleTemplates();
    assert.deepEqual(files.map((f) => f.file), templateFiles());
    for (const f of files) {
      assert.equal(typeof f.template, 'function');
      assert.match(f.text, /^---\n[\s\S]*\n---$/);
      assert.doesNotMatch(f.text, /Subject:/);
    }
  });

  it('fails the build with the file name when a built-in template does not compile', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gd-templates-'));
    try {
      fs.writeFileSync(path.join(dir, 'broken.hbs'), '---\ntitle: x\n---\nHello {{#if a}} never closed\n');
      await assert.rejects(bundleTemplates(dir), /broken\.hbs/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('bundles only handlebars/runtime into the extension (desktop and web), never the compiler', async () => {
    for (const platform of ['node', 'browser'] as const) {
      const result = await esbuild.build({
        entryPoints: [path.join(root, 'src', 'extension.ts')],
        bundle: true,
        write: false,
        metafile: true,
        platform,
        format: 'cjs',
        external: ['vscode'],
        mainFields: platform === 'browser' ? ['browser', 'module', 'main'] : undefined,
        logLevel: 'silent',
        plugins: [plugin.templatesPlugin()],
      });
      const inputs = Object.keys(result.metafile.inputs);
      assert.ok(inputs.some((i) => i.includes('handlebars/dist/cjs/handlebars.runtime.js')), `${platform}: runtime bundled`);
      assert.deepEqual(inputs.filter((i) => /handlebars\/(dist\/cjs\/handlebars\/compiler|lib\/handlebars\/compiler|dist\/cjs\/handlebars\.js)/.test(i)), [], `${platform}: no compiler`);
      assert.deepEqual(inputs.filter((i) => /node_modules\/source-map\//.test(i)), [], `${platform}: no source-map`);
    }
  });
});

// esbuild plugin: the virtual module `graceful-decline:builtin-templates` is every templates/*.hbs,
// its body precompiled with Handlebars at build time (noEscape: emails are plain text). The
// bundle then needs only `handlebars/runtime`; the front matter ships as text and is parsed at
// run time by src/core/templates. The split rule mirrors splitTemplate() in
// src/core/templates/frontMatter.ts; test/unit/templates/precompile.test.ts checks they agree.
const fs = require('node:fs');
const path = require('node:path');
const Handlebars = require('handlebars');

const moduleId = 'graceful-decline:builtin-templates';
const namespace = 'graceful-decline-templates';
const delimiter = /^---[ \t]*$/;

/** Returns { head, body }: head is the front matter block with its --- lines ('' if none). */
function split(text) {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!delimiter.test(lines[0] ?? '')) return { head: '', body: lines.join('\n') };
  const end = lines.findIndex((line, i) => i > 0 && delimiter.test(line));
  if (end < 0) return { head: lines.join('\n'), body: '' };
  return { head: lines.slice(0, end + 1).join('\n'), body: lines.slice(end + 1).join('\n') };
}

/** @param {{ dir?: string }} [options] the templates folder, default `templates` beside this script's parent. */
function templatesPlugin(options = {}) {
  const dir = path.resolve(options.dir ?? path.join(__dirname, '..', 'templates'));
  return {
    name: 'graceful-decline-templates',
    setup(build) {
      build.onResolve({ filter: /^graceful-decline:builtin-templates$/ }, () => ({ path: moduleId, namespace }));
      build.onLoad({ filter: /.*/, namespace }, () => {
        const files = fs.readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort();
        const entries = [];
        const errors = [];
        for (const file of files) {
          const text = fs.readFileSync(path.join(dir, file), 'utf8');
          const { head, body } = split(text);
          try {
            // Only if/unless are used (the same subset custom templates allow): plain lookups compile smaller.
            const spec = Handlebars.precompile(body, { noEscape: true, knownHelpers: { if: true, unless: true }, knownHelpersOnly: true, data: false });
            entries.push(`  { file: ${JSON.stringify(file)}, text: ${JSON.stringify(head)}, template: Handlebars.template(${spec}) }`);
          } catch (error) {
            errors.push({ text: `templates/${file}: ${error.message}` });
          }
        }
        if (errors.length) return { errors };
        return {
          contents: `import Handlebars from 'handlebars/runtime';\nexport default [\n${entries.join(',\n')}\n];\n`,
          loader: 'js',
          resolveDir: path.dirname(dir),
          watchDirs: [dir],
          watchFiles: files.map((f) => path.join(dir, f)),
        };
      });
    },
  };
}

module.exports = { templatesPlugin, split, moduleId };

// esbuild plugin: the phrase data (src/core/**/data/*.json and other JSON under src/core) ships
// without what only the tests read: each entry's `examples` and `nearMisses`, and `$comment`
// notes. The generic phrase test (test/unit/analysis/phrases.test.ts) runs the examples from the
// source files; the bundle needs only the phrases.
const fs = require('node:fs');
const path = require('node:path');

const TEST_ONLY = new Set(['examples', 'nearMisses']);

function strip(value) {
  if (Array.isArray(value)) return value.map(strip);
  if (value === null || typeof value !== 'object') return value;
  const out = {};
  for (const [key, v] of Object.entries(value)) if (!TEST_ONLY.has(key) && !key.startsWith('$comment')) out[key] = strip(v);
  return out;
}

function phraseDataPlugin() {
  const core = path.join(__dirname, '..', 'src', 'core') + path.sep;
  return {
    name: 'phrase-data',
    setup(build) {
      build.onLoad({ filter: /\.json$/ }, (args) => {
        if (!args.path.startsWith(core)) return undefined;
        return { contents: JSON.stringify(strip(JSON.parse(fs.readFileSync(args.path, 'utf8')))), loader: 'json' };
      });
    },
  };
}

module.exports = { phraseDataPlugin, strip };

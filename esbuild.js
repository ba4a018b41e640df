// Bundles the extension, its CLI, the webview scripts and (with --tests) the integration
// tests. `--production` minifies; `--watch` rebuilds on change. Prints each bundle's size.
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');
const { templatesPlugin } = require('./scripts/templates-plugin.js');
const { afinnPlugin } = require('./scripts/afinn-plugin.js');
const { phraseDataPlugin } = require('./scripts/phrase-data-plugin.js');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');

/** Shared options: one place for the target and source-map policy. */
const common = {
  bundle: true,
  minify: production,
  sourcemap: !production,
  sourcesContent: false,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
  // templates/*.hbs precompiled at build time (only handlebars/runtime ships); AFINN packed by score;
  // phrase data without its examples and near-misses (they are for the tests).
  plugins: [templatesPlugin(), afinnPlugin(), phraseDataPlugin()],
};

/** Node (desktop extension host) bundles: the extension and the CLI. */
const nodeBuilds = [
  { entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
].filter((b) => fs.existsSync(b.entryPoints[0]));

/** Browser bundles: the webview scripts and the web-worker extension entry. */
const browserBuilds = [
  { entryPoints: ['src/webview/main.ts'], outfile: 'dist/webview/main.js', format: 'iife', platform: 'browser' },
  { entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', format: 'cjs', platform: 'browser', external: ['vscode'], mainFields: ['browser', 'module', 'main'], define: { 'process.env.NODE_ENV': '"production"' } },
].filter((b) => fs.existsSync(b.entryPoints[0]));

function testBuilds() {
  const dir = 'test/integration';
  if (!fs.existsSync(dir)) return [];
  const entryPoints = fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
  // mocha and the vscode API stay external: the extension host resolves them at run time.
  const builds = [{ entryPoints, outdir: 'out/test/integration', external: ['vscode', 'mocha'], sourcemap: true }];
  // The host benchmark (`npm run bench:host`) is a separate mocha entry beside the tests.
  const bench = path.join(dir, 'bench');
  if (fs.existsSync(bench)) {
    const benchEntries = fs.readdirSync(bench).filter((f) => f.endsWith('.ts')).map((f) => path.join(bench, f));
    builds.push({ entryPoints: benchEntries, outdir: 'out/test/integration/bench', external: ['vscode', 'mocha'], sourcemap: true });
  }
  return builds;
}

/** The web worker host has no Node: its tests are one browser bundle with mocha inside. */
const webTestBuild = { entryPoints: ['test/web/index.ts'], outfile: 'out/test/web/index.js', format: 'cjs', platform: 'browser', external: ['vscode'], target: 'es2022' };

function describe(result) {
  for (const [file, info] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.map')) continue;
    console.log(`  ${file.padEnd(40)} ${(info.bytes / 1024).toFixed(1).padStart(8)} KB`);
  }
}

async function main() {
  const configs = [
    ...nodeBuilds.map((b) => ({ ...common, platform: 'node', format: 'cjs', target: 'node20', ...b })),
    ...browserBuilds.map((b) => ({ ...common, target: 'es2022', ...b })),
    ...(tests ? testBuilds().map((b) => ({ ...common, platform: 'node', format: 'cjs', target: 'node20', ...b })) : []),
    ...(tests ? [{ ...common, ...webTestBuild }] : []),
  ];
  if (watch) {
    for (const config of configs) {
      const ctx = await esbuild.context(config);
      await ctx.watch();
    }
    console.log('[esbuild] watching for changes');
    return;
  }
  const results = await Promise.all(configs.map((config) => esbuild.build(config)));
  console.log(`[esbuild] ${production ? 'production' : 'development'} build:`);
  results.forEach(describe);
}

main().catch((error) => {
  console.error(`[esbuild] ${error.message}`);
  process.exit(1);
});

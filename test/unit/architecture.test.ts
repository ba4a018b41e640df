// The import graph of src, read with the TypeScript compiler's own import scanner: no circles,
// imports that point one way (extension -> features -> host -> core), and the webview page and
// the host side of it meet only in the shared protocol.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import * as ts from 'typescript';

const root = path.resolve(__dirname, '..', '..');
const src = path.join(root, 'src');

function collect(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? collect(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** `src/...` paths, with `/` separators. */
const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

function resolve(from: string, specifier: string): string | undefined {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  return [`${base}.ts`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f));
}

/** file -> the src files it imports (type-only imports and re-exports included). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of collect(src)) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(file, 'utf8'), true, true);
    graph.set(rel(file), importedFiles.map((i) => resolve(file, i.fileName)).filter((f): f is string => f !== undefined).map(rel));
  }
  return graph;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
export function circles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indices = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string) => {
    indices.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!indices.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indices.get(w)!));
    }
    if (low.get(v) === indices.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!indices.has(v)) visit(v);
  return found;
}

const layer = (file: string) => file.split('/')[1].replace(/\.ts$/, '');
const featureOf = (file: string) => (file.startsWith('src/features/') ? file.split('/')[2] : undefined);
const PROTOCOL = 'src/webview/protocol.ts';

describe('architecture: the import graph of src', () => {
  const graph = importGraph();
  const edges = [...graph].flatMap(([from, tos]) => tos.map((to) => ({ from, to })));
  const offending = (test: (e: { from: string; to: string }) => boolean) => edges.filter(test).map((e) => `${e.from} -> ${e.to}`);

  it('reads the imports (sanity: the known wiring is seen)', () => {
    assert.ok(edges.some((e) => e.from === 'src/extension.ts' && e.to === 'src/features/tone/index.ts'));
    assert.ok(edges.some((e) => e.from === 'src/webview/main.ts' && e.to === PROTOCOL));
  });

  it('has no circles', () => {
    assert.deepEqual(circles(graph), []);
  });

  it('finds a circle when there is one (the check itself)', () => {
    const graphWithCircle = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['d']], ['e', ['a']]]);
    assert.deepEqual(circles(graphWithCircle).map((c) => c.join(',')).sort(), ['a,b,c', 'd']);
  });

  it('keeps the webview page and the features apart, except for the shared protocol', () => {
    assert.deepEqual(offending((e) => layer(e.from) === 'webview' && ['features', 'host', 'extension', 'cli'].includes(layer(e.to))), []);
    assert.deepEqual(offending((e) => layer(e.from) !== 'webview' && layer(e.to) === 'webview' && e.to !== PROTOCOL), []);
  });

  it('keeps src/core pure of every adapter layer', () => {
    assert.deepEqual(offending((e) => layer(e.from) === 'core' && layer(e.to) !== 'core'), []);
  });

  it('lets host/ serve the features without knowing them', () => {
    assert.deepEqual(offending((e) => layer(e.from) === 'host' && ['features', 'webview', 'extension'].includes(layer(e.to))), []);
  });

  it("imports each feature only through its index.ts, and a feature never imports another's files", () => {
    assert.deepEqual(offending((e) => layer(e.from) !== 'features' && featureOf(e.to) !== undefined && !e.to.endsWith('/index.ts')), []);
    assert.deepEqual(offending((e) => featureOf(e.from) !== undefined && featureOf(e.to) !== undefined && featureOf(e.from) !== featureOf(e.to)), []);
  });

  it('points imports inside a feature one way: from index.ts to the parts, never back', () => {
    assert.deepEqual(offending((e) => featureOf(e.to) !== undefined && e.to.endsWith('/index.ts') && featureOf(e.from) === featureOf(e.to)), []);
  });
});

describe('architecture: the analysis engine is loaded on the first check, not at activation', () => {
  it('leaves every engine module but its type list unevaluated when the bundle loads', async function () {
    this.timeout(60_000);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { templatesPlugin } = require(path.join(root, 'scripts', 'templates-plugin.js')) as { templatesPlugin(): esbuild.Plugin };
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { afinnPlugin } = require(path.join(root, 'scripts', 'afinn-plugin.js')) as { afinnPlugin(): esbuild.Plugin };
    const result = await esbuild.build({ entryPoints: [path.join(src, 'extension.ts')], bundle: true, write: false, platform: 'node', format: 'cjs', external: ['vscode'], logLevel: 'silent', plugins: [templatesPlugin(), afinnPlugin()] });
    const code = result.outputFiles[0].text;
    // esbuild wraps a lazily required module in `var init_<name> = __esm(...)` and calls it where it is first needed.
    const lazy = [...code.matchAll(/var (init_\w+) = __esm\(\{\s*"src\/core\/analysis\/(\S+)\.ts"/g)].map((m) => ({ init: m[1], file: m[2] }));
    assert.ok(lazy.some((m) => m.file === 'index'), 'the engine entry is wrapped for lazy loading');
    const eager = lazy.filter((m) => new RegExp(`^${m.init}\\(\\);`, 'm').test(code)).map((m) => m.file);
    assert.deepEqual(eager, ['types'], 'only the rule id list is evaluated at load');
  });
});

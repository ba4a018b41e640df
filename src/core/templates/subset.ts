// A small compiler for the part of Handlebars that decline templates need: {{field}}, {{{field}}},
// {{#if field}}…{{else}}…{{/if}}, {{#unless field}}…{{/unless}} and comments. Custom templates are
// compiled with it at run time, so the full Handlebars compiler (about 60 KB minified more than the
// runtime) never ships in the extension. Output is plain text: nothing is HTML-escaped. Standalone
// block and comment tags (alone on their line) take their line with them, as in Handlebars. A unit
// test renders every built-in template through both compilers and compares.
import type { Result, TemplateFn } from './types';

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'value'; name: string }
  | { kind: 'block'; name: string; negate: boolean; then: Node[]; otherwise: Node[] };

type Token =
  | { kind: 'text'; text: string }
  | { kind: 'tag'; tag: 'value' | 'open' | 'else' | 'close' | 'comment'; name: string; negate: boolean; line: number; source: string };

export interface CompiledSubset {
  render: TemplateFn;
  /** Every field name the template uses, in order of first use. */
  names: string[];
}

const identifier = '[A-Za-z_][A-Za-z0-9_]*';
const supported = 'Custom templates can use {{field}}, {{#if field}}, {{else}}, {{/if}}, {{#unless field}}, {{/unless}} and {{! comments }}.';

/** Compiles a template body. `firstLine` is the body's 1-based line in its file, for messages. */
export function compileSubset(body: string, file: string, firstLine = 1): Result<CompiledSubset> {
  const tokens = tokenize(body, file, firstLine);
  if (!tokens.ok) return tokens;
  stripStandalone(tokens.value);
  const names: string[] = [];
  const root: Node[] = [];
  const stack: { node: Extract<Node, { kind: 'block' }>; inElse: boolean; line: number; keyword: string }[] = [];
  const target = (): Node[] => {
    const top = stack[stack.length - 1];
    return top ? (top.inElse ? top.node.otherwise : top.node.then) : root;
  };
  const fail = (line: number, message: string): Result<CompiledSubset> => ({ ok: false, problem: { file, line, message } });
  for (const token of tokens.value) {
    if (token.kind === 'text') {
      if (token.text) target().push({ kind: 'text', text: token.text });
      continue;
    }
    if (token.tag !== 'comment' && token.tag !== 'else' && !names.includes(token.name) && token.name) names.push(token.name);
    switch (token.tag) {
      case 'comment':
        break;
      case 'value':
        target().push({ kind: 'value', name: token.name });
        break;
      case 'open': {
        const node: Extract<Node, { kind: 'block' }> = { kind: 'block', name: token.name, negate: token.negate, then: [], otherwise: [] };
        target().push(node);
        stack.push({ node, inElse: false, line: token.line, keyword: token.negate ? 'unless' : 'if' });
        break;
      }
      case 'else': {
        const top = stack[stack.length - 1];
        if (!top) return fail(token.line, '{{else}} appears outside any {{#if}} or {{#unless}} block');
        if (top.inElse) return fail(token.line, `a second {{else}} in the block opened on line ${top.line}`);
        top.inElse = true;
        break;
      }
      case 'close': {
        const top = stack.pop();
        const keyword = token.negate ? 'unless' : 'if';
        if (!top) return fail(token.line, `{{/${keyword}}} closes a block that was never opened`);
        if (top.keyword !== keyword) return fail(token.line, `{{/${keyword}}} does not match the {{#${top.keyword}}} opened on line ${top.line}`);
        break;
      }
    }
  }
  const open = stack.pop();
  if (open) return fail(open.line, `{{#${open.keyword} ${open.node.name}}} is never closed with {{/${open.keyword}}}`);
  return { ok: true, value: { names, render: (scope) => renderNodes(root, scope) } };
}

function renderNodes(nodes: readonly Node[], scope: Parameters<TemplateFn>[0]): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'value') out += scope.value(node.name);
    else out += renderNodes(scope.filled(node.name) !== node.negate ? node.then : node.otherwise, scope);
  }
  return out;
}

function tokenize(body: string, file: string, firstLine: number): Result<Token[]> {
  const tokens: Token[] = [];
  let at = 0;
  const lineAt = (offset: number): number => firstLine + countNewlines(body, offset);
  while (at <= body.length) {
    const start = body.indexOf('{{', at);
    if (start < 0) {
      tokens.push({ kind: 'text', text: body.slice(at) });
      break;
    }
    tokens.push({ kind: 'text', text: body.slice(at, start) });
    const line = lineAt(start);
    const closer = body.startsWith('{{!--', start) ? '--}}' : body.startsWith('{{{', start) ? '}}}' : '}}';
    const end = body.indexOf(closer, start + 2);
    if (end < 0) return { ok: false, problem: { file, line, message: `"${excerpt(body, start)}" is never closed with ${closer}` } };
    const source = body.slice(start, end + closer.length);
    const tag = classify(source, line);
    if (!tag) return { ok: false, problem: { file, line, message: `unsupported expression "${source.length > 40 ? `${source.slice(0, 40)}…` : source}". ${supported}` } };
    tokens.push(tag);
    at = end + closer.length;
    if (at === body.length) {
      tokens.push({ kind: 'text', text: '' });
      break;
    }
  }
  return { ok: true, value: tokens };
}

function classify(source: string, line: number): Token | undefined {
  const make = (tag: Extract<Token, { kind: 'tag' }>['tag'], name = '', negate = false): Token => ({ kind: 'tag', tag, name, negate, line, source });
  if (source.startsWith('{{!')) return make('comment');
  const triple = new RegExp(`^\\{\\{\\{\\s*(${identifier})\\s*\\}\\}\\}$`).exec(source);
  if (triple) return make('value', triple[1]);
  const inner = source.slice(2, -2).trim();
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^&?\\s*(${identifier})$`).exec(inner)) && m[1] !== 'else') return make('value', m[1]);
  if (inner === 'else') return make('else');
  if ((m = new RegExp(`^#(if|unless)\\s+(${identifier})$`).exec(inner))) return make('open', m[2], m[1] === 'unless');
  if ((m = /^\/(if|unless)$/.exec(inner))) return make('close', '', m[1] === 'unless');
  return undefined;
}

/** Handlebars' standalone rule: a block, else or comment tag alone on its line removes that line. */
function stripStandalone(tokens: Token[]): void {
  // Decide on the original text first, then strip: stripping one tag's line must not hide the next one's.
  const standalone = tokens.map((token, i) => {
    if (token.kind !== 'tag' || token.tag === 'value') return false;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before?.kind !== 'text' || after?.kind !== 'text') return false;
    const lineStart = i - 1 === 0 ? /(^|\n)[ \t]*$/ : /\n[ \t]*$/;
    const lineEnd = i + 1 === tokens.length - 1 ? /^[ \t]*(\r?\n|$)/ : /^[ \t]*\r?\n/;
    return lineStart.test(before.text) && lineEnd.test(after.text);
  });
  standalone.forEach((isStandalone, i) => {
    if (!isStandalone) return;
    const before = tokens[i - 1] as { text: string };
    const after = tokens[i + 1] as { text: string };
    before.text = before.text.replace(/[ \t]*$/, '');
    after.text = after.text.replace(/^[ \t]*(\r?\n)?/, '');
  });
}

function countNewlines(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function excerpt(text: string, start: number): string {
  const rest = text.slice(start).split('\n')[0];
  return rest.length > 30 ? `${rest.slice(0, 30)}…` : rest;
}

import * as assert from 'node:assert/strict';
import { checklistHtml, contentSecurityPolicy, makeNonce } from '../../../src/features/checklist/html';

const assets = { cspSource: 'https://file+.vscode-resource.vscode-cdn.net', scriptUri: 'https://x/dist/webview/main.js', styleUri: 'https://x/dist/webview/main.css', nonce: 'abc123' };

describe('checklist webview page', () => {
  it('starts its policy from default-src none and allows only nonce scripts and own styles', () => {
    const csp = contentSecurityPolicy(assets);
    assert.match(csp, /^default-src 'none'; /);
    assert.match(csp, /script-src 'nonce-abc123'(;|$)/);
    assert.match(csp, /style-src https:\/\/file\+\.vscode-resource\.vscode-cdn\.net(;|$)/);
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
  });

  it('loads exactly one script, from the bundle, with the nonce, and has no inline script or handler', () => {
    const html = checklistHtml(assets);
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    assert.deepEqual(scripts, ['<script nonce="abc123" src="https://x/dist/webview/main.js">']);
    assert.match(html, /<\/script>\s*<\/body>/);
    assert.doesNotMatch(html, /<script[^>]*>[^<]+<\/script>/, 'no inline script body');
    assert.doesNotMatch(html, /\son[a-z]+=/i, 'no inline event handler');
    assert.doesNotMatch(html, /style="/, 'no inline style');
  });

  it('escapes asset values into attributes', () => {
    const html = checklistHtml({ ...assets, styleUri: 'x"><script>alert(1)</script>' });
    assert.doesNotMatch(html, /<script>alert/);
  });

  it('makes a fresh 128-bit nonce each time', () => {
    const a = makeNonce();
    const b = makeNonce();
    assert.match(a, /^[0-9a-f]{32}$/);
    assert.notEqual(a, b);
  });
});

/**
 * The checklist webview's page shell. Everything the person sees is built by the bundled script
 * with DOM calls (textContent, never innerHTML); this page only loads it under a strict CSP.
 * Pure, so the policy is unit-tested.
 */

export interface PageAssets {
  /** `webview.cspSource`: the origin the webview's own resources are served from. */
  cspSource: string;
  scriptUri: string;
  styleUri: string;
  nonce: string;
}

/** 16 random bytes as hex, from the Web Crypto API (available in both extension hosts). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function contentSecurityPolicy(assets: Pick<PageAssets, 'cspSource' | 'nonce'>): string {
  return [`default-src 'none'`, `style-src ${assets.cspSource}`, `script-src 'nonce-${assets.nonce}'`, `base-uri 'none'`, `form-action 'none'`].join('; ');
}

const attribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function checklistHtml(assets: PageAssets): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy(assets))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(assets.styleUri)}">
<title>Should I Decline?</title>
</head>
<body>
<main id="app" aria-busy="true"><p class="loading">Loading the checklist...</p></main>
<script nonce="${attribute(assets.nonce)}" src="${attribute(assets.scriptUri)}"></script>
</body>
</html>`;
}

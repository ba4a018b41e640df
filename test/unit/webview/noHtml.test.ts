import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = path.resolve(__dirname, '..', '..', '..', 'src', 'webview');

describe('webview sources', () => {
  it('never turn text into HTML (no innerHTML, outerHTML, insertAdjacentHTML, document.write, eval)', () => {
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      assert.doesNotMatch(source, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, file);
    }
  });

  it('do not keep the webview alive when hidden (state lives in getState/setState)', () => {
    const all = [...fs.readdirSync(dir).map((f) => path.join(dir, f)), path.join(dir, '..', 'features', 'checklist.ts')].map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    assert.doesNotMatch(all, /retainContextWhenHidden\s*:/);
    assert.match(all, /setState\(/);
    assert.match(all, /getState\(/);
  });
});

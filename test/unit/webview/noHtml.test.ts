import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const dir = path.resolve(__dirname, '..', '..', '..', 'src', 'webview');
/** The host side of the view. */
const hostDir = path.resolve(dir, '..', 'features', 'checklist');
const files = () => [dir, hostDir].flatMap((d) => fs.readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => path.join(d, f)));

describe('webview sources', () => {
  it('never turn text into HTML (no innerHTML, outerHTML, insertAdjacentHTML, document.write, eval)', () => {
    for (const file of files()) {
      const source = fs.readFileSync(file, 'utf8');
      assert.doesNotMatch(source, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function\(/, file);
    }
  });

  it('do not keep the webview alive when hidden (state lives in getState/setState)', () => {
    const all = files().map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    assert.doesNotMatch(all, /retainContextWhenHidden\s*:/);
    assert.match(all, /setState\(/);
    assert.match(all, /getState\(/);
  });
});

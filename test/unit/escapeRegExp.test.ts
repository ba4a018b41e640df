// The one regex-escape helper: every character a regular expression gives a meaning to is matched
// as itself, and src keeps no second hand-written copy of it.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { escapeRegExp, literalPhrase } from '../../src/core/escapeRegExp';

describe('escapeRegExp', () => {
  it('matches each special character, and a mix of them, as itself and nothing else', () => {
    for (const text of ['.', '*', '+', '?', '^', '$', '{', '}', '(', ')', '|', '[', ']', '\\', '/', 'a.b*c', '(1+1)=2?', 'C:\\path\\[x]', 'decisions.json']) {
      const re = new RegExp(`^${escapeRegExp(text)}$`);
      assert.ok(re.test(text), text);
      assert.ok(!re.test(`${text}x`), `${text}x`);
    }
    assert.ok(!new RegExp(`^${escapeRegExp('a.b')}$`).test('axb'));
    // Valid in a Unicode-mode pattern too (the greetings and sign-offs are read with the u flag).
    assert.ok(new RegExp(`^${escapeRegExp('a/b (c)')}$`, 'u').test('a/b (c)'));
  });

  it('literalPhrase: a space matches any run of whitespace, a line break too; the words stay literal', () => {
    const re = new RegExp(`^${literalPhrase('thank you (again)')}$`);
    assert.ok(re.test('thank you (again)'));
    assert.ok(re.test('thank \n  you (again)'));
    assert.ok(!re.test('thankyou (again)'));
    assert.ok(!re.test('thank you again'));
  });

  it('is the only copy of the escape in src', () => {
    const src = path.resolve(__dirname, '..', '..', 'src');
    const files = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
    const copies = files(src)
      .filter((f) => fs.readFileSync(f, 'utf8').includes('+?^${}()|[\\]\\\\'))
      .map((f) => path.relative(src, f).split(path.sep).join('/'));
    assert.deepEqual(copies.sort(), ['core/escapeRegExp.ts']);
  });
});

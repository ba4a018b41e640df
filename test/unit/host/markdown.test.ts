import * as assert from 'node:assert/strict';
import { escapeMarkdown, withoutIcons } from '../../../src/host/markdown';

describe('host: Markdown for tooltips', () => {
  it('escapes Markdown syntax and keeps ordinary spaces (so hovers wrap between words)', () => {
    const text = 'Contoso (Product Analyst): *in* 3h [draft] #1 `x` <b> a_b $(bell) & more';
    const md = escapeMarkdown(text);
    assert.ok(!md.includes('&nbsp;'));
    assert.ok(md.includes('Contoso \\(Product Analyst\\): \\*in\\* 3h \\[draft\\] \\#1 \\`x\\` \\<b\\> a\\_b \\$\\(bell\\) \\& more'), md);
    assert.equal(md.replace(/\\(.)/g, '$1'), text, 'removing the escapes gives the text back');
  });

  it('keeps a line break a line break', () => {
    assert.equal(escapeMarkdown('one\ntwo'), 'one\n\ntwo');
  });

  it('reads a status text without its icon names', () => {
    assert.equal(withoutIcons('$(bell) Reply in 44h · $(check) Checking this draft · 1 issue'), 'Reply in 44h · Checking this draft · 1 issue');
  });
});

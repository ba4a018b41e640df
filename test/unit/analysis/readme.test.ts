// The README's rule sections say what ruleDocs says: one ### heading per rule id (diagnostics link
// to README.md#rule-id), with the same summary, reasons and fix.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleDocs, ruleIds } from '../../../src/core/analysis';
import { markdownProse } from '../../../src/core/analysis/ruleDocMarkdown';

const readme = fs.readFileSync(path.join(__dirname, '../../../README.md'), 'utf8');

describe('README: rules and benchmarks', () => {
  const rules = readme.slice(readme.indexOf('\n## Rules\n'));

  it('has a Rules section with exactly one ### heading per rule id', () => {
    assert.ok(readme.includes('\n## Rules\n'));
    for (const id of ruleIds) assert.equal(rules.split(`\n### ${id}\n`).length - 1, 1, id);
  });

  it('documents each rule with the wording of ruleDocs', () => {
    for (const id of ruleIds) {
      const start = rules.indexOf(`\n### ${id}\n`);
      const next = rules.indexOf('\n##', start + 5);
      const section = rules.slice(start, next === -1 ? undefined : next);
      const doc = ruleDocs[id];
      for (const text of [doc.title, markdownProse(doc.summary), markdownProse(doc.why), doc.example, markdownProse(doc.fix), doc.defaultSeverity]) assert.ok(section.includes(text), `${id}: README lacks ${JSON.stringify(text)}`);
    }
  });

  it('quotes the benchmark table', () => {
    const bench = readme.slice(readme.indexOf('\n## Performance\n'));
    assert.match(bench, /\| graceful-decline analyze\(\) \|/);
    assert.match(bench, /\| write-good \|/);
    assert.match(bench, /\| alex \(text\) \|/);
    assert.match(bench, /2-core/);
  });
});

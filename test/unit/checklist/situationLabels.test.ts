// The checklist names the template it recommends; that name must be the template's own title
// (the `title:` front matter of templates/<id>.hbs), and the README's table must use it too.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { situationLabel, situationLabels } from '../../../src/core/checklist/present';
import { situationIds } from '../../../src/core/checklist/situations';
import { parseFrontMatter, splitTemplate } from '../../../src/core/templates';

const root = path.resolve(__dirname, '..', '..', '..');
const templatesDir = path.join(root, 'templates');

function titleOf(file: string): string | undefined {
  const split = splitTemplate(fs.readFileSync(file, 'utf8'), file);
  assert.ok(split.ok, `${file}: ${!split.ok ? split.problem.message : ''}`);
  assert.ok(split.value.frontMatter, `${file} has no front matter`);
  const parsed = parseFrontMatter(split.value.frontMatter, split.value.frontMatterLine, file);
  assert.ok(parsed.ok, `${file}: ${!parsed.ok ? parsed.problem.message : ''}`);
  return parsed.value.title;
}

describe('situation labels', () => {
  const files = fs.readdirSync(templatesDir).filter((name) => name.endsWith('.hbs'));

  it('has a label for exactly the built-in templates', () => {
    assert.deepEqual(Object.keys(situationLabels).sort(), files.map((name) => name.replace(/\.hbs$/, '')).sort());
    assert.deepEqual([...situationIds].sort(), Object.keys(situationLabels).sort());
  });

  it("uses each template's front matter title, word for word", () => {
    assert.ok(files.length >= 15, `expected the 15 built-in templates, found ${files.length}`);
    for (const name of files) {
      const id = name.replace(/\.hbs$/, '');
      const title = titleOf(path.join(templatesDir, name));
      assert.ok(title, `${name} has no title`);
      assert.equal(situationLabel(id), title, `label for ${id}`);
    }
  });

  it("names every template in the README's table by the same title", () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const [id, title] of Object.entries(situationLabels)) {
      assert.ok(readme.includes(`| ${title} | \`${id}\` |`), `README row for ${id} should read "| ${title} | \`${id}\` |"`);
    }
  });
});

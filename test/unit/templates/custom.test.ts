import * as assert from 'node:assert/strict';
import { customTemplateLimitBytes, describeProblem, loadCustomTemplate, parseFrontMatter, renderTemplate, splitTemplate } from '../../../src/core/templates';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

function problemOf(file: string, text: string | Uint8Array) {
  const loaded = loadCustomTemplate(file, typeof text === 'string' ? bytes(text) : text);
  assert.equal(loaded.ok, false, `${file} should be rejected`);
  return (loaded as Extract<typeof loaded, { ok: false }>).problem;
}

describe('custom templates (gracefulDecline.templatesFolder)', () => {
  it('loads a valid template: front matter, custom fields, id and rendering', () => {
    const loaded = loadCustomTemplate(
      'my-decline.hbs',
      bytes('---\ntitle: "My decline"\nwhen: When I say no to agencies\nfields:\n  recipientName: Agent\n  - agency\n---\nSubject: Thanks\n\nHi {{recipientName}} at {{agency}}, thank you. {{senderName}}\n'),
    );
    assert.ok(loaded.ok);
    const t = loaded.value;
    assert.equal(t.id, 'custom:my-decline');
    assert.equal(t.title, 'My decline');
    assert.equal(t.origin, 'custom');
    assert.deepEqual(t.fields.map((f) => [f.name, f.label]), [['recipientName', 'Agent'], ['agency', 'Agency'], ['senderName', 'Your name']]);
    assert.equal(renderTemplate(t, { agency: 'AT&T' }).text, 'Subject: Thanks\n\nHi [Agent] at AT&T, thank you. [Your name]\n');
  });

  it('accepts a template without front matter, discovering its fields', () => {
    const loaded = loadCustomTemplate('quick_note.hbs', bytes('Subject: Hello\n\nThanks, {{recipientName}}. {{#if otherRole}}About {{otherRole}}.{{/if}}'));
    assert.ok(loaded.ok);
    assert.equal(loaded.value.title, 'Quick note');
    assert.deepEqual(loaded.value.fields.map((f) => f.name), ['recipientName', 'otherRole']);
    assert.equal(renderTemplate(loaded.value, {}).text, "Subject: Hello\n\nThanks, [Hiring manager's name].\n");
    assert.equal(renderTemplate(loaded.value, { otherRole: 'QA' }).text, "Subject: Hello\n\nThanks, [Hiring manager's name]. About QA.\n");
  });

  it('reports broken front matter with the file and line', () => {
    const unclosed = problemOf('a.hbs', '---\ntitle: x\nSubject: y\n');
    assert.deepEqual([unclosed.file, unclosed.line], ['a.hbs', 1]);
    const unknown = problemOf('b.hbs', '---\ntitle: x\ntitel: y\n---\nbody');
    assert.equal(unknown.line, 3);
    assert.match(unknown.message, /unknown key "titel"/);
    const badField = problemOf('c.hbs', '---\nfields:\n  recipientName: X\n  2nd: Y\n---\nbody');
    assert.equal(badField.line, 4);
    const stray = problemOf('d.hbs', '---\ntitle: x\n  indented: y\n---\n');
    assert.equal(stray.line, 3);
    const empty = problemOf('e.hbs', '---\ntitle:\n---\n');
    assert.match(describeProblem(empty), /^e\.hbs, line 2: "title" needs a value$/);
    // A message that ends a sentence loses its period, so the notification and the CLI never print "..".
    const each = loadCustomTemplate('each.hbs', new TextEncoder().encode('Hi {{#each x}}{{/each}}'));
    assert.ok(!each.ok);
    const described = describeProblem(each.problem);
    assert.match(described, /^each\.hbs, line 1: unsupported expression/);
    assert.doesNotMatch(`${described}.`, /\.\.$/);
    assert.equal(problemOf('f.hbs', '---\nfields: a, a\n---\n').line, 2);
  });

  it('reports a body that does not compile with the line in the file', () => {
    const unclosed = problemOf('g.hbs', '---\ntitle: G\n---\nSubject: x\n\nHello {{recipientName\n');
    assert.equal(unclosed.line, 6);
    assert.match(unclosed.message, /never closed/);
    const unsupported = problemOf('h.hbs', 'Subject: x\n\n{{#each people}}{{this}}{{/each}}');
    assert.equal(unsupported.line, 3);
    assert.match(unsupported.message, /unsupported expression "\{\{#each people\}\}"/);
    const mismatched = problemOf('i.hbs', '{{#if a}}\nx\n{{/unless}}');
    assert.equal(mismatched.line, 3);
    const open = problemOf('j.hbs', 'one\n{{#unless a}}\nx');
    assert.equal(open.line, 2);
    assert.equal(problemOf('k.hbs', 'x {{else}} y').line, 1);
    assert.equal(problemOf('l.hbs', '{{> partial}}').line, 1);
    assert.equal(problemOf('m.hbs', '{{helper arg}}').line, 1);
  });

  it('skips huge files with the size in the reason', () => {
    const huge = new Uint8Array(customTemplateLimitBytes + 1).fill(0x61);
    const problem = problemOf('huge.hbs', huge);
    assert.match(problem.message, /larger than the 256 KB a template may be/);
    assert.ok(loadCustomTemplate('limit.hbs', new Uint8Array(customTemplateLimitBytes).fill(0x61)).ok, 'exactly at the limit is fine');
  });

  it('skips binary files (NUL bytes) and files that are not UTF-8', () => {
    const binary = problemOf('logo.hbs', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0a, 0x00, 0x01]));
    assert.match(binary.message, /binary/);
    assert.equal(binary.line, 2);
    const latin1 = problemOf('latin1.hbs', new Uint8Array([0x43, 0x61, 0x66, 0xe9]));
    assert.match(latin1.message, /not valid UTF-8/);
  });

  it('never throws, whatever the bytes', () => {
    const samples = ['', '---', '---\n---', '{{', '}}', '{{{a}}', '{{!-- x', '\uFEFF---\ntitle: t\n---\n{{a}}', '---\r\ntitle: t\r\n---\r\nSubject: s\r\n{{a}}'];
    for (const s of samples) assert.doesNotThrow(() => loadCustomTemplate('x.hbs', bytes(s)), JSON.stringify(s));
    let seed = 7;
    for (let n = 0; n < 300; n++) {
      const random = new Uint8Array(64).map(() => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 128 || 0x7b);
      assert.doesNotThrow(() => loadCustomTemplate('r.hbs', random));
    }
  });
});

describe('front matter', () => {
  it('splits with CRLF line endings and a BOM, keeping line numbers', () => {
    const split = splitTemplate('\uFEFF---\r\ntitle: T\r\n---\r\nSubject: s\r\nbody', 'x.hbs');
    assert.ok(split.ok);
    assert.deepEqual(split.value.frontMatter, ['title: T']);
    assert.equal(split.value.bodyLine, 4);
    assert.equal(split.value.body, 'Subject: s\nbody');
  });

  it('accepts comments, blank lines, quoted values and the three field forms', () => {
    const parsed = parseFrontMatter(['# note', 'title: \'It\'s mine\'', '', 'when: "Always"', 'advice: Call', 'fields:', '  a: A label', '  - b', '  c'], 2, 'x.hbs');
    assert.ok(parsed.ok);
    assert.equal(parsed.value.title, "It's mine");
    assert.equal(parsed.value.when, 'Always');
    assert.deepEqual(parsed.value.fields.map((f) => f.label), ['A label', 'B', 'C']);
  });

  it('rejects tabs and duplicate keys with their line', () => {
    const tabs = parseFrontMatter(['fields:', '\ta: A'], 2, 'x.hbs');
    assert.ok(!tabs.ok && tabs.problem.line === 3);
    const twice = parseFrontMatter(['title: a', 'title: b'], 2, 'x.hbs');
    assert.ok(!twice.ok && twice.problem.line === 3);
  });
});

describe('rendering hostile field names and values', () => {
  it('treats __proto__, constructor and template syntax in values as plain data', () => {
    const loaded = loadCustomTemplate('x.hbs', bytes('{{constructor}} {{toString}} {{name}}'));
    assert.ok(loaded.ok);
    const input = JSON.parse('{"__proto__": "p", "constructor": "c", "name": "{{constructor}}"}') as Record<string, string>;
    assert.equal(renderTemplate(loaded.value, input).text, 'c [To string] {{constructor}}\n');
    assert.equal(renderTemplate(loaded.value, {}).text, '[Constructor] [To string] [Name]\n');
  });
});

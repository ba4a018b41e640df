import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Handlebars from 'handlebars';
import { builtinTemplateIds, compileSubset, renderTemplate, splitDraft, splitTemplate, type DeclineTemplate } from '../../../src/core/templates';
import { situationIds } from '../../../src/core/checklist/situations';
import { builtinTemplates, sampleFields, templateFiles, templatesDir } from './builtins';

describe('built-in decline templates', () => {
  let templates: DeclineTemplate[];
  before(async () => {
    templates = await builtinTemplates();
  });

  it('has exactly one .hbs file per situation id, in the agreed order', () => {
    assert.deepEqual(templateFiles(), [...builtinTemplateIds].map((id) => `${id}.hbs`).sort());
    assert.deepEqual(templates.map((t) => t.id), [...builtinTemplateIds]);
    assert.deepEqual([...builtinTemplateIds], [...situationIds], 'the checklist recommends the same situations');
  });

  it('gives every template a title, a "when to use" line and declared fields', () => {
    for (const t of templates) {
      assert.ok(t.title.length > 5 && t.title.length <= 50, `${t.id}: title "${t.title}"`);
      assert.ok(t.when.length > 20, `${t.id}: when`);
      // New Decline Draft shows it as the row under the title, which cuts off past about 80 characters.
      assert.ok(t.when.length <= 72, `${t.id}: "when" fits one row of the situation pick (${t.when.length} characters)`);
      assert.ok(t.fields.length >= 2, `${t.id}: fields`);
      assert.ok(t.fields.some((f) => f.name === 'senderName'), `${t.id}: signs off with senderName`);
      assert.ok(t.fields.some((f) => f.name === 'recipientName'), `${t.id}: greets recipientName`);
    }
  });

  it('declares every name a template uses, and uses every name it declares', () => {
    for (const file of templateFiles()) {
      const split = splitTemplate(fs.readFileSync(path.join(templatesDir, file), 'utf8'), file);
      assert.ok(split.ok);
      const compiled = compileSubset(split.value.body, file, split.value.bodyLine);
      assert.ok(compiled.ok, file);
      const declared = templates.find((t) => t.file === file)!.fields.map((f) => f.name).sort();
      assert.deepEqual([...compiled.value.names].sort(), declared, file);
    }
  });

  it('renders every template with all fields filled: a Subject line, the values, no placeholders, no stray braces', () => {
    for (const t of templates) {
      const { text, placeholders } = renderTemplate(t, sampleFields);
      const parts = splitDraft(text);
      assert.match(text, /^Subject: \S/, t.id);
      assert.ok(parts.subject.length > 0 && parts.subject.length <= 78, `${t.id}: subject "${parts.subject}"`);
      assert.deepEqual(placeholders, [], t.id);
      assert.doesNotMatch(text, /\[[^\]]*\]|\{\{|\}\}/, t.id);
      for (const f of t.fields) assert.ok(text.includes(sampleFields[f.name]), `${t.id} shows ${f.name}`);
      assert.ok(parts.body.endsWith(sampleFields.senderName), `${t.id} ends with the sender's name`);
      assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'), `${t.id}: one final newline`);
      assert.doesNotMatch(text, /\n{3,}/, `${t.id}: no double blank lines`);
    }
  });

  it('renders every template with empty fields: each field shows its visible [placeholder], first one first', () => {
    for (const t of templates) {
      for (const input of [{}, Object.fromEntries(t.fields.map((f) => [f.name, '   ']))]) {
        const { text, placeholders } = renderTemplate(t, input);
        for (const f of t.fields) assert.ok(text.includes(`[${f.label}]`), `${t.id}: [${f.label}]`);
        assert.ok(placeholders.length >= t.fields.length, t.id);
        const first = text.search(/\[[^\]\n]+\]/);
        assert.equal(placeholders[0].start, first, t.id);
        assert.equal(text.slice(placeholders[0].start, placeholders[0].end), placeholders[0].text);
      }
    }
  });

  it('keeps the body of messages short (under 130 words)', () => {
    for (const t of templates) {
      const words = splitDraft(renderTemplate(t, sampleFields).text).body.split(/\s+/).filter(Boolean).length;
      assert.ok(words <= 130, `${t.id}: ${words} words`);
    }
  });

  it('fits the LinkedIn note body into a 300-character connection request', async () => {
    const linkedin = templates.find((t) => t.id === 'linkedin-stay-in-touch')!;
    const body = splitDraft(renderTemplate(linkedin, sampleFields).text).body;
    assert.ok(body.length <= 300, `${body.length} characters`);
  });

  it('mentions the advice to call first for a last-minute cancellation', () => {
    const t = templates.find((x) => x.id === 'last-minute-cancellation')!;
    assert.match(`${t.when} ${t.advice}`, /call/i);
  });

  it('inserts values exactly as typed: no HTML escaping', () => {
    const t = templates.find((x) => x.id === 'withdraw-application')!;
    const { text } = renderTemplate(t, { company: 'AT&T', recipientName: "Ms O'Brien", senderName: '<Bob>', role: 'R&D "Lead" `x` = {{y}}' });
    assert.ok(text.includes('AT&T'), text);
    assert.ok(text.includes("Dear Ms O'Brien,"), text);
    assert.ok(text.endsWith('<Bob>\n'), text);
    assert.ok(text.includes('R&D "Lead" `x` = {{y}}'), 'values are not re-evaluated as template syntax');
    assert.doesNotMatch(text, /&amp;|&#x27;|&lt;|&gt;|&quot;|&#x60;|&#x3D;/);
  });

  it('renders the same through the run-time subset compiler as through precompiled Handlebars', () => {
    for (const t of templates) {
      const split = splitTemplate(fs.readFileSync(path.join(templatesDir, t.file), 'utf8'), t.file);
      assert.ok(split.ok);
      const compiled = compileSubset(split.value.body, t.file);
      assert.ok(compiled.ok);
      const viaSubset = { ...t, render: compiled.value.render };
      for (const input of [sampleFields, {}, { company: 'AT&T', recipientName: "O'Brien" }]) {
        assert.equal(renderTemplate(viaSubset, input).text, renderTemplate(t, input).text, t.id);
      }
    }
  });

  it('renders the same as the full Handlebars compiler with noEscape (the precompile is faithful)', () => {
    for (const t of templates) {
      const split = splitTemplate(fs.readFileSync(path.join(templatesDir, t.file), 'utf8'), t.file);
      assert.ok(split.ok);
      const full = Handlebars.compile(split.value.body, { noEscape: true });
      const expected = full({ ...sampleFields, company: 'AT&T <x>' });
      const actual = renderTemplate(t, { ...sampleFields, company: 'AT&T <x>' }).text;
      assert.equal(actual, `${expected.replace(/\n+$/, '')}\n`, t.id);
    }
  });
});

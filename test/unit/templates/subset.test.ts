import * as assert from 'node:assert/strict';
import Handlebars from 'handlebars';
import { compileSubset, renderTemplate } from '../../../src/core/templates';
import { fromHandlebars } from '../../../src/core/templates/handlebars';

/** Renders a body through our subset compiler and through full Handlebars (noEscape), same fields. */
function both(body: string, input: Record<string, string>): [string, string] {
  const compiled = compileSubset(body, 't.hbs');
  assert.ok(compiled.ok, body);
  const fields = compiled.value.names.map((name) => ({ name, label: name }));
  const ours = renderTemplate({ fields, render: compiled.value.render }, input).text;
  const theirs = renderTemplate({ fields, render: fromHandlebars(Handlebars.compile(body, { noEscape: true })) }, input).text;
  return [ours, theirs];
}

describe('run-time subset compiler for custom templates', () => {
  const cases = [
    'Hello {{name}}, {{{name}}} and {{& name}}.',
    'A\n{{#if name}}\nyes {{name}}\n{{else}}\nno\n{{/if}}\nZ',
    '  {{#unless name}}\n  none\n  {{/unless}}\nend',
    '{{! a comment }}\nline\n{{!-- a {{longer}} comment --}}\nlast',
    '{{#if a}}{{#if b}}both{{else}}a only{{/if}}{{/if}}',
    'inline {{#if a}}A{{/if}} text',
    '{{#if a}}\n{{/if}}\nY',
    'undeclared: {{mystery_field}}',
  ];

  for (const body of cases) {
    it(`matches Handlebars for ${JSON.stringify(body).slice(0, 50)}`, () => {
      const inputs: Record<string, string>[] = [{}, { name: 'AT&T <x>', a: 'x' }, { a: 'x', b: 'y' }, { b: 'y' }];
      for (const input of inputs) {
        const [ours, theirs] = both(body, input);
        assert.equal(ours, theirs, JSON.stringify(input));
      }
    });
  }

  it('renders an unfilled field as its placeholder but treats it as empty in {{#if}}', () => {
    const compiled = compileSubset('{{#if x}}has {{x}}{{else}}no x: {{x}}{{/if}}', 't.hbs');
    assert.ok(compiled.ok);
    const template = { fields: [{ name: 'x', label: 'The X' }], render: compiled.value.render };
    assert.equal(renderTemplate(template, {}).text, 'no x: [The X]\n');
    assert.equal(renderTemplate(template, { x: '1' }).text, 'has 1\n');
  });

  it('reports the name list in order of first use', () => {
    const compiled = compileSubset('{{b}} {{#if a}}{{b}}{{c}}{{/if}}', 't.hbs');
    assert.ok(compiled.ok);
    assert.deepEqual(compiled.value.names, ['b', 'a', 'c']);
  });
});

import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { emptyAnswers } from '../../../src/core/checklist/questions';
import { MAX_INSTANT_LENGTH, MAX_TEXT_LENGTH, checkAnswers } from '../../../src/core/checklist/validate';
import type { ChecklistAnswers } from '../../../src/core/checklist/types';
import { MAX_STATUS_LENGTH, parseHostMessage, parseWebviewMessage } from '../../../src/webview/protocol';

const answerTypes = ['changed', 'draft', 'log', 'calendar'] as const;
const textKeys = ['company', 'role', 'contactName', 'senderName'] as const;
const instantKeys = ['invitationReceivedAt', 'interviewAt'] as const;
const booleanKeys = ['recruiterInvolved', 'internalCandidate', 'rapport'] as const;
const choiceKeys = ['stage', 'contactMethod', 'otherOffer', 'goalsFit', 'feasible', 'redFlags', 'bandwidth', 'futureValue', 'openQuestions', 'alternative'] as const;

function filled(): ChecklistAnswers {
  return { ...emptyAnswers(), company: 'Acme', role: 'Analyst', interviewAt: '2026-11-30T10:00:00+01:00', goalsFit: 'yes', recruiterInvolved: true };
}

function preview(raw: unknown): string {
  try {
    return String(JSON.stringify(raw)).slice(0, 120);
  } catch {
    return '(unprintable)';
  }
}

function rejected(raw: unknown): string {
  const parsed = parseWebviewMessage(raw);
  assert.equal(parsed.ok, false, `should reject ${preview(raw)}`);
  return parsed.ok ? '' : parsed.reason;
}

describe('webview protocol: accepted messages', () => {
  it('accepts ready', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { ok: true, message: { type: 'ready' } });
  });

  for (const type of answerTypes) {
    it(`accepts a well-formed "${type}" and returns a copy, not the input object`, () => {
      const answers = filled();
      const parsed = parseWebviewMessage({ type, answers });
      assert.ok(parsed.ok);
      assert.equal(parsed.message.type, type);
      assert.ok('answers' in parsed.message);
      assert.deepEqual(parsed.message.answers, answers);
      assert.notEqual(parsed.message.answers, answers);
    });
  }

  it('accepts text at exactly the limit, and hostile-looking text as plain text', () => {
    const answers = { ...filled(), company: 'x'.repeat(MAX_TEXT_LENGTH), role: '<img src=x onerror=alert(1)>' };
    assert.ok(parseWebviewMessage({ type: 'changed', answers }).ok);
  });

  it('accepts an object with a null prototype', () => {
    const answers = Object.assign(Object.create(null) as object, filled());
    assert.ok(parseWebviewMessage(Object.assign(Object.create(null) as object, { type: 'draft', answers })).ok);
  });
});

describe('webview protocol: rejected messages (never thrown)', () => {
  it('rejects non-objects and unknown or missing types', () => {
    for (const raw of [null, undefined, 42, 'ready', true, [], [{ type: 'ready' }], new Date(), { type: 42 }, {}, { type: 'READY' }, { type: 'eval', code: 'x' }, { type: '__proto__' }]) {
      rejected(raw);
    }
    assert.match(rejected({ type: 'eval' }), /unknown message type "eval"/);
  });

  it('rejects ready with extra fields', () => {
    assert.match(rejected({ type: 'ready', answers: filled() }), /unknown field/);
    assert.match(rejected(JSON.parse('{"type":"ready","__proto__":{"polluted":true}}')), /unknown field/);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  for (const type of answerTypes) {
    describe(`"${type}"`, () => {
      it('rejects a missing answers object, a wrongly typed one, and extra top-level fields', () => {
        assert.match(rejected({ type }), /no answers/);
        for (const answers of [null, 'answers', 7, [], [filled()]]) assert.match(rejected({ type, answers }), /not an object/);
        assert.match(rejected({ type, answers: filled(), html: '<b>' }), /unknown field\(s\): "html"/);
      });

      it('rejects every missing field', () => {
        for (const key of Object.keys(filled()) as (keyof ChecklistAnswers)[]) {
          const answers: Partial<ChecklistAnswers> = filled();
          delete answers[key];
          assert.match(rejected({ type, answers }), new RegExp(`${key} is missing`));
        }
      });

      it('rejects extra fields inside answers, including __proto__ and constructor', () => {
        assert.match(rejected({ type, answers: { ...filled(), script: 'alert(1)' } }), /unknown field\(s\): "script"/);
        assert.match(rejected({ type, answers: JSON.parse(JSON.stringify({ ...filled() }).replace('{', '{"__proto__":{"x":1},')) }), /unknown field/);
        assert.match(rejected({ type, answers: { ...filled(), constructor: 'x' } }), /unknown field/);
      });

      it('rejects wrongly typed text, date, boolean and choice fields', () => {
        for (const key of [...textKeys, ...instantKeys]) {
          for (const bad of [1, null, true, ['a'], { toString: 'x' }]) assert.match(rejected({ type, answers: { ...filled(), [key]: bad } }), new RegExp(`${key} must be text`));
        }
        for (const key of booleanKeys) {
          for (const bad of ['true', 1, 0, null, {}]) assert.match(rejected({ type, answers: { ...filled(), [key]: bad } }), new RegExp(`${key} must be true or false`));
        }
        for (const key of choiceKeys) {
          for (const bad of ['maybe', 'YES', 1, null, true, ['yes']]) assert.match(rejected({ type, answers: { ...filled(), [key]: bad } }), new RegExp(`${key} is not one of the allowed values`));
        }
      });

      it('rejects oversized strings', () => {
        for (const key of textKeys) assert.match(rejected({ type, answers: { ...filled(), [key]: 'a'.repeat(MAX_TEXT_LENGTH + 1) } }), /longer than 200/);
        for (const key of instantKeys) assert.match(rejected({ type, answers: { ...filled(), [key]: '2'.repeat(MAX_INSTANT_LENGTH + 1) } }), /longer than 40/);
        assert.match(rejected({ type, answers: filled(), ['k'.repeat(100_000)]: 1 }), /unknown field\(s\): "k{40}\.\.\."/);
      });
    });
  }

  it('survives objects whose getters throw and proxies that lie', () => {
    const trap = { get type(): string { throw new Error('boom'); } };
    assert.match(rejected(trap), /could not be read/);
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, get: () => 'changed' });
    rejected(proxy);
    const answersTrap = { type: 'draft', answers: new Proxy(filled(), { get: () => { throw new Error('boom'); } }) };
    assert.match(rejected(answersTrap), /could not be read/);
  });

  it('keeps reasons short and printable whatever the input names', () => {
    const reason = rejected({ type: '\u0000\u001b[31m' + 'x'.repeat(5000) });
    assert.ok(reason.length < 120, reason);
    assert.doesNotMatch(reason, /[\u0000-\u001f]/);
  });

  it('property: arbitrary values never throw, and whatever is accepted is exactly a known shape', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (value) => {
        const parsed = parseWebviewMessage(value);
        if (parsed.ok) assert.ok(['ready', 'changed', 'draft', 'log', 'calendar'].includes(parsed.message.type));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.constantFrom(...answerTypes), fc.dictionary(fc.string(), fc.anything()), (type, answers) => {
        const parsed = parseWebviewMessage({ type, answers: { ...filled(), ...answers } });
        const changedKnown = Object.keys(answers).every((k) => k in filled());
        if (!changedKnown) assert.equal(parsed.ok, false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkAnswers for command arguments', () => {
  it('accepts the empty checklist and refuses a partial one', () => {
    assert.ok(checkAnswers(emptyAnswers()).ok);
    const partial = checkAnswers({ company: 'Acme' });
    assert.equal(partial.ok, false);
  });
});

describe('webview protocol: messages from the host, checked by the page', () => {
  it('accepts init (with answers or null) and status', () => {
    assert.deepEqual(parseHostMessage({ type: 'init', answers: null, replace: false }), { ok: true, message: { type: 'init', answers: null, replace: false } });
    const init = parseHostMessage({ type: 'init', answers: filled(), replace: true });
    assert.ok(init.ok && init.message.type === 'init' && init.message.answers?.company === 'Acme');
    assert.deepEqual(parseHostMessage({ type: 'status', tone: 'error', text: 'x' }), { ok: true, message: { type: 'status', tone: 'error', text: 'x' } });
  });

  it('rejects missing, extra, wrongly typed and oversized fields, and unknown types', () => {
    const bad: unknown[] = [
      null,
      { type: 'init' },
      { type: 'init', answers: null },
      { type: 'init', answers: null, replace: 'yes' },
      { type: 'init', answers: { ...filled(), company: 1 }, replace: false },
      { type: 'init', answers: null, replace: false, html: '<b>' },
      { type: 'status', tone: 'info' },
      { type: 'status', tone: 'loud', text: 'x' },
      { type: 'status', tone: 'info', text: 42 },
      { type: 'status', tone: 'info', text: 'x'.repeat(MAX_STATUS_LENGTH + 1) },
      { type: 'status', tone: 'info', text: 'x', extra: true },
      { type: 'eval', code: 'alert(1)' },
      { get type(): string { throw new Error('boom'); } },
    ];
    for (const raw of bad) assert.equal(parseHostMessage(raw).ok, false, preview(raw));
  });
});

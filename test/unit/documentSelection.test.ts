import * as assert from 'node:assert/strict';
import { DEFAULT_MAX_BODY_WORDS, ruleDocs, ruleIds } from '../../src/core/analysis';
import { globToRegExp, isCheckable, isIncluded, matchesGlob, type SelectionSettings } from '../../src/core/documentSelection';
import manifest from '../../package.json';

const defaults: SelectionSettings = { languages: ['plaintext', 'markdown', 'email'], include: [], exclude: ['**/node_modules/**'] };

describe('documentSelection', () => {
  describe('isCheckable', () => {
    it('checks the configured languages on file, untitled and virtual schemes', () => {
      assert.equal(isCheckable({ languageId: 'markdown', scheme: 'file', path: '/home/me/drafts/acme.md' }, defaults), true);
      assert.equal(isCheckable({ languageId: 'plaintext', scheme: 'untitled', path: 'Untitled-1' }, defaults), true);
      assert.equal(isCheckable({ languageId: 'email', scheme: 'vscode-vfs', path: '/github/me/repo/decline.eml' }, defaults), true);
      assert.equal(isCheckable({ languageId: 'markdown', scheme: 'memfs', path: '/sample/a.md' }, defaults), true);
    });

    it('skips languages that are not configured', () => {
      assert.equal(isCheckable({ languageId: 'typescript', scheme: 'file', path: '/src/a.ts' }, defaults), false);
      assert.equal(isCheckable({ languageId: 'markdown', scheme: 'file', path: '/a.md' }, { ...defaults, languages: ['plaintext'] }), false);
    });

    it('skips output channels, git views and other non-draft schemes', () => {
      assert.equal(isCheckable({ languageId: 'plaintext', scheme: 'output', path: 'extension-output-x' }, defaults), false);
      assert.equal(isCheckable({ languageId: 'markdown', scheme: 'git', path: '/repo/a.md' }, defaults), false);
    });

    it('honours exclude globs', () => {
      assert.equal(isCheckable({ languageId: 'markdown', scheme: 'file', path: '/w/node_modules/pkg/README.md' }, defaults), false);
      assert.equal(isCheckable({ languageId: 'markdown', scheme: 'file', path: '/w/CHANGELOG.md' }, { ...defaults, exclude: ['CHANGELOG.md'] }), false);
      assert.equal(isCheckable({ languageId: 'markdown', scheme: 'file', path: '/w/drafts/CHANGELOG.md.txt' }, { ...defaults, exclude: ['CHANGELOG.md'] }), true);
    });

    it('include globs match saved paths, never untitled drafts, and do not restrict the others', () => {
      const settings = { ...defaults, include: ['drafts/**'] };
      assert.equal(isIncluded({ languageId: 'markdown', scheme: 'file', path: '/w/drafts/acme.md' }, settings), true);
      assert.equal(isIncluded({ languageId: 'markdown', scheme: 'file', path: '/w/docs/guide.md' }, settings), false);
      assert.equal(isIncluded({ languageId: 'markdown', scheme: 'untitled', path: 'drafts/Untitled-2' }, settings), false);
      assert.equal(isIncluded({ languageId: 'markdown', scheme: 'file', path: '/w/drafts/acme.md' }, defaults), false, 'no include globs: nothing is included');
      // A path outside include is still considered (then decided by its text).
      assert.equal(isCheckable({ languageId: 'markdown', scheme: 'file', path: '/w/docs/guide.md' }, settings), true);
    });

    it('lets exclude win over include', () => {
      const settings = { ...defaults, include: ['**/*.md'], exclude: ['**/archive/**'] };
      assert.equal(isCheckable({ languageId: 'markdown', scheme: 'file', path: '/w/archive/old.md' }, settings), false);
      assert.equal(isCheckable({ languageId: 'markdown', scheme: 'file', path: '/w/new.md' }, settings), true);
    });
  });

  describe('matchesGlob', () => {
    const cases: [string, string, boolean][] = [
      ['*.eml', '/home/me/decline.eml', true],
      ['*.eml', '/home/me/decline.eml.bak', false],
      ['**/*.md', '/a/b/c.md', true],
      ['**/*.md', 'c.md', true],
      ['drafts/*.md', '/w/drafts/a.md', true],
      ['drafts/*.md', '/w/drafts/sub/a.md', false],
      ['drafts/**', '/w/drafts/sub/a.md', true],
      ['**/drafts/**/*.txt', '/w/drafts/x/y/z.txt', true],
      ['**/drafts/**/*.txt', '/w/drafts/z.txt', true],
      ['*.{md,txt}', '/w/a.txt', true],
      ['*.{md,txt}', '/w/a.eml', false],
      ['decline-?.md', '/w/decline-1.md', true],
      ['decline-?.md', '/w/decline-12.md', false],
      ['[ab].md', '/w/a.md', true],
      ['[!ab].md', '/w/a.md', false],
      ['[!ab].md', '/w/c.md', true],
      ['a.md', '/w/ba.md', false],
      ['./drafts/a.md', '/w/drafts/a.md', true],
      ['drafts\\a.md', '/w/drafts/a.md', true],
      ['', '/w/a.md', false],
      ['(a).md', '/w/(a).md', true],
      ['a+b.md', '/w/a+b.md', true],
      ['a+b.md', '/w/aab.md', false],
    ];
    for (const [glob, path, expected] of cases) {
      it(`${JSON.stringify(glob)} ${expected ? 'matches' : 'does not match'} ${path}`, () => {
        assert.equal(matchesGlob(glob, path), expected);
      });
    }

    it('treats malformed globs as matching nothing instead of throwing', () => {
      assert.equal(globToRegExp('[abc'), null);
      assert.equal(globToRegExp('{a,b'), null);
      assert.equal(matchesGlob('[abc', '/w/[abc'), false);
      assert.equal(matchesGlob('{a,b', '/w/a'), false);
    });
  });
});

describe('tone checking settings in package.json', () => {
  type Property = { default?: unknown; scope?: string; markdownDescription?: string; properties?: Record<string, { enum?: unknown[] }> };
  const properties = manifest.contributes.configuration.properties as Record<string, Property>;
  const setting = (key: string) => properties[`gracefulDecline.${key}`];

  it('lists every rule, with the severities the engine knows', () => {
    const rules = setting('rules').properties ?? {};
    assert.deepEqual(Object.keys(rules).sort(), [...ruleIds].sort());
    for (const rule of ruleIds) {
      assert.ok(rules[rule].enum?.includes('off'), `${rule} can be switched off`);
      assert.ok(rules[rule].enum?.includes(ruleDocs[rule].defaultSeverity), `${rule} offers its default severity`);
    }
  });

  it('uses the engine default body word limit', () => {
    assert.equal(setting('maxBodyWords').default, DEFAULT_MAX_BODY_WORDS);
  });

  it('checks the languages the extension registers, by default', () => {
    const languages = setting('languages').default as string[];
    const registered = ((manifest.contributes as { languages?: { id: string; extensions?: string[] }[] }).languages ?? []);
    assert.deepEqual(registered.find((l) => l.id === 'email')?.extensions, ['.eml']);
    assert.deepEqual([...languages].sort(), ['email', 'markdown', 'plaintext']);
  });

  it('documents every setting, with a scope', () => {
    for (const key of ['enable', 'rules', 'maxBodyWords', 'debounceMs', 'languages', 'include', 'exclude', 'maxDocumentSize']) {
      assert.ok(setting(key), `gracefulDecline.${key} is contributed`);
      assert.ok((setting(key).markdownDescription ?? '').length > 20, `gracefulDecline.${key} is described`);
      assert.ok(setting(key).scope, `gracefulDecline.${key} has a scope`);
    }
  });
});

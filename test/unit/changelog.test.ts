import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import manifest from '../../package.json';

describe('CHANGELOG.md', () => {
  it('starts with the version in package.json', () => {
    const changelog = fs.readFileSync(path.resolve(__dirname, '..', '..', 'CHANGELOG.md'), 'utf8');
    const top = /^##\s+\[?(\d+\.\d+\.\d+[^\]\s]*)/m.exec(changelog);
    assert.ok(top, 'CHANGELOG.md has a "## x.y.z" heading');
    assert.equal(top[1], manifest.version);
  });
});

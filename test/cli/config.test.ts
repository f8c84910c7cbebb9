// Bad rule options in bitext.config.json or `corpus check --config`: exit 2 with the setting named and
// what it should be, never a NaN threshold that silently checks nothing.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { repoRoot } from '../support/shared';

describe('cli: rule options in config', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-config-'));
    for (const name of ['library.vi.txt', 'library.en.txt']) copyFileSync(join(repoRoot, 'examples', name), join(dir, name));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('bitext check: a string threshold in bitext.config.json is refused, exit 2', async () => {
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ rules: { 'length-ratio': { zScore: '4' } } }));
    const result = await cli(dir, 'check', 'library.vi.txt');
    assert.equal(result.code, 2);
    assert.equal(result.out, '');
    assert.match(result.err, /rules\.length-ratio\.zScore: expected a number of at least 0, got "4" \(a string\)/);
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ rules: { 'length-ratio': { zScore: 4 } } }));
    assert.notEqual((await cli(dir, 'check', 'library.vi.txt')).code, 2, 'the same setting as a number is taken');
  });

  it('bitext corpus check --config: an unknown option and a bad value are refused, exit 2; "off" switches a rule off', async () => {
    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ rules: { 'line-shift': { z: -1 } } }));
    const bad = await cli(dir, 'corpus', 'check', '--config', 'bad.json', 'library.vi.txt', 'library.en.txt');
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--config bad\.json: rules\.line-shift\.z: expected a number of at least 0, got -1/);
    writeFileSync(join(dir, 'unknown.json'), JSON.stringify({ rules: { 'line-empty': { maxChars: 3 } } }));
    const unknown = await cli(dir, 'corpus', 'check', '--config', 'unknown.json', 'library.vi.txt', 'library.en.txt');
    assert.equal(unknown.code, 2);
    assert.match(unknown.err, /rules\.line-empty\.maxChars: line-empty has no option 'maxChars'/);
    // The files have 9 and 11 lines: line-empty and line-count say so unless switched off.
    const on = await cli(dir, 'corpus', 'check', '--format', 'jsonl', '--quiet', 'library.vi.txt', 'library.en.txt');
    assert.ok(on.out.includes('"rule":"line-count"'), on.out + on.err);
    writeFileSync(join(dir, 'off.json'), JSON.stringify({ rules: { 'line-count': 'off' } }));
    const off = await cli(dir, 'corpus', 'check', '--config', 'off.json', '--format', 'jsonl', '--quiet', 'library.vi.txt', 'library.en.txt');
    assert.ok(!off.out.includes('"rule":"line-count"'), off.out);
  });
});

// `viWordList` in bitext.config.json: the CLI reads the named word list and vietnamese-tone uses it;
// a list that cannot be read stops the command with exit 2 and says which and why.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { repoRoot } from '../support/shared';

describe('cli: viWordList', () => {
  let dir: string;
  const text = 'Hai bên hợp tác về đường sắt, cơ sở hạ tàng và nông nghiệp.\n';
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-vi-words-'));
    copyFileSync(join(repoRoot, 'test', 'fixtures', 'vi-words', 'words.txt'), join(dir, 'words.txt'));
    writeFileSync(join(dir, 'tin.txt'), text);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('bitext check finds the tone error with the list named, and not without it', async () => {
    const without = await cli(dir, 'check', 'tin.txt');
    assert.doesNotMatch(without.out, /vietnamese-tone/);
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ viWordList: 'words.txt' }));
    const result = await cli(dir, 'check', 'tin.txt');
    assert.equal(result.code, 0, result.err);
    assert.match(result.out, /^tin\.txt:1:40 info vietnamese-tone "tàng" makes no word here; "cơ sở hạ tàng" may be "cơ sở hạ tầng"/m);
  });

  it('bitext fix leaves the word alone (the fix is explicit)', async () => {
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ viWordList: 'words.txt' }));
    const result = await cli(dir, 'fix', 'tin.txt');
    assert.doesNotMatch(result.out, /tầng/);
  });

  it('a list that is missing, not UTF-8 or outside the workspace is refused, exit 2, naming the setting and the file', async () => {
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ viWordList: 'nope.txt' }));
    const missing = await cli(dir, 'check', 'tin.txt');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /bitext\.config\.json: viWordList: nope\.txt: cannot be read/);
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x68, 0xe0, 0x20, 0x74, 0xe0, 0x6e, 0x67, 0x0a]));
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ viWordList: 'latin1.txt' }));
    const latin1 = await cli(dir, 'check', 'tin.txt');
    assert.equal(latin1.code, 2);
    assert.match(latin1.err, /viWordList: latin1\.txt: not UTF-8 text/);
    // outside the workspace (by path, or through a symlink), the list is not read
    const outside = mkdtempSync(join(tmpdir(), 'bitext-vi-words-outside-'));
    try {
      copyFileSync(join(dir, 'words.txt'), join(outside, 'words.txt'));
      symlinkSync(join(outside, 'words.txt'), join(dir, 'linked.txt'));
      for (const named of [join(outside, 'words.txt'), 'linked.txt']) {
        writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ viWordList: named }));
        const refused = await cli(dir, 'check', 'tin.txt');
        assert.equal(refused.code, 2, named);
        assert.match(refused.err, /viWordList: .*: outside the workspace/);
      }
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ viWordList: 3 }));
    const wrong = await cli(dir, 'check', 'tin.txt');
    assert.equal(wrong.code, 2);
    assert.match(wrong.err, /viWordList: expected the path of a word list/);
  });
});

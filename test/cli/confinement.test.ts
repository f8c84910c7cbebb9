// The CLI stays inside what the user named (issue 10, item 1): a pairing rule (or a symlinked sibling)
// whose real path is outside the workspace root and the folders named is refused with a clear message
// (exit 2) and never read or written; `fix --write` writes only files named on the command line or
// found under a folder named on it.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';

const SEG = 'Chính_phủ đã củng_cố quan_hệ với Nga , Triều_Tiên .\n';
const SECRET = 'export PATH=$HOME/bin:$PATH  # SECRET_MARKER , keep  spacing\nalias ll = "ls -l"\n';

describe('bitext CLI: confined to the workspace and the paths named', function () {
  this.timeout(30000);
  let base: string;
  let ws: string;
  beforeEach(() => {
    base = mkdtempSync(join(tmpdir(), 'bitext-confine-'));
    ws = join(base, 'ws');
    mkdirSync(join(base, 'home'), { recursive: true });
    mkdirSync(ws);
    writeFileSync(join(base, 'home', '.bashrc'), SECRET);
    writeFileSync(join(ws, 'doc.vi.txt'), SEG);
  });
  afterEach(() => rmSync(base, { recursive: true, force: true }));

  for (const target of ['../home/.bashrc', 'ABSOLUTE']) {
    it(`a pairs rule to ${target === 'ABSOLUTE' ? 'an absolute path' : target} outside the workspace: refused, not read, not written`, async () => {
      const to = target === 'ABSOLUTE' ? join(base, 'home', '.bashrc') : target;
      writeFileSync(join(ws, 'bitext.config.json'), JSON.stringify({ pairs: { '*.vi.txt': to } }));
      const fix = await cli(ws, 'fix', '--write', '--segmentation', 'remove', 'doc.vi.txt');
      assert.equal(fix.code, 2, fix.err);
      assert.match(fix.err, /doc\.vi\.txt: its counterpart .*\.bashrc is outside the workspace/);
      assert.equal(readFileSync(join(base, 'home', '.bashrc'), 'utf8'), SECRET);
      const check = await cli(ws, 'check', '--format', 'json', 'doc.vi.txt');
      assert.equal(check.code, 2);
      assert.ok(!check.out.includes('SECRET_MARKER'), check.out);
    });
  }

  it('a sibling symlinked out of the workspace is refused; a folder named on the command line may be outside', async () => {
    symlinkSync(join(base, 'home', '.bashrc'), join(ws, 'doc.en.txt'));
    const r = await cli(ws, 'check', '--format', 'json', 'doc.vi.txt');
    assert.equal(r.code, 2);
    assert.match(r.err, /outside the workspace .*resolves to/);
    assert.ok(!r.out.includes('SECRET_MARKER'));
    // the outside folder named: its pairs are read
    mkdirSync(join(base, 'other'));
    writeFileSync(join(base, 'other', 'x.vi.txt'), 'Xin chào thế giới.\n');
    writeFileSync(join(base, 'other', 'x.en.txt'), 'Hello world.\n');
    const named = await cli(ws, 'check', '--format', 'json', join(base, 'other'));
    assert.notEqual(named.code, 2, named.err);
  });

  it('--write writes only the files named, or found under a folder named', async () => {
    writeFileSync(join(ws, 'doc.en.txt'), 'The government  has strengthened relations .\n');
    const one = await cli(ws, 'fix', '--write', '--segmentation', 'remove', 'doc.vi.txt');
    assert.equal(one.code, 0, one.err);
    assert.equal(readFileSync(join(ws, 'doc.vi.txt'), 'utf8'), 'Chính phủ đã củng cố quan hệ với Nga, Triều Tiên.\n');
    assert.equal(readFileSync(join(ws, 'doc.en.txt'), 'utf8'), 'The government  has strengthened relations .\n', 'a file not named was written');
    assert.match(one.err, /doc\.en\.txt: not written/);
    const folder = await cli(ws, 'fix', '--write', '--segmentation', 'remove', '.');
    assert.equal(folder.code, 0, folder.err);
    assert.equal(readFileSync(join(ws, 'doc.en.txt'), 'utf8'), 'The government has strengthened relations.\n');
  });
});

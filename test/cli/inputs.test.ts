// Inputs of any shape (issue 10): a pairing glob of many stars does not hang the CLI (item 3), CRLF
// corpora are line-aligned exactly as LF ones (item 10), a folder run reports a dangling symlink or a
// symlink loop and goes on (item 12), and a file in two pairs is fixed once without a spurious
// "changed on disk" (item 14). Real files in a temp folder; the hang case runs in a real process.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { cli } from '../support/cli';
import { repoRoot } from '../support/shared';
import { isLineShaped } from '../../server/src/core/pairing';

const bin = join(repoRoot, 'bin', 'bitext.js');
const VI = ['Xin chào thế giới.', 'Một hai ba bốn.', 'Thư viện mở cửa lại.', 'Hôm nay trời đẹp.', 'Chúng tôi đi học.'];
const EN = ['Hello world.', 'One two three four.', 'The library opened again.', 'The weather is fine today.', 'We go to school.'];

describe('bitext on inputs of any shape', function () {
  this.timeout(60000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bitext-in-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('item 3: a pairing glob with 13 stars in bitext.config.json: check answers (in a process, 30 s at most)', () => {
    const name = 'a'.repeat(40) + '.vi.txt';
    writeFileSync(join(dir, name), 'Xin chào thế giới.\n');
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ pairs: { ['*a'.repeat(13) + '*.en.txt']: 'x/$1', ['*a'.repeat(13) + '*.vi.txt']: 'ref.txt' } }));
    writeFileSync(join(dir, 'ref.txt'), 'Hello world.\n');
    const r = spawnSync(process.execPath, [bin, 'check', '--format', 'json', name], { cwd: dir, encoding: 'utf8', timeout: 30000 });
    assert.equal(r.signal, null, 'the check did not finish (killed after 30 s)');
    assert.ok(r.status === 0 || r.status === 1, r.stderr);
    assert.match(r.stdout, /ref\.txt/, 'paired by the rule');
  });

  it('item 10: a CRLF corpus is line-aligned exactly as the LF one: check, export --tmx and import give the same', async () => {
    const n = 3000;
    const vi = Array.from({ length: n }, (_, i) => `${VI[i % VI.length]} Số ${i}.`);
    const en = Array.from({ length: n }, (_, i) => `${EN[i % EN.length]} Number ${i}.`);
    for (const [eol, tag] of [
      ['\n', 'lf'],
      ['\r\n', 'crlf'],
    ]) {
      mkdirSync(join(dir, tag));
      writeFileSync(join(dir, tag, 'train.vi'), vi.join(eol) + eol);
      writeFileSync(join(dir, tag, 'train.en'), en.join(eol) + eol);
    }
    const units: string[] = [];
    for (const tag of ['lf', 'crlf']) {
      const cwd = join(dir, tag);
      const e = await cli(cwd, 'export', '--tmx', 'x.tmx', 'train.vi');
      assert.equal(e.code, 0, e.err);
      assert.match(e.err, /3,000 units written/, `${tag}: ${e.err}`);
      const tmx = readFileSync(join(cwd, 'x.tmx'), 'utf8');
      assert.ok(!tmx.includes('\r'), `${tag}: a CR in the TMX`);
      units.push(tmx);
      const i = await cli(cwd, 'import', 'x.tmx', '--out', 'back.vi,back.en');
      assert.equal(i.code, 0, i.err);
      assert.equal(readFileSync(join(cwd, 'back.vi'), 'utf8'), vi.join('\n') + '\n');
    }
    assert.equal(units[1], units[0]);
    const lf = await cli(join(dir, 'lf'), 'check', '--format', 'json', 'train.vi');
    const crlf = await cli(join(dir, 'crlf'), 'check', '--format', 'json', 'train.vi');
    assert.equal(crlf.code, lf.code);
    assert.equal(crlf.out, lf.out);
  });

  it('item 10 property: a text is line-shaped with CRLF exactly when it is with LF', () => {
    // (no lone CR inside a line: in an LF text a line ending in CR is a CRLF line)
    const line = fc.constantFrom('', ' ', '\t', 'a', 'Một hai', '  x ', ' \t ');
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), fc.boolean(), (lines, trailing) => {
        const lf = lines.join('\n') + (trailing ? '\n' : '');
        const crlf = lines.join('\r\n') + (trailing ? '\r\n' : '');
        assert.equal(isLineShaped(crlf), isLineShaped(lf), JSON.stringify(lf));
      }),
      { numRuns: 2000 },
    );
  });

  it('item 12: a folder with a dangling symlink and a symlink loop: each reported, the rest checked', async () => {
    mkdirSync(join(dir, 'docs', 'sub'), { recursive: true });
    writeFileSync(join(dir, 'docs', 'a.vi.txt'), 'Chính_phủ đã củng_cố quan_hệ .\n');
    writeFileSync(join(dir, 'docs', 'sub', 'z.vi.txt'), 'Chính_phủ đã củng_cố quan_hệ .\n');
    symlinkSync(join(dir, 'docs', 'gone.txt'), join(dir, 'docs', 'b.vi.txt'));
    symlinkSync(join(dir, 'docs'), join(dir, 'docs', 'sub', 'loop'));
    for (const args of [['check', 'docs'], ['corpus', 'check', 'docs', '--quiet', '--workers', '0']]) {
      const r = await cli(dir, ...args);
      assert.notEqual(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, /docs\/b\.vi\.txt: skipped \(a symlink to nothing\)/);
      assert.match(r.err, /docs\/sub\/loop: skipped \(a symlink loop/);
      assert.match(r.out, /docs\/a\.vi\.txt:1/);
      assert.match(r.out, /docs\/sub\/z\.vi\.txt:1/);
    }
  });

  it('item 14: a file in two pairs: fixed once, no "changed on disk", exit 0', async () => {
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ pairs: { 'a.vi.txt': 'shared.en.txt', 'c.vi.txt': 'shared.en.txt' } }));
    writeFileSync(join(dir, 'a.vi.txt'), 'Chính_phủ đã củng_cố quan_hệ .\n');
    writeFileSync(join(dir, 'c.vi.txt'), 'Thư_viện quốc_gia đã mở_cửa trở_lại .\n');
    writeFileSync(join(dir, 'shared.en.txt'), 'The government  strengthened relations .\n');
    const r = await cli(dir, 'fix', '--write', '--segmentation', 'remove', 'a.vi.txt', 'c.vi.txt', 'shared.en.txt');
    assert.equal(r.code, 0, r.err);
    assert.ok(!/changed on disk/.test(r.err), r.err);
    assert.equal(readFileSync(join(dir, 'a.vi.txt'), 'utf8'), 'Chính phủ đã củng cố quan hệ.\n');
    assert.equal(readFileSync(join(dir, 'c.vi.txt'), 'utf8'), 'Thư viện quốc gia đã mở cửa trở lại.\n');
    assert.equal(readFileSync(join(dir, 'shared.en.txt'), 'utf8'), 'The government strengthened relations.\n');
  });
});

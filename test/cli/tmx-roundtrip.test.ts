// `bitext export --tmx` / `bitext import` (issue 10, item 11), as a user runs them: linear time on a
// TMX full of unclosed elements (a clear error), a lone CR round-trips, a short corpus exported with
// undetermined languages imports back with its sides in place, `--langs und,und` keeps side B, and
// a property: any line-aligned pair comes back byte for byte.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { cli } from '../support/cli';
import { repoRoot } from '../support/shared';
import { tmxHeader, TMX_FOOTER } from '../../server/src/core/corpus/tmx';

const bin = join(repoRoot, 'bin', 'bitext.js');

describe('bitext export --tmx / import: every byte back, or a clear error', function () {
  this.timeout(120000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bitext-tmx-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('200,000 unclosed <tuv> or <seg>: a clear error in a process, well within 30 s', () => {
    for (const [name, inner] of [
      ['tuv', '<tuv xml:lang="vi">'.repeat(200000)],
      ['seg', '<tuv xml:lang="vi">' + '<seg>'.repeat(200000) + '</tuv>'],
    ]) {
      writeFileSync(join(dir, 'bad.tmx'), tmxHeader({ srclang: 'vi' }) + '<tu>' + inner + '</tu>' + TMX_FOOTER);
      const r = spawnSync(process.execPath, [bin, 'import', 'bad.tmx', '--out', 'a.vi,b.en'], { cwd: dir, encoding: 'utf8', timeout: 30000 });
      assert.equal(r.signal, null, `${name}: did not finish in 30 s`);
      assert.equal(r.status, 2, r.stderr);
      assert.match(r.stderr, new RegExp(`bad\\.tmx: a <${name}> is not closed`));
    }
  });

  it('a lone CR inside a line comes back; a short corpus (languages undetermined) imports with side B as side B', async () => {
    writeFileSync(join(dir, 'a.txt'), 'x\ry\nz\n');
    writeFileSync(join(dir, 'b.txt'), 'p\nq\rr\n');
    const e = await cli(dir, 'export', '--tmx', 'x.tmx', '--line-aligned', 'a.txt', 'b.txt');
    assert.equal(e.code, 0, e.err);
    const i = await cli(dir, 'import', 'x.tmx', '--out', 'back.a,back.b');
    assert.equal(i.code, 0, i.err);
    assert.equal(readFileSync(join(dir, 'back.a'), 'utf8'), 'x\ry\nz\n');
    assert.equal(readFileSync(join(dir, 'back.b'), 'utf8'), 'p\nq\rr\n');
  });

  it('--langs und,und (or en,en) keeps side B: each side takes its own variant', async () => {
    writeFileSync(join(dir, 'a.txt'), 'first A\nsecond A\n');
    writeFileSync(join(dir, 'b.txt'), 'first B\nsecond B\n');
    for (const langs of ['und,und', 'en,en']) {
      assert.equal((await cli(dir, 'export', '--tmx', 'x.tmx', '--line-aligned', '--langs', langs, 'a.txt', 'b.txt')).code, 0);
      for (const args of [['--langs', langs], []]) {
        const i = await cli(dir, 'import', 'x.tmx', '--out', 'back.a,back.b', ...args);
        assert.equal(i.code, 0, i.err);
        assert.equal(readFileSync(join(dir, 'back.a'), 'utf8'), 'first A\nsecond A\n', `${langs} ${args.join(' ')}`);
        assert.equal(readFileSync(join(dir, 'back.b'), 'utf8'), 'first B\nsecond B\n', `${langs} ${args.join(' ')}`);
      }
    }
  });

  it('property: a line-aligned pair with any characters (control characters, CR, ]]>, astral) exports and imports back byte for byte', async () => {
    const ch = fc.oneof(
      fc.integer({ min: 1, max: 0x1f }).filter((c) => c !== 0x0a).map((c) => String.fromCharCode(c)),
      fc.constantFrom(']]>', '<', '&amp;', '"', '<![CDATA[', '</seg>', '<!--', 'ạ', 'Việt', '\u2028', '\ufffe'),
      fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
    );
    // a line never ends in CR: before the line feed that is a CRLF line end, not text
    const line = fc.array(ch, { maxLength: 8 }).map((a) => a.join('').replace(/\r+$/, ''));
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(line, line), { minLength: 1, maxLength: 6 }), async (pairs) => {
        const sub = join(dir, `r${run++}`);
        const a = pairs.map((p) => p[0] + '\n').join('');
        const b = pairs.map((p) => p[1] + '\n').join('');
        require('node:fs').mkdirSync(sub);
        writeFileSync(join(sub, 'a.txt'), a);
        writeFileSync(join(sub, 'b.txt'), b);
        const e = await cli(sub, 'export', '--tmx', 'x.tmx', '--line-aligned', '--langs', 'vi,en', 'a.txt', 'b.txt');
        assert.equal(e.code, 0, e.err);
        const i = await cli(sub, 'import', 'x.tmx', '--out', 'back.a,back.b');
        assert.equal(i.code, 0, i.err);
        assert.ok(readFileSync(join(sub, 'back.a')).equals(Buffer.from(a)), JSON.stringify(a));
        assert.ok(readFileSync(join(sub, 'back.b')).equals(Buffer.from(b)), JSON.stringify(b));
      }),
      { numRuns: 40 },
    );
  });
});

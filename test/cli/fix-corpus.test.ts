// `bitext fix` on line-aligned corpora (streamed, per-line safe fixes), through runCli, on a corpus
// generated from the align-dev books with segmentation faults at known lines, and on a small pair
// with a BOM, CRLF, NFD letters and an invalid UTF-8 line.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { cli } from '../support/cli';
import { lettersAndDigits } from '../../server/src/core/fixes';
import { makeCorpus } from '../../scripts/make-corpus';
import { corpusBase } from '../support/parallel-text';
import { fixLineAlignedFile } from '../../server/src/cli/corpus/fix';
import { BufferedWriter } from '../../server/src/cli/corpus/writer';
import { resolveConfig } from '../../server/src/core/config';

const lines = (p: string) => readFileSync(p, 'utf8').split('\n');

describe('bitext fix on line-aligned corpora', function () {
  this.timeout(60000);
  let dir: string;
  let key: Map<number, string>;
  let origA: Buffer;
  let origB: Buffer;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-fixc-'));
    const r = await makeCorpus(join(dir, 'gen'), 12000, 11, 0.01, corpusBase());
    copyFileSync(r.pathA, join(dir, 'train.vi'));
    copyFileSync(r.pathB, join(dir, 'train.en'));
    origA = readFileSync(r.pathA);
    origB = readFileSync(r.pathB);
    key = new Map(readFileSync(r.keyPath, 'utf8').trim().split('\n').map((l) => [Number(l.split('\t')[0]), l.split('\t')[1]] as [number, string]));
    rmSync(join(dir, 'gen'), { recursive: true });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a diff of whole lines (line numbers kept) and writes nothing', async () => {
    const r = await cli(dir, 'fix', 'train.vi', 'train.en');
    assert.equal(r.code, 0, r.err);
    assert.ok(readFileSync(join(dir, 'train.vi')).equals(origA));
    assert.match(r.out, /^--- a\/train\.vi\n\+\+\+ b\/train\.vi\n@@ -\d+,\d+ \+\d+,\d+ @@/);
    // each hunk keeps its line count and names real lines: the '-' lines are the input lines
    const inA = origA.toString('utf8').split('\n');
    const hunks = r.out.split('\n').filter((l) => l.startsWith('@@'));
    assert.ok(hunks.length > 10, `${hunks.length} hunks`);
    for (const h of hunks) {
      const m = /^@@ -(\d+),(\d+) \+(\d+),(\d+) @@$/.exec(h)!;
      assert.equal(m[1], m[3]);
      assert.equal(m[2], m[4]);
    }
    const firstMinus = r.out.split('\n').find((l) => l.startsWith('-') && !l.startsWith('---'))!.slice(1);
    assert.ok(inA.includes(firstMinus));
  });

  it('--write keeps every line count and every letter and digit, removes the injected segmentation, and copies other lines byte for byte', async () => {
    const r = await cli(dir, 'fix', '--write', 'train.vi', 'train.en');
    assert.equal(r.code, 0, r.err);
    assert.match(r.err, /fixed train\.vi \(\d+ of 12,000 lines\)/);
    const before = origA.toString('utf8').split('\n');
    const after = lines(join(dir, 'train.vi'));
    assert.equal(after.length, before.length);
    let changed = 0;
    for (let i = 0; i < before.length; i++) {
      assert.equal(lettersAndDigits(after[i]), lettersAndDigits(before[i]), `line ${i + 1}`);
      if (after[i] !== before[i]) changed++;
    }
    assert.ok(changed > 20);
    assert.equal(Number(/fixed train\.vi \((\d+) of/.exec(r.err)![1]), changed, 'the lines not reported as fixed are the input lines');
    for (const [n, f] of key) {
      if (f !== 'segmentation') continue;
      assert.ok(!/\p{L}_\p{L}/u.test(after[n - 1]), `line ${n} still segmented: ${after[n - 1]}`);
      assert.ok(!/\p{L} [,.;:!?]( |$)/u.test(after[n - 1]), `line ${n} still spaced: ${after[n - 1]}`);
    }
    const enAfter = lines(join(dir, 'train.en'));
    assert.equal(enAfter.length, origB.toString('utf8').split('\n').length);
    assert.deepEqual(readdirSync(dir).filter((f) => f.includes('.tmp')), [], 'no temp file left');
    // a second run has nothing left to do
    const again = await cli(dir, 'fix', 'train.vi', 'train.en');
    assert.equal(again.out, '');
    assert.match(again.err, /nothing to fix/);
  });

  it('keeps a BOM, CRLF and an invalid UTF-8 line byte for byte; normalizes NFD; --segmentation keep leaves `_`', async () => {
    const d = mkdtempSync(join(tmpdir(), 'bitext-fixb-'));
    try {
      writeFileSync(join(d, 'bitext.config.json'), '{"lineAligned": "always"}');
      const vi = [
        Buffer.from('\ufeffChúng_tôi đã củng_cố quan_hệ với Nga , Triều ( CSIS ) .\r\n'),
        Buffer.from('Hoa\u0300 bi\u0300nh  và hữu nghị.\r\n'),
        Buffer.from('Zoltán , ok\r\n'),
        Buffer.from('Dòng bốn bình thường.\r\n'),
      ];
      const en = 'We strengthened ties with Russia , Korea.\nPeace and friendship.\nZoltan.\nLine four.\n';
      const write = () => {
        writeFileSync(join(d, 'a.vi'), Buffer.concat(vi));
        writeFileSync(join(d, 'a.en'), en);
      };
      write();
      const keep = await cli(d, 'fix', '--write', '--segmentation', 'keep', 'a.vi', 'a.en');
      assert.equal(keep.code, 0, keep.err);
      const kept = readFileSync(join(d, 'a.vi'));
      assert.ok(kept.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])));
      assert.ok(kept.toString('utf8').includes('Chúng_tôi đã củng_cố quan_hệ'), 'segmentation kept');
      write();
      const r = await cli(d, 'fix', '--write', 'a.vi', 'a.en');
      assert.equal(r.code, 0, r.err);
      const out = readFileSync(join(d, 'a.vi'));
      const expected = Buffer.concat([
        Buffer.from('\ufeffChúng tôi đã củng cố quan hệ với Nga, Triều (CSIS).\r\n'),
        Buffer.from('Hoà bình và hữu nghị.\r\n'.normalize('NFC')),
        Buffer.from('Zoltán, ok\r\n'),
        vi[3],
      ]);
      assert.deepEqual(out.toString('latin1'), expected.toString('latin1'));
      assert.equal(readFileSync(join(d, 'a.en'), 'utf8'), en.replace('Russia ,', 'Russia,'));
      // A line that is not valid UTF-8 is copied as it is (analyze-paths refuses such a file when
      // pairing, so the streaming fixer is called directly here).
      const bad = Buffer.concat([Buffer.from('Zolt'), Buffer.from([0xe1]), Buffer.from('n , ok\r\n')]);
      writeFileSync(join(d, 'b.vi'), Buffer.concat([vi[0], bad, vi[3]]));
      const w = new BufferedWriter(new PassThrough());
      const rep = await fixLineAlignedFile(join(d, 'b.vi'), { config: resolveConfig({}), write: true, out: w, shown: 'b.vi' });
      assert.deepEqual(rep, { lines: 3, changed: 1, refused: 0 });
      assert.deepEqual(readFileSync(join(d, 'b.vi')), Buffer.concat([expected.subarray(0, expected.indexOf('\r\n') + 2), bad, vi[3]]));
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });

  it('a last line without a line end: the diff says so and --write keeps it without one', async () => {
    const d = mkdtempSync(join(tmpdir(), 'bitext-fixe-'));
    try {
      writeFileSync(join(d, 'bitext.config.json'), '{"lineAligned": "always"}');
      writeFileSync(join(d, 'a.vi'), 'Một hai ba.\nChúng_tôi đã củng_cố quan_hệ với Nga , Triều .\nBốn  năm.');
      writeFileSync(join(d, 'a.en'), 'One two three.\nWe did.\nFour five.');
      const r = await cli(d, 'fix', 'a.vi', 'a.en');
      assert.equal(
        r.out,
        '--- a/a.vi\n+++ b/a.vi\n@@ -1,3 +1,3 @@\n Một hai ba.\n-Chúng_tôi đã củng_cố quan_hệ với Nga , Triều .\n-Bốn  năm.\n\\ No newline at end of file\n' +
          '+Chúng tôi đã củng cố quan hệ với Nga, Triều.\n+Bốn năm.\n\\ No newline at end of file\n',
      );
      await cli(d, 'fix', '--write', 'a.vi', 'a.en');
      assert.equal(readFileSync(join(d, 'a.vi'), 'utf8'), 'Một hai ba.\nChúng tôi đã củng cố quan hệ với Nga, Triều.\nBốn năm.');
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  });
});

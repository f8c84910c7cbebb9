// What a translator sees from `bitext check / fix / align` on bad input: plain messages with the file
// as given (not an absolute path) and a 1-based line:column, no contradictory "nothing to fix", a
// note for an empty file or an empty counterpart, and an --encoding hint only where the option exists.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { sampleText } from '../support/shared';

describe('bitext CLI on bad input', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'bitext-bad-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('a Latin-1 file: relative path, line:column of the bad byte, the --encoding hint only for align', async () => {
    // a valid first line, then é (0xE9 in Latin-1) at line 2, column 4
    writeFileSync(join(dir, 'latin1.txt'), Buffer.concat([Buffer.from('Ok line.\n'), Buffer.from('Caf\xe9 na\xefve.\n', 'latin1')]));
    const c = await cli(dir, 'check', 'latin1.txt');
    assert.equal(c.code, 2);
    assert.match(c.err, /^bitext check: latin1\.txt: .*not valid UTF-8.*line 2, column 4/m);
    assert.ok(!c.err.includes(dir), c.err);
    assert.ok(!c.err.includes('--encoding'), 'check has no --encoding option: ' + c.err);
    const a = await cli(dir, 'align', 'latin1.txt');
    assert.equal(a.code, 2);
    assert.match(a.err, /--encoding windows-1252/);
  });
  it('a file cut in the middle of a character says so, at the right column', async () => {
    const bytes = Buffer.from('Nga , Triề'); // ề is 3 bytes, at column 10
    writeFileSync(join(dir, 'cut.txt'), bytes.subarray(0, bytes.length - 1));
    const r = await cli(dir, 'check', 'cut.txt');
    assert.equal(r.code, 2);
    assert.match(r.err, /cut\.txt: the file ends in the middle of a character, at line 1, column 10/);
  });
  it('a binary file: not text, with its line and column; fix does not also say "nothing to fix"', async () => {
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x41, 0x0a, 0x42, 0x43, 0, 0x44]));
    const f = await cli(dir, 'fix', 'bin.txt');
    assert.equal(f.code, 2);
    assert.match(f.err, /bitext fix: bin\.txt: the file is not text \(binary data: a NUL byte at line 2, column 3\)/);
    assert.ok(!/nothing to fix/.test(f.err), f.err);
    const m = await cli(dir, 'fix', 'missing.txt');
    assert.equal(m.code, 2);
    assert.ok(!/nothing to fix/.test(m.err), m.err);
  });
  it('a column after a BOM counts from the first character, as findings do', async () => {
    writeFileSync(join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('ab'), Buffer.from([0xff])]));
    assert.match((await cli(dir, 'check', 'bom.txt')).err, /line 1, column 3/);
  });
  it('an empty or white-space file gets a note that it is empty, not how to pair it', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'ws.txt'), '  \n\t\n');
    const r = await cli(dir, 'check', 'empty.txt', 'ws.txt');
    assert.equal(r.code, 0);
    assert.equal(r.out, '');
    assert.match(r.err, /note: empty\.txt: the file is empty/);
    assert.match(r.err, /note: ws\.txt: the file is empty/);
    assert.ok(!r.err.includes('No counterpart'), r.err);
  });
  it('an empty counterpart: one finding naming the empty file, no "title only", a note; align says it too', async () => {
    writeFileSync(join(dir, 'x.vi.txt'), 'Thư viện mở cửa\n\nSau ba năm sửa chữa, thư viện đã mở cửa trở lại vào thứ Hai.\n\nHơn một nghìn bạn đọc đã đến.\n');
    writeFileSync(join(dir, 'x.en.txt'), '');
    const r = await cli(dir, 'check', 'x.vi.txt');
    const lines = r.out.trim().split('\n');
    assert.equal(lines.length, 1, r.out);
    assert.match(lines[0], /^x\.vi\.txt:1:1 warning missing-translation x\.en\.txt is empty: none of the 3 paragraphs here has a counterpart$/);
    assert.match(r.err, /note: x\.en\.txt: the file is empty/);
    const a = await cli(dir, 'align', 'x.vi.txt');
    assert.equal(a.code, 0);
    assert.match(a.err, /^note: x\.vi\.txt: Paired with its sibling/m);
    assert.match(a.err, /note: x\.en\.txt: the file is empty: nothing to align with/);
    assert.ok(!/bitext align:/.test(a.err), a.err);
  });
  it('help lists check, fix and align first', async () => {
    const r = await cli(dir, '--help');
    const names = [...r.out.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    assert.deepEqual(names.slice(0, 3), ['check', 'fix', 'align']);
    assert.equal(names.length, 9);
  });
  it('the NFD copy of 000: letters all decomposed is not called "mixed"; quotes cut at a word', async () => {
    const s = sampleText('000');
    writeFileSync(join(dir, 'nfd.txt'), s.text.normalize('NFD'));
    copyFileSync(s.path, join(dir, 'nfc.txt'));
    const r = await cli(dir, 'check', 'nfd.txt', 'nfc.txt');
    const nfd = r.out.split('\n').filter((l) => l.startsWith('nfd.txt:') && l.includes('unicode-normalization'));
    assert.ok(nfd.length >= 1 && nfd.every((l) => !l.includes('mixed')), nfd.join('\n'));
    for (const f of ['nfd.txt', 'nfc.txt']) {
      const t = r.out.split('\n').find((l) => l.startsWith(f) && l.includes('truncated-translation'))!;
      const quote = /\("…?([^"]*)"\)/.exec(t)![1];
      assert.ok(/^\p{L}/u.test(quote), `quote starts with a letter, not a mark or half a word: ${t}`);
      assert.ok(s.text.normalize(f === 'nfd.txt' ? 'NFD' : 'NFC').includes(' ' + quote), `quote starts at a word: ${quote}`);
    }
  });
});

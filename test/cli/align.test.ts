import { strict as assert } from 'node:assert';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { syntheticPair } from '../support/synthetic-bitext';

const run = (argv: string[], cwd: string) => cli(cwd, ...argv);

describe('cli: bitext align', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-align-'));
    writeFileSync(join(dir, 'a.txt'), 'Hôm nay trời đẹp.\n<p>\nTôi đi học lúc 7 giờ sáng cùng với em gái của tôi.\nBạn có khỏe không?\n');
    writeFileSync(join(dir, 'b.txt'), 'The weather is nice today.\r\n<p>\r\nI go to school at 7 in the morning with my little sister.\r\nAre you well?\r\n');
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('--presplit aligns line by line and prints beads', async () => {
    const r = await run(['align', '--presplit', 'a.txt', 'b.txt'], dir);
    assert.equal(r.code, 0, r.err);
    assert.equal(r.out, '[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]\n');
  });

  it('--format tsv and json carry the texts, ranges and confidence', async () => {
    const tsv = await run(['align', '--presplit', '--format', 'tsv', 'a.txt', 'b.txt'], dir);
    assert.equal(tsv.out.split('\n')[3], '[3]:[3]\tBạn có khỏe không?\tAre you well?');
    const json = JSON.parse((await run(['align', '--presplit', '--format', 'json', 'a.txt', 'b.txt'], dir)).out);
    const last = json.beads[3];
    assert.equal(last.bText, 'Are you well?'); // CR not part of the text
    assert.deepEqual(last.bRange, { start: { line: 3, character: 0 }, end: { line: 3, character: 13 } });
    assert.ok(last.confidence > 0 && last.confidence <= 1);
  });

  it('fails clearly on a missing, binary or non-UTF-8 file; --encoding reads a legacy one', async () => {
    const missing = await run(['align', '--presplit', 'nope.txt', 'b.txt'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.txt: no such file/);
    const bin = await run(['align', '--presplit', 'bin.txt', 'b.txt'], dir);
    assert.equal(bin.code, 2);
    assert.match(bin.err, /binary/);
    const l1 = await run(['align', '--presplit', 'latin1.txt', 'b.txt'], dir);
    assert.equal(l1.code, 2);
    assert.match(l1.err, /not valid UTF-8.*--encoding/);
    const ok = await run(['align', '--presplit', '--encoding', 'windows-1252', '--format', 'tsv', 'latin1.txt', 'b.txt'], dir);
    assert.equal(ok.code, 0, ok.err);
    assert.match(ok.out, /café/);
  });

  it('--help prints usage; a bad option is a usage error', async () => {
    const h = await run(['align', '--help'], dir);
    assert.equal(h.code, 0);
    assert.match(h.out, /--presplit/);
    const bad = await run(['align', '--level', 'word', 'a.txt'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--level/);
  });

  it('--dict takes a dictionary in hunalign format, and refuses a file with no entry (exit 2)', async () => {
    const pair = syntheticPair({ sentences: 30, seed: 1, splitShare: 0.2, mergeShare: 0.1 });
    writeFileSync(join(dir, 'src.txt'), pair.source.join('\n') + '\n');
    writeFileSync(join(dir, 'tgt.txt'), pair.target.join('\n') + '\n');
    writeFileSync(join(dir, 'words.dict'), pair.vocabulary.source.map((word, k) => `${pair.vocabulary.target[k]} @ ${word}`).join('\n') + '\nnot an entry\n');
    writeFileSync(join(dir, 'empty.dict'), '# nothing here\n');
    const key = (text: string) => text.trim().split('\n');
    const gold = pair.gold.map((bead) => `[${bead.a.join(',')}]:[${bead.b.join(',')}]`);
    const plain = await run(['align', '--presplit', 'src.txt', 'tgt.txt'], dir);
    const withDict = await run(['align', '--presplit', '--dict', 'words.dict', 'src.txt', 'tgt.txt'], dir);
    assert.equal(withDict.code, 0, withDict.err);
    assert.deepEqual(key(withDict.out), gold);
    assert.notDeepEqual(key(plain.out), gold, 'this short text is ambiguous without the dictionary');
    assert.match(withDict.err, /1 line not of the form "target @ source" left out \(line 3001\)/);
    const empty = await run(['align', '--presplit', '--dict', 'empty.dict', 'src.txt', 'tgt.txt'], dir);
    assert.equal(empty.code, 2);
    assert.match(empty.err, /no "target @ source" entry/);
    const missing = await run(['align', '--presplit', '--dict', 'nope.dict', 'src.txt', 'tgt.txt'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.dict/);
  });
});

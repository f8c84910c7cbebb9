// Big inputs (issue 10, item 9): a line-aligned pair over 64 MiB takes the streaming corpus path in
// `bitext check` and `bitext fix` (its shape told from streamed line counts), and finds the injected
// faults; a document too large for one string gets a clear message. Real files, real processes.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/shared';

const bin = join(repoRoot, 'bin', 'bitext.js');

/** Writes `lines(i)` for i < n to `path` in 4 MiB pieces. */
function writeLines(path: string, n: number, line: (i: number) => string): void {
  const fd = openSync(path, 'w');
  let buf: string[] = [];
  let size = 0;
  for (let i = 0; i < n; i++) {
    const l = line(i) + '\n';
    buf.push(l);
    size += l.length;
    if (size > 4 << 20) {
      writeSync(fd, buf.join(''));
      buf = [];
      size = 0;
    }
  }
  writeSync(fd, buf.join(''));
  closeSync(fd);
}

describe('bitext on inputs over 64 MiB', function () {
  this.timeout(180000);
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'bitext-big-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a 70 MB line-aligned pair: check --format sarif and fix stream it and find the injected empty lines', () => {
    const n = 520000;
    const EMPTY = new Set([1234, 250000, 519000]);
    const pad = ' và thêm vài từ nữa cho đủ dài, rồi thêm vài từ nữa';
    writeLines(join(dir, 'train.vi'), n, (i) => `Dòng số ${i} nói về thư viện của thành phố${pad}.`);
    writeLines(join(dir, 'train.en'), n, (i) => (EMPTY.has(i) ? '' : `Line number ${i} is about the city library and a few more words.`));
    assert.ok(statSync(join(dir, 'train.vi')).size > 64 * 1024 * 1024);
    const r = spawnSync(process.execPath, [bin, 'check', '--format', 'sarif', 'train.vi', 'train.en'], { cwd: dir, encoding: 'utf8', timeout: 120000, maxBuffer: 1 << 28 });
    assert.equal(r.signal, null, 'check did not finish in 120 s');
    assert.equal(r.status, 1, r.stderr.slice(-2000));
    const sarif = JSON.parse(r.stdout);
    const empties = sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'line-empty');
    const lines = empties.map((x: { locations: { physicalLocation: { region: { startLine: number } } }[] }) => x.locations[0].physicalLocation.region.startLine).sort((a: number, b: number) => a - b);
    assert.deepEqual(lines, [...EMPTY].map((i) => i + 1));
    const fix = spawnSync(process.execPath, [bin, 'fix', 'train.vi', 'train.en'], { cwd: dir, encoding: 'utf8', timeout: 120000, maxBuffer: 1 << 28 });
    assert.equal(fix.signal, null, 'fix did not finish in 120 s');
    assert.equal(fix.status, 0, fix.stderr.slice(-2000));
    assert.match(fix.stderr, /nothing to fix/);
  });

  it('a document too large for one string: a clear message, exit 2', () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    const piece = Buffer.from('Một dòng văn bản bình thường.\n'.repeat(40000));
    for (let written = 0; written <= 520 * 1024 * 1024; written += piece.length) writeSync(fd, piece);
    closeSync(fd);
    const r = spawnSync(process.execPath, [bin, 'check', 'huge.txt'], { cwd: dir, encoding: 'utf8', timeout: 60000 });
    rmSync(path);
    assert.equal(r.signal, null);
    assert.equal(r.status, 2, r.stderr);
    assert.match(r.stderr, /huge\.txt: [\d,]+ MB is too large to check as one document \(at most 512 MB\)/);
    assert.ok(!/not valid UTF-8/.test(r.stderr), r.stderr);
  });
});

// The corpus stage on Dask (integrations/dask) against a live cluster: a `dask-scheduler` and two
// `dask-worker` processes on 127.0.0.1, started here, and a corpus of 200,000 generated pairs with
// faults and bad lines injected (from the small fixture test/dask/fixtures/base-pairs.tsv). What the
// stage writes is compared line by line with `cli.js corpus check --stdin` on the whole corpus in one
// process; one worker is killed in the middle of a run. Needs Debian's python3-distributed
// (scripts/setup-test-deps.sh installs it); skipped with the reason when it does not import.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCorpus, type BasePair } from '../../scripts/make-corpus';
import { daskEnv as env, daskMissing, daskPython as python, daskStage as stage, Proc, startDaskCluster, type DaskCluster } from '../support/dask-cluster';
import { repoRoot } from '../support/shared';

const cliJs = join(repoRoot, 'out', 'cli.js');
const PAIRS = 200_000;

/** Lines of a file as bytes, without their '\n' (the last line too). */
function byteLines(path: string): Buffer[] {
  const bytes = readFileSync(path);
  const out: Buffer[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    let nl = bytes.indexOf(10, pos);
    if (nl < 0) nl = bytes.length;
    out.push(bytes.subarray(pos, nl));
    pos = nl + 1;
  }
  return out;
}

const noCr = (b: Buffer) => (b.length && b[b.length - 1] === 13 ? b.subarray(0, -1) : b);
const textLines = (s: string) => s.split('\n').filter((l) => l !== '');

/** Runs the stage to its end; returns its exit code and stderr. */
function runStage(args: string[]): { code: number | null; err: string } {
  const r = spawnSync(python, [stage, ...args], { env, encoding: 'utf8', timeout: 90_000 });
  if (r.error) throw r.error;
  return { code: r.status, err: r.stderr };
}

function parts(dir: string, ext: string): string[] {
  return readdirSync(dir).filter((f) => /^part-\d{5}\./.test(f) && f.endsWith(ext)).sort().map((f) => join(dir, f));
}

const concat = (files: string[]) => Buffer.concat(files.map((f) => readFileSync(f)));

describe('the corpus stage on Dask (integrations/dask)', function () {
  this.timeout(120_000);
  let dir: string;
  const procs: Proc[] = [];

  before(function () {
    const missing = daskMissing();
    if (missing) {
      console.log(`      skipped: ${missing}`);
      this.skip();
    }
    if (!existsSync(cliJs)) throw new Error('out/cli.js missing: run `node esbuild.mjs` before these tests');
    dir = mkdtempSync(join(tmpdir(), 'bitext-dask-'));
  });

  after(async () => {
    await Promise.all(procs.map((p) => p.stop()));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const fixture = (): BasePair[] =>
    readFileSync(join(__dirname, 'fixtures', 'base-pairs.tsv'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => {
        const [a, b] = l.split('\t');
        return { a, b };
      });

  describe('against a scheduler and two workers on 127.0.0.1', () => {
    let cluster: DaskCluster | undefined;
    let scheduler: string;
    let workers: Proc[];
    let A: string;
    let B: string;
    let tsv: string;
    let stats: string;
    let reference: string[];

    before(async function () {
      // The corpus: the fixture pairs repeated with faults (empty, shifted, untranslated, numbers...),
      // then bad lines: invalid UTF-8, CRLF, a line starting with U+FEFF and one starting with the
      // bytes of a UTF-16 mark, each at the first line of a partition.
      const made = await makeCorpus(dir, PAIRS, 3, 0.004, { pairs: fixture(), langs: ['vi', 'en'] });
      A = made.pathA;
      B = made.pathB;
      const linesA = byteLines(A);
      const linesB = byteLines(B);
      const partStart = (k: number) => Math.round((PAIRS * k) / 8);
      linesA[1234] = Buffer.concat([Buffer.from('Xin chào '), Buffer.from([0xc3, 0x28]), Buffer.from(' bạn')]);
      linesB[4321] = Buffer.from([0x66, 0x6f, 0xff, 0x6f]);
      for (const i of [7, 99_999, PAIRS - 2]) {
        linesA[i] = Buffer.concat([linesA[i], Buffer.from('\r')]);
        linesB[i] = Buffer.concat([linesB[i], Buffer.from('\r')]);
      }
      linesA[partStart(2)] = Buffer.concat([Buffer.from('\ufeff'), linesA[partStart(2)]]);
      linesA[partStart(3)] = Buffer.concat([Buffer.from([0xff, 0xfe]), linesA[partStart(3)]]);
      const join0 = (lines: Buffer[]) => Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
      writeFileSync(A, join0(linesA));
      writeFileSync(B, join0(linesB));
      // The same corpus as one TSV, for the one-machine reference and the TSV input.
      tsv = join(dir, 'train.tsv');
      writeFileSync(tsv, join0(linesA.map((a, i) => Buffer.concat([noCr(a), Buffer.from('\t'), noCr(linesB[i])]))));

      // Statistics learned once from a sample, as the README says for any engine.
      const sampleA = join(dir, 'sample.vi');
      const sampleB = join(dir, 'sample.en');
      writeFileSync(sampleA, join0(linesA.slice(0, 50_000)));
      writeFileSync(sampleB, join0(linesB.slice(0, 50_000)));
      stats = join(dir, 'stats.json');
      const learned = spawnSync(process.execPath, [cliJs, 'corpus', 'check', sampleA, sampleB, '--quiet', '--workers', '0', '--stats-out', stats], { encoding: 'utf8', maxBuffer: 1 << 28 });
      assert.ok(learned.status === 0 || learned.status === 1, learned.stderr);
      assert.match(readFileSync(stats, 'utf8'), /"logRatioMean":.*"langA":"vi","langB":"en"/);
      const one = spawnSync('sh', ['-c', `"${process.execPath}" "${cliJs}" corpus check --stdin --langs vi,en --stats "${stats}" --all < "${tsv}"`], { encoding: 'utf8', maxBuffer: 1 << 30 });
      assert.equal(one.status, 1, one.stderr);
      reference = textLines(one.stdout);
      assert.equal(reference.length, PAIRS);

      cluster = await startDaskCluster(2, join(dir, 'dask-worker-space'));
      scheduler = cluster.address;
      workers = cluster.workers;
    });
    after(async () => {
      await cluster?.stop();
    });

    const assertSameAsOneMachine = (got: string[], want: string[]) => {
      assert.equal(got.length, want.length, 'records');
      for (let i = 0; i < want.length; i++) if (got[i] !== want[i]) assert.equal(got[i], want[i], `record ${i + 1}`);
    };

    it('check: every pair once, in order, equal to --stdin on one machine; statistics learned once from a sample', () => {
      const out = join(dir, 'check-all');
      // Indexed in chunks of 1 MB (cut mid-line), so that partitions start from the marks of many chunks.
      const r = runStage(['check', A, B, '--out', out, '--scheduler', scheduler, '--partitions', '8', '--sample-lines', '50000', '--all', '--index-chunk', '1000000']);
      assert.equal(r.code, 1, r.err); // error-level findings are a success with exit code 1
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
      assert.equal(summary.workers, 2);
      assert.equal(summary.langs, 'vi,en');
      assert.deepEqual(JSON.parse(readFileSync(join(out, 'stats.json'), 'utf8')), JSON.parse(readFileSync(stats, 'utf8')));
      // The partitions tile the corpus: 8 of them, each starting where the last ended.
      assert.equal(summary.partitions.length, 8);
      let next = 0;
      for (const p of summary.partitions) {
        assert.equal(p.start, next);
        assert.equal(p.records, p.end - p.start, `partition ${p.index}: one record per line`);
        next = p.end;
      }
      assert.equal(next, PAIRS);
      assert.equal(new Set(summary.partitions.map((p: { worker: string }) => p.worker)).size, 2, 'both workers ran partitions');
      const files = parts(join(out, 'findings'), '.jsonl');
      assert.equal(files.length, 8);
      const got = textLines(concat(files).toString('utf8'));
      assertSameAsOneMachine(got, reference);
      // The injected bad lines, read as on one machine (the partition starts 50,000 and 75,000 included).
      const at = (n: number) => JSON.parse(got[n - 1]);
      assert.equal(at(1235).findings[0].rule, 'line-encoding');
      assert.equal(at(4322).findings[0].rule, 'line-encoding');
      assert.ok(at(50_001).a.startsWith('\ufeff'), 'a U+FEFF at the start of a partition is kept');
      assert.equal(at(75_001).findings[0].rule, 'line-encoding', 'UTF-16-mark bytes at the start of a partition are a bad line, not a failed task');
      assert.ok(!at(8).a.endsWith('\r') && !at(8).b.endsWith('\r'));
      // The summary table counts what the part files hold.
      const byRule: Record<string, number> = {};
      for (const l of got) for (const f of JSON.parse(l).findings) byRule[f.rule] = (byRule[f.rule] ?? 0) + 1;
      assert.deepEqual(summary.findingsByRule, byRule);
      assert.ok(byRule['line-empty'] > 50 && byRule['line-untranslated'] > 50 && byRule['line-number-mismatch'] > 50, JSON.stringify(byRule));
      assert.match(readFileSync(join(out, 'summary.txt'), 'utf8'), /lines read: 200,000 in 8 partitions .* 2 Dask workers/);
      assert.match(r.err, /total findings/);
    });

    it('filter: every pair in exactly one of clean and rejected, as decided by the same findings', () => {
      const out = join(dir, 'filter');
      const r = runStage(['filter', A, B, '--out', out, '--scheduler', scheduler, '--partitions', '9', '--stats', stats, '--langs', 'vi,en', '--quiet']);
      assert.equal(r.code, 0, r.err);
      assert.equal(r.err, '');
      const rank: Record<string, number> = { error: 3, warning: 2, info: 1, hint: 0 };
      const want = new Map<number, string>();
      for (const l of reference) {
        const rec = JSON.parse(l);
        const rules = [...new Set(rec.findings.filter((f: { severity: string }) => rank[f.severity] >= 2).map((f: { rule: string }) => f.rule))];
        if (rules.length) want.set(rec.n, rules.join(','));
      }
      const rejected = textLines(concat(parts(join(out, 'rejected'), '.tsv')).toString('utf8'));
      assert.equal(rejected.length, want.size);
      for (const l of rejected) {
        const [n, rules] = l.split('\t');
        assert.equal(rules, want.get(Number(n)), `rejected line ${n}`);
      }
      const keptA = concat(parts(join(out, 'clean'), '.vi'));
      const keptB = concat(parts(join(out, 'clean'), '.en'));
      const inA = byteLines(A);
      const inB = byteLines(B);
      const expectA: Buffer[] = [];
      const expectB: Buffer[] = [];
      for (let i = 0; i < PAIRS; i++) {
        if (want.has(i + 1)) continue;
        expectA.push(noCr(inA[i]), Buffer.from('\n'));
        expectB.push(noCr(inB[i]), Buffer.from('\n'));
      }
      assert.ok(Buffer.concat(expectA).equals(keptA), 'clean side A: the kept lines byte for byte, in order');
      assert.ok(Buffer.concat(expectB).equals(keptB), 'clean side B: the kept lines byte for byte, in order');
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
      assert.equal(summary.kept + summary.rejected, PAIRS);
      assert.equal(summary.rejected, want.size);
    });

    it('a partition whose cli.js exits 2 fails the job with its message; so do a pair it cannot feed, a cli.js that returns no lines, no scheduler', () => {
      const small = join(dir, 'bad');
      const linesA = byteLines(A).slice(0, 3000);
      const linesB = byteLines(B).slice(0, 3000);
      linesA[2000] = Buffer.from('nul \0 byte');
      const join0 = (lines: Buffer[]) => Buffer.concat(lines.flatMap((l) => [l, Buffer.from('\n')]));
      writeFileSync(`${small}.vi`, join0(linesA));
      writeFileSync(`${small}.en`, join0(linesB));
      let r = runStage(['check', `${small}.vi`, `${small}.en`, '--out', join(dir, 'bad-out'), '--scheduler', scheduler, '--partitions', '6', '--stats', stats]);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /^bitext-dask: part-00004 \(lines 2001-2500\): cli\.js exited 2: bitext: stdin: the file is binary, not text \(a NUL byte at byte \d+\)$/m);
      assert.ok(!existsSync(join(dir, 'bad-out', 'summary.json')));

      linesA[2000] = Buffer.from('a tab\tinside side A');
      writeFileSync(`${small}.vi`, join0(linesA));
      r = runStage(['check', `${small}.vi`, `${small}.en`, '--out', join(dir, 'bad-out2'), '--scheduler', scheduler, '--partitions', '6', '--stats', stats]);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /bad\.vi: line 2001 holds a tab/);

      // A worker whose "node" exits 1 without reading: exit 1 is success, but no line came back.
      linesA[2000] = byteLines(A)[2000];
      writeFileSync(`${small}.vi`, join0(linesA));
      r = runStage(['check', `${small}.vi`, `${small}.en`, '--out', join(dir, 'bad-out3'), '--scheduler', scheduler, '--partitions', '2', '--stats', stats, '--node', 'false']);
      assert.equal(r.code, 2, r.err);
      assert.match(r.err, /part-0000[01] \(lines \d+-\d+\): cli\.js exited 1 with 0 records for 1500 lines/);

      r = runStage(['check', `${small}.vi`, `${small}.en`, '--out', join(dir, 'bad-out4'), '--scheduler', 'tcp://127.0.0.1:1', '--timeout', '2']);
      assert.equal(r.code, 2);
      assert.match(r.err, /cannot reach the Dask scheduler at tcp:\/\/127\.0\.0\.1:1/);

      r = runStage(['check', `${small}.vi`, `${small}.en`, '--out', join(dir, 'bad-out5'), '--scheduler', scheduler, '--stats', '{"langA":"vi"}']);
      assert.equal(r.code, 2);
      assert.match(r.err, /--stats needs numbers logRatioMean and logRatioStd/);
      assert.ok(!existsSync(join(dir, 'bad-out5')), 'nothing written before the options are checked');

      r = runStage(['check', `${small}.vi`, `${small}.en`, '--out', join(dir, 'check-all'), '--scheduler', scheduler]);
      assert.equal(r.code, 2);
      assert.match(r.err, /check-all is not empty/);
    });

    it('--format parquet: Parquet part files when pyarrow imports, else a clear message', () => {
      const out = join(dir, 'parquet');
      const r = runStage(['check', tsv, '--out', out, '--scheduler', scheduler, '--partitions', '3', '--stats', stats, '--langs', 'vi,en', '--format', 'parquet', '--quiet']);
      const hasArrow = spawnSync(python, ['-c', 'import pyarrow.parquet'], { env }).status === 0;
      if (!hasArrow) {
        assert.equal(r.code, 2, r.err);
        assert.match(r.err, /--format parquet needs pyarrow, which does not import here/);
        return;
      }
      assert.equal(r.code, 1, r.err);
      const read = spawnSync(python, ['-c', 'import sys, glob, json, pyarrow.parquet as pq\nfor f in sorted(glob.glob(sys.argv[1] + "/part-*.parquet")):\n  for r in pq.read_table(f).to_pylist(): print(json.dumps([r["n"], r["a"], r["b"], json.loads(r["findings"])], ensure_ascii=False))', join(out, 'findings')], { env, encoding: 'utf8', maxBuffer: 1 << 28 });
      assert.equal(read.status, 0, read.stderr);
      const want = reference.map((l) => JSON.parse(l)).filter((rec) => rec.findings.length).map((rec) => JSON.stringify([rec.n, rec.a, rec.b, rec.findings]));
      assert.deepEqual(textLines(read.stdout).map((l) => JSON.stringify(JSON.parse(l))), want);
    });

    it('an empty pair: no partition, no finding, exit 0', () => {
      writeFileSync(join(dir, 'empty.vi'), '');
      writeFileSync(join(dir, 'empty.en'), '');
      const out = join(dir, 'empty-out');
      const r = runStage(['check', join(dir, 'empty.vi'), join(dir, 'empty.en'), '--out', out, '--scheduler', scheduler, '--quiet']);
      assert.equal(r.code, 0, r.err);
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
      assert.equal(summary.lines, 0);
      assert.deepEqual(summary.partitions, []);
      assert.deepEqual(readdirSync(join(out, 'findings')), []);
    });

    it('a worker killed in the middle of a run: Dask runs its partition again, the output is still complete (TSV input)', async () => {
      const out = join(dir, 'killed');
      const client = new Proc(python, [stage, 'check', tsv, '--out', out, '--scheduler', scheduler, '--partitions', '16', '--stats', stats, '--langs', 'vi,en']);
      procs.push(client);
      const victim = workers[0];
      const findings = join(out, 'findings');
      // Wait until the first worker is in the middle of a partition (its part file under a temporary name).
      const mark = new RegExp(`\\.tmp-${victim.child.pid}-`);
      const until = Date.now() + 60_000;
      let started: string | undefined;
      while (!started) {
        if (!client.running) throw new Error(`the stage ended before the worker was killed:\n${client.log}`);
        if (Date.now() > until) throw new Error(`worker 1 never started a partition:\n${client.log}`);
        started = existsSync(findings) ? readdirSync(findings).find((f) => mark.test(f)) : undefined;
        if (!started) await new Promise((r) => setTimeout(r, 10));
      }
      victim.child.kill('SIGKILL');
      await victim.exited;
      const code = await client.exited;
      assert.equal(code, 1, client.log);
      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
      assert.ok(summary.lostAttempts >= 1, 'the killed attempt left its partial part file, removed by the client');
      const index = Number(/part-(\d{5})/.exec(started)![1]);
      const survivor = summary.partitions.find((p: { index: number }) => p.index === index).worker;
      assert.ok(!survivor.endsWith(`:${victim.child.pid}`), `partition ${index} was completed by the other worker`);
      assert.deepEqual(readdirSync(findings).filter((f) => f.includes('.tmp-')), []);
      const got = textLines(concat(parts(findings, '.jsonl')).toString('utf8'));
      assertSameAsOneMachine(got, reference.filter((l) => !l.endsWith('"findings":[]}')));
    });
  });

  it('with no scheduler address: a local cluster of worker processes', () => {
    const vi = join(dir, 'local.vi');
    const en = join(dir, 'local.en');
    const pairs = fixture();
    writeFileSync(vi, pairs.map((p, i) => (i === 5 ? '' : i === 9 ? p.b : p.a) + '\n').join(''));
    writeFileSync(en, pairs.map((p) => p.b + '\n').join(''));
    const out = join(dir, 'local');
    const r = runStage(['check', vi, en, '--out', out, '--workers', '2', '--partitions', '4', '--langs', 'vi,en', '--all']);
    assert.equal(r.code, 1, r.err);
    assert.match(r.err, /local cluster, 2 workers/);
    const tsvIn = pairs.map((p, i) => `${i === 5 ? '' : i === 9 ? p.b : p.a}\t${p.b}\n`).join('');
    const one = spawnSync(process.execPath, [cliJs, 'corpus', 'check', '--stdin', '--langs', 'vi,en', '--all'], { input: tsvIn, encoding: 'utf8' });
    assert.equal(one.status, 1);
    const got = textLines(concat(parts(join(out, 'findings'), '.jsonl')).toString('utf8'));
    assert.deepEqual(got, textLines(one.stdout));
    assert.equal(JSON.parse(got[5]).findings[0].rule, 'line-empty');
  });
});

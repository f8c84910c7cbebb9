// The corpus stage on Dask (integrations/dask): throughput with 1 and 2 workers against the same
// check in one process (`cli.js corpus check --stdin`), and the overhead per partition. The corpus is
// the align-dev books with faults (scripts/make-corpus.ts, cached under bench/.cache/), 1,000,000
// pairs unless BITEXT_BENCH_PAIRS says otherwise. The cluster is a dask-scheduler and N dask-worker
// processes (one thread each) on 127.0.0.1. Wall times count what a user waits; CPU seconds (of the
// cli.js processes) are what a busy, shared machine distorts least. Skipped, with the reason, when
// python3-distributed is not installed (scripts/setup-test-deps.sh installs it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeCorpus } from '../scripts/make-corpus';
import { daskEnv, daskMissing, daskPython, daskStage, startDaskCluster } from '../test/support/dask-cluster';

const PAIRS = Number(process.env.BITEXT_BENCH_PAIRS ?? 1_000_000);
const GENERATOR_VERSION = 1;
const root = resolve(__dirname, '..');
const cache = join(root, 'bench', '.cache', `dask-${PAIRS}`);
const cliJs = join(root, 'out', 'cli.js');

interface StageRun {
  seconds: number;
  phases: Record<string, number>;
  taskSeconds: number;
  cliCpuSeconds: number;
  partitions: number;
  out: string;
}

async function ensureCorpus(): Promise<{ a: string; b: string; tsv: string }> {
  const meta = join(cache, 'meta.json');
  const want = JSON.stringify({ version: GENERATOR_VERSION, pairs: PAIRS, seed: 1 });
  const a = join(cache, 'corpus.hu');
  const b = join(cache, 'corpus.en');
  const tsv = join(cache, 'corpus.tsv');
  if (!existsSync(meta) || readFileSync(meta, 'utf8') !== want) {
    await makeCorpus(cache, PAIRS, 1);
    const linesA = readFileSync(a, 'utf8').split('\n');
    const linesB = readFileSync(b, 'utf8').split('\n');
    writeFileSync(tsv, linesA.slice(0, PAIRS).map((l, i) => `${l}\t${linesB[i]}\n`).join(''));
    writeFileSync(meta, want);
  }
  return { a, b, tsv };
}

function timed(cmd: string, args: string[], input?: string): { seconds: number; status: number | null; stdout: string; stderr: string } {
  const t = performance.now();
  const r = spawnSync('sh', ['-c', `"${cmd}" ${args.map((x) => `'${x}'`).join(' ')}${input ? ` < '${input}'` : ''}`], { encoding: 'utf8', env: daskEnv, maxBuffer: 1 << 30 });
  return { seconds: (performance.now() - t) / 1000, status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function stage(work: string, name: string, args: string[]): StageRun {
  const out = join(work, name);
  const r = timed(daskPython, [daskStage, 'check', ...args, '--out', out, '--quiet']);
  if (r.status !== 0 && r.status !== 1) throw new Error(`bitext-dask exited ${r.status}: ${r.stderr}`);
  const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
  const sum = (key: string) => summary.partitions.reduce((s: number, p: Record<string, number>) => s + p[key], 0);
  return { seconds: r.seconds, phases: summary.phases, taskSeconds: sum('seconds'), cliCpuSeconds: sum('cliCpuSeconds'), partitions: summary.partitions.length, out };
}

function findings(out: string): string {
  const dir = join(out, 'findings');
  return readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => readFileSync(join(dir, f), 'utf8')).join('');
}

/** User + system seconds from GNU time's `%U %S`, the last line of stderr. */
function textCpu(stderr: string): number {
  const last = stderr.trim().split('\n').pop() ?? '';
  const m = /^([\d.]+) ([\d.]+)$/.exec(last);
  return m ? Number(m[1]) + Number(m[2]) : NaN;
}

const rate = (lines: number, s: number) => `${Math.round(lines / s).toLocaleString('en-US')} lines/s`;

async function main() {
  const missing = daskMissing();
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  if (!existsSync(cliJs)) throw new Error('out/cli.js missing: run `node esbuild.mjs` first');
  const corpus = await ensureCorpus();
  const work = mkdtempSync(join(tmpdir(), 'bitext-dask-bench-'));
  console.log(`corpus: ${PAIRS.toLocaleString('en-US')} pairs (align-dev books with faults); load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  try {
    const stats = join(work, 'stats.json');
    const sampleA = join(work, 'sample.hu');
    const sampleB = join(work, 'sample.en');
    writeFileSync(sampleA, readFileSync(corpus.a, 'utf8').split('\n').slice(0, 20_000).join('\n') + '\n');
    writeFileSync(sampleB, readFileSync(corpus.b, 'utf8').split('\n').slice(0, 20_000).join('\n') + '\n');
    const learn = timed(process.execPath, [cliJs, 'corpus', 'check', sampleA, sampleB, '--quiet', '--workers', '0', '--stats-out', stats]);
    console.log(`length statistics learned once from 20,000 pairs (corpus check --stats-out): ${learn.seconds.toFixed(2)} s`);
    // GNU time's last line: the CPU seconds of the one process.
    const one = timed('/usr/bin/time', ['-f', '%U %S', process.execPath, cliJs, 'corpus', 'check', '--stdin', '--langs', 'hu,en', '--stats', stats], corpus.tsv);
    if (one.status !== 1 && one.status !== 0) throw new Error(one.stderr);
    const oneCpu = textCpu(one.stderr);
    console.log(`one process, cli.js corpus check --stdin:          ${one.seconds.toFixed(2)} s = ${rate(PAIRS, one.seconds)}; ${oneCpu.toFixed(2)} CPU s`);
    const common = ['--stats', stats, '--langs', 'hu,en'];
    for (const n of [1, 2]) {
      const cluster = await startDaskCluster(n, join(work, `space-${n}`));
      try {
        const args = [corpus.a, corpus.b, '--scheduler', cluster.address, '--partitions', '8', ...common];
        const r = stage(work, `w${n}`, args);
        const same = findings(r.out) === one.stdout ? 'same findings as one process' : 'FINDINGS DIFFER from one process';
        const p = r.phases;
        console.log(
          `Dask, ${n} worker${n > 1 ? 's' : ' '}, 8 partitions (pair input):        ${r.seconds.toFixed(2)} s = ${rate(PAIRS, r.seconds)} ` +
            `(partitions ${p.partitions.toFixed(2)} s = ${rate(PAIRS, p.partitions)}; connect ${p.connect.toFixed(2)} s, index ${p.index.toFixed(2)} s); ` +
            `cli.js CPU ${r.cliCpuSeconds.toFixed(2)} s (${((r.cliCpuSeconds / oneCpu) * 100).toFixed(0)}% of one process); ${same}`,
        );
        if (n === 2) {
          const few = stage(work, 'p2', [corpus.tsv, '--scheduler', cluster.address, '--partitions', '2', ...common]);
          const many = stage(work, 'p64', [corpus.tsv, '--scheduler', cluster.address, '--partitions', '64', ...common]);
          const perTask = (many.taskSeconds - few.taskSeconds) / (many.partitions - few.partitions);
          const perWall = ((many.phases.partitions - few.phases.partitions) / (many.partitions - few.partitions)) * n;
          const perCpu = (many.cliCpuSeconds - few.cliCpuSeconds) / (many.partitions - few.partitions);
          console.log(
            `overhead per partition (TSV input, 2 workers, 2 vs 64 partitions): ${(perCpu * 1000).toFixed(0)} ms of cli.js CPU ` +
              `(${few.cliCpuSeconds.toFixed(2)} -> ${many.cliCpuSeconds.toFixed(2)} s), ${(perTask * 1000).toFixed(0)} ms of task time ` +
              `(${few.taskSeconds.toFixed(2)} -> ${many.taskSeconds.toFixed(2)} s), ${(perWall * 1000).toFixed(0)} ms of worker wall time ` +
              `(partitions phase ${few.phases.partitions.toFixed(2)} -> ${many.phases.partitions.toFixed(2)} s)`,
          );
        }
      } finally {
        await cluster.stop();
      }
    }
    const threads = timed(process.execPath, [cliJs, 'corpus', 'check', corpus.a, corpus.b, '--quiet', '--workers', '2', '--format', 'jsonl', '--output', join(work, 'threads.jsonl')]);
    console.log(`for comparison, one machine with 2 worker threads (corpus check A B --workers 2, whole-corpus rules): ${threads.seconds.toFixed(2)} s = ${rate(PAIRS, threads.seconds)}`);
    console.log(`load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (on ${availableParallelism()} cores)`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

// Corpus-scale bench: a 1,000,000-pair line-aligned corpus made from the align-dev books with faults
// at known lines (scripts/make-corpus.ts, cached under bench/.cache/), checked by the built CLI with
// 2 and 1 worker threads. Prints precision and recall per rule against the answer key, wall time,
// peak memory (process and worker threads), the floor (`wc -l` over both files) and the ratio to it.
// Targets on a 2-core machine: <= 10 s wall and <= 300 MB peak for the 2-worker run. Then the
// stateless `--stdin` stage over the first pairs (BITEXT_BENCH_STDIN_PAIRS, default 50,000) with and
// without the language profile of the 2-worker run's `--stats-out`: pairs/s, and how many of the
// whole-corpus run's line-untranslated findings on those lines it gives.
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { FAULT_RULES, FAULTS, loadBasePairs, makeCorpus, makeDocFolder, type Fault } from '../scripts/make-corpus';

const PAIRS = Number(process.env.BITEXT_BENCH_PAIRS ?? 1_000_000);
const GENERATOR_VERSION = 4;
const root = resolve(__dirname, '..');
const dir = join(root, 'bench', '.cache', `corpus-${PAIRS}`);
const cli = join(root, 'bin', 'bitext.js');

async function ensureCorpus(): Promise<{ a: string; b: string; key: string }> {
  const meta = join(dir, 'meta.json');
  const want = JSON.stringify({ version: GENERATOR_VERSION, pairs: PAIRS, seed: 1 });
  if (!existsSync(meta) || readFileSync(meta, 'utf8') !== want) {
    const t = performance.now();
    const r = await makeCorpus(dir, PAIRS, 1);
    writeFileSync(meta, want);
    console.log(`generated ${PAIRS.toLocaleString('en-US')} pairs in ${((performance.now() - t) / 1000).toFixed(1)} s; faults: ${JSON.stringify(r.faults)}`);
  }
  return { a: join(dir, 'corpus.hu'), b: join(dir, 'corpus.en'), key: join(dir, 'key.tsv') };
}

function run(args: string[]): { seconds: number; stderr: string; status: number | null } {
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { seconds: (performance.now() - t) / 1000, stderr: r.stderr, status: r.status };
}

function peakMb(stderr: string): number {
  const m = /peak memory: (\d+) MB/.exec(stderr);
  return m ? Number(m[1]) : NaN;
}

async function score(findingsPath: string, keyPath: string, a: string, b: string) {
  const key = new Map<number, Fault>();
  for (const l of readFileSync(keyPath, 'utf8').split('\n')) {
    const [n, f] = l.split('\t');
    if (n) key.set(Number(n), f as Fault);
  }
  const found = new Map<string, Set<number>>();
  for await (const l of createInterface({ input: createReadStream(findingsPath) })) {
    if (!l) continue;
    const f = JSON.parse(l) as { rule: string; line: number };
    let s = found.get(f.rule);
    if (!s) found.set(f.rule, (s = new Set()));
    s.add(f.line);
  }
  // The first copy of the books has no injected fault: what is found there is in the data itself
  // (loose translations, headings, real misalignments), and comes back in every later copy.
  const clean = loadBasePairs().length;
  const linesA = readFileSync(a, 'utf8').split('\n');
  const linesB = readFileSync(b, 'utf8').split('\n');
  const pairAt = (n: number) => `${linesA[n - 1]}\t${linesB[n - 1]}`;
  console.log('\nprecision per rule: a finding is right when its line has an injected fault that rule may find.');
  console.log(`"natural" = found in the clean first copy of the books (${clean.toLocaleString('en-US')} lines) or on a later copy of such a pair;`);
  console.log('P excl. natural leaves those out (they are faults of the source data, not of the injection).');
  console.log(`  ${'rule'.padEnd(22)} ${'findings'.padStart(9)} ${'P'.padStart(6)} ${'natural'.padStart(8)} ${'P excl. natural'.padStart(16)}`);
  for (const [rule, lines] of [...found].sort()) {
    const natural = new Set<string>();
    for (const n of lines) if (n <= clean) natural.add(pairAt(n));
    let tp = 0;
    let nat = 0;
    for (const n of lines) {
      const f = key.get(n);
      if (f && FAULT_RULES[f].includes(rule)) tp++;
      else if (n <= clean || natural.has(pairAt(n))) nat++;
    }
    const p = tp / lines.size;
    const px = tp / Math.max(1, lines.size - nat);
    console.log(`  ${rule.padEnd(22)} ${String(lines.size).padStart(9)} ${p.toFixed(3).padStart(6)} ${String(nat).padStart(8)} ${px.toFixed(3).padStart(16)}`);
  }
  console.log('recall per fault (by the rule meant to find it):');
  console.log(`  ${'fault'.padEnd(14)} ${'rule'.padEnd(22)} ${'injected'.padStart(9)} ${'recall'.padStart(7)}`);
  for (const fault of FAULTS) {
    const rule = FAULT_RULES[fault][0];
    const lines = [...key].filter(([, f]) => f === fault).map(([n]) => n);
    const hit = lines.filter((n) => found.get(rule)?.has(n)).length;
    console.log(`  ${fault.padEnd(14)} ${rule.padEnd(22)} ${String(lines.length).padStart(9)} ${(lines.length ? hit / lines.length : 0).toFixed(3).padStart(7)}`);
  }
}

async function main() {
  if (!existsSync(join(root, 'out', 'cli.js'))) throw new Error('out/cli.js missing: run `node esbuild.mjs` first');
  const { a, b, key } = await ensureCorpus();
  const t = performance.now();
  spawnSync('wc', ['-l', a, b]);
  const floor = (performance.now() - t) / 1000;
  const findings = join(dir, 'findings.jsonl');
  const results: { workers: number; seconds: number; mb: number }[] = [];
  for (const workers of [2, 1]) {
    const out = workers === 2 ? findings : join(dir, `findings-${workers}.jsonl`);
    const statsOut = workers === 2 ? ['--stats-out', join(dir, 'stats.json')] : [];
    const r = run(['corpus', 'check', a, b, '--format', 'jsonl', '--output', out, '--workers', String(workers), ...statsOut]);
    if (r.status !== 0 && r.status !== 1) throw new Error(`bitext corpus check failed (${r.status}): ${r.stderr}`);
    results.push({ workers, seconds: r.seconds, mb: peakMb(r.stderr) });
    if (workers === 2) process.stdout.write(r.stderr.split('\n').filter((l) => l && !l.startsWith('bitext:')).map((l) => `  ${l}`).join('\n') + '\n');
  }
  console.log(`\n${PAIRS.toLocaleString('en-US')} pairs; floor (wc -l over both files): ${floor.toFixed(3)} s`);
  console.log(`  ${'workers'.padEnd(8)} ${'wall s'.padStart(7)} ${'x floor'.padStart(8)} ${'pairs/s'.padStart(10)} ${'peak MB'.padStart(8)}  target <= 10 s, <= 300 MB`);
  for (const r of results) {
    const ok = r.seconds <= 10 && r.mb <= 300 ? 'ok' : 'MISSED';
    console.log(
      `  ${String(r.workers).padEnd(8)} ${r.seconds.toFixed(2).padStart(7)} ${(r.seconds / floor).toFixed(0).padStart(8)} ${Math.round(PAIRS / r.seconds).toLocaleString('en-US').padStart(10)} ${String(r.mb).padStart(8)}  ${r.workers === 2 ? ok : ''}`,
    );
  }
  await score(findings, key, a, b);
  benchStdin(a, b, findings, join(dir, 'stats.json'));
  benchFix(a, b);
  benchDocFolder();
}

/**
 * `corpus check --stdin` over the first pairs as tab-separated lines: throughput with the statistics
 * file (length ratios and the language profile), with the length ratios only (each line's language
 * identified on its own), with and without --langs; and agreement of line-untranslated with the
 * whole-corpus run on those lines.
 */
function benchStdin(a: string, b: string, findingsPath: string, statsPath: string) {
  const pairs = Math.min(PAIRS, Number(process.env.BITEXT_BENCH_STDIN_PAIRS ?? 50_000));
  const linesA = readFileSync(a, 'utf8').split('\n', pairs);
  const linesB = readFileSync(b, 'utf8').split('\n', pairs);
  const tsv = linesA.map((line, i) => `${line}\t${linesB[i]}`).join('\n') + '\n';
  const statsText = readFileSync(statsPath, 'utf8').trim();
  const stats = JSON.parse(statsText) as { logRatioMean: number; logRatioStd: number; langA: string; langB: string; langProfile?: string };
  const lengthOnly = JSON.stringify({ logRatioMean: stats.logRatioMean, logRatioStd: stats.logRatioStd });
  const langs = `${stats.langA},${stats.langB}`;
  const untranslated = (keys: string[]) => new Set(keys);
  const expected = untranslated(
    readFileSync(findingsPath, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { rule: string; line: number; side: string })
      .filter((f) => f.rule === 'line-untranslated' && f.line <= pairs)
      .map((f) => `${f.line}:${f.side}`),
  );
  console.log(`\n--stdin over the first ${pairs.toLocaleString('en-US')} pairs (stats file ${statsText.length.toLocaleString('en-US')} characters, profile ${stats.langProfile ? 'in it' : 'NOT learned'}):`);
  console.log(`  ${'stats'.padEnd(28)} ${'--langs'.padEnd(8)} ${'wall s'.padStart(7)} ${'pairs/s'.padStart(9)}  line-untranslated: same as whole run / only whole / only --stdin`);
  for (const [label, statsArg] of [['file (with profile)', statsPath], ['length ratios only', lengthOnly]] as const) {
    for (const withLangs of [true, false]) {
      const args = ['corpus', 'check', '--stdin', '--stats', statsArg, ...(withLangs ? ['--langs', langs] : [])];
      const t = performance.now();
      const r = spawnSync(process.execPath, [cli, ...args], { input: tsv, encoding: 'utf8', maxBuffer: 1 << 28 });
      const seconds = (performance.now() - t) / 1000;
      if (r.status !== 0 && r.status !== 1) throw new Error(`bitext corpus check --stdin failed (${r.status}): ${r.stderr}`);
      const got = untranslated(
        r.stdout
          .split('\n')
          .filter(Boolean)
          .flatMap((l) => {
            const rec = JSON.parse(l) as { n: number; findings: { rule: string; side: string }[] };
            return rec.findings.filter((f) => f.rule === 'line-untranslated').map((f) => `${rec.n}:${f.side}`);
          }),
      );
      const same = [...got].filter((k) => expected.has(k)).length;
      console.log(
        `  ${label.padEnd(28)} ${(withLangs ? langs : '-').padEnd(8)} ${seconds.toFixed(2).padStart(7)} ${Math.round(pairs / seconds).toLocaleString('en-US').padStart(9)}  ${same} / ${expected.size - same} / ${got.size - same}`,
      );
    }
  }
}

/** `bitext fix A B` (diff mode, output discarded) over the whole corpus: streamed, per-line safe fixes. */
function benchFix(a: string, b: string) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [cli, 'fix', a, b], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const s = (performance.now() - t) / 1000;
  console.log(`\nfix (diff, line-aligned, streamed) over ${PAIRS.toLocaleString('en-US')} pairs: ${s.toFixed(2)} s wall (exit ${r.status})`);
}

/** A folder of 2,000 document pairs cut from the books: `bitext corpus check DIR` with 1 and 2 workers. */
function benchDocFolder() {
  const docs = join(root, 'bench', '.cache', `docs-2000-v1`);
  if (!existsSync(join(docs, 'doc1999.en.txt'))) makeDocFolder(docs, 2000, 1);
  console.log('\nfolder of 2,000 document pairs (sibling files), `bitext corpus check DIR`:');
  console.log(`  ${'workers'.padEnd(8)} ${'wall s'.padStart(7)} ${'pairs/s'.padStart(8)} ${'pairing s'.padStart(10)} ${'peak MB'.padStart(8)}`);
  for (const workers of [1, 2]) {
    const r = run(['corpus', 'check', docs, '--format', 'jsonl', '--workers', String(workers)]);
    if (r.status !== 0 && r.status !== 1) throw new Error(`bitext corpus check DIR failed (${r.status}): ${r.stderr}`);
    const pairing = /reading and pairing[^:]*: ([\d.]+) s/.exec(r.stderr)?.[1] ?? '?';
    console.log(`  ${String(workers).padEnd(8)} ${r.seconds.toFixed(2).padStart(7)} ${Math.round(2000 / r.seconds).toString().padStart(8)} ${pairing.padStart(10)} ${String(peakMb(r.stderr)).padStart(8)}`);
  }
  console.log('  (pairing runs on the main thread, overlapping the analysis; it lists the folder per file, so it grows with the square of the folder size)');
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
});

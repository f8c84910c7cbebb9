// Aligner bench: accuracy on the align-dev sets (strict/lax P/R/F1 next to hunalign's figures) and the
// time and peak memory of the whole `bitext align --presplit` process on steinbeck ×1, ×4, ×16.
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseBeads, scoreAlignments } from '../server/src/core/align';
import { sharedPath } from './shared';

const root = resolve(__dirname, '..');
const cli = join(root, 'bin', 'bitext.js');
// Runs the CLI in a child process and reports its wall time, CPU time and peak RSS (measured by the
// child; CPU time counts all its threads, e.g. the garbage collector's).
const WRAP = `process.on('exit',()=>{const c=process.cpuUsage();process.stderr.write('\\nMAXRSS '+process.resourceUsage().maxRSS+' CPU '+(c.user+c.system)+'\\n')});require(${JSON.stringify(cli)})`;

function runCli(args: string[]): { out: string; ms: number; rssMB: number; cpuMs: number } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['-e', WRAP, 'bitext', ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`bitext ${args.join(' ')} failed: ${r.stderr}`);
  const m = /MAXRSS (\d+) CPU (\d+)/.exec(r.stderr);
  return { out: r.stdout, ms, rssMB: m ? Number(m[1]) / 1024 : NaN, cpuMs: m ? Number(m[2]) / 1000 : NaN };
}

const HUNALIGN: Record<string, string> = {
  'hu-en-dtm': 'P 0.964 R 0.974 F1 0.969 lax F1 0.989, 0.15 s',
  'hu-en-steinbeck': 'P 0.961 R 0.975 F1 0.968 lax F1 0.988, 2.8 s',
};

const f3 = (x: number) => x.toFixed(4);
console.log('accuracy (strict P/R/F1, lax F1), no dictionary:');
for (const set of ['hu-en-dtm', 'hu-en-steinbeck']) {
  const dir = sharedPath('data', 'align-dev', set);
  const r = runCli(['align', '--presplit', '--encoding', 'windows-1252', join(dir, 'src.txt'), join(dir, 'tgt.txt')]);
  const s = scoreAlignments([{ gold: parseBeads(readFileSync(join(dir, 'gold.beads'), 'utf8')), test: parseBeads(r.out) }]);
  console.log(
    `  ${set.padEnd(16)} bitext P ${f3(s.precisionStrict)} R ${f3(s.recallStrict)} F1 ${f3(s.f1Strict)} lax F1 ${f3(s.f1Lax)}, ` +
      `${(r.ms / 1000).toFixed(2)} s   | hunalign ${HUNALIGN[set]}`,
  );
}

console.log('speed, whole process (`bitext align --presplit`), steinbeck concatenated copies:');
const dir = sharedPath('data', 'align-dev', 'hu-en-steinbeck');
const src = readFileSync(join(dir, 'src.txt'));
const tgt = readFileSync(join(dir, 'tgt.txt'));
const tmp = mkdtempSync(join(tmpdir(), 'bitext-bench-'));
try {
  for (const k of [1, 4, 16]) {
    const a = join(tmp, `src${k}.txt`);
    const b = join(tmp, `tgt${k}.txt`);
    writeFileSync(a, Buffer.concat(Array(k).fill(src)));
    writeFileSync(b, Buffer.concat(Array(k).fill(tgt)));
    const runs = [0, 1, 2].map(() => runCli(['align', '--presplit', '--encoding', 'windows-1252', a, b]));
    const best = runs.reduce((x, y) => (y.ms < x.ms ? y : x));
    const cpu = Math.min(...runs.map((x) => x.cpuMs));
    const beads = best.out.split('\n').filter(Boolean).length;
    console.log(
      `  ${String(k).padStart(2)}x  ${7031 * k} x ${6813 * k}: ${(best.ms / 1000).toFixed(2)} s wall (best of 3), ` +
        `${(cpu / 1000).toFixed(2)} s CPU, peak RSS ${best.rssMB.toFixed(0)} MB, ${beads} beads`,
    );
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

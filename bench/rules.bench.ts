// Speed and memory of the side rules and of fix all on bad input: word-segmented Vietnamese (sample
// 003) repeated to 20 MB on ONE line. Prints per-rule times, findings, fix-all time, edits and peak RSS.
// Targets: all side rules <= 3 s, peak RSS <= 600 MB, fix all keeps every letter and digit.
import { buildSide } from '../server/src/core/document';
import { resolveConfig } from '../server/src/core/config';
import { runSideRules } from '../server/src/core/run-rules';
import { fixAll, lettersAndDigits } from '../server/src/core/fixes';
import { sideRules } from '../server/src/core/rules';
import { sampleText } from '../test/support/shared';

const size = Number(process.env.BITEXT_BENCH_MB ?? 20) * 1e6;
let peak = 0;
const sample = () => (peak = Math.max(peak, process.memoryUsage().rss));
const timer = setInterval(sample, 20);

const base = sampleText('003').text.replace(/\r?\n/g, ' ') + ' ';
const text = base.repeat(Math.ceil(size / base.length)).slice(0, size);
const config = resolveConfig({});
const t0 = performance.now();
const side = buildSide('big', text, undefined, 'vi');
const t1 = performance.now();
console.log(`${(size / 1e6).toFixed(0)} MB of segmented Vietnamese on one line; buildSide ${(t1 - t0).toFixed(0)} ms, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
let total = 0;
let totalCpu = 0;
const all = [];
for (const rule of sideRules) {
  const s = performance.now();
  const c = process.cpuUsage();
  const fs = runSideRules(side, config, { only: [rule.id] });
  const ms = performance.now() - s;
  const cpu = process.cpuUsage(c);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  totalCpu += cpuMs;
  sample();
  if (process.env.BITEXT_BENCH_PEAKS) console.log(`    peak so far ${(peak / 1e6).toFixed(0)} MB`);
  total += ms;
  const edits = fs.reduce((n, f) => n + (f.fixes ?? []).reduce((m, x) => m + x.edits.length, 0), 0);
  console.log(`  ${rule.id.padEnd(26)} ${ms.toFixed(0).padStart(6)} ms (cpu ${cpuMs.toFixed(0).padStart(5)})  ${String(fs.length).padStart(6)} findings  ${String(edits).padStart(8)} edits  rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
  all.push(...fs);
}
console.log(`all side rules: ${total.toFixed(0)} ms wall, ${totalCpu.toFixed(0)} ms cpu incl. GC threads (target <= 3000; wall time inflates when the machine is busy), ${all.length} findings`);
const f0 = performance.now();
const fixed = fixAll(all, text, 'big');
const f1 = performance.now();
sample();
const peakFix = peak;
const kept = lettersAndDigits(fixed.text) === lettersAndDigits(text);
console.log(`fix all: ${(f1 - f0).toFixed(0)} ms, ${fixed.applied.length} edits applied, letters and digits kept: ${kept}; '_' left: ${fixed.text.includes('_')}`);
clearInterval(timer);
sample();
console.log(`peak RSS through rules and fix all ${(peakFix / 1e6).toFixed(0)} MB (target <= 600); with the bench's own letter check ${(peak / 1e6).toFixed(0)} MB`);

// Runs every bench/*.bench.ts (or the ones named) one after another; each prints its own figures.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const files = args.length ? args : readdirSync('bench').filter((f) => f.endsWith('.bench.ts')).sort().map((f) => join('bench', f));
let failed = 0;
for (const f of files) {
  console.log(`\n=== ${f}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', resolve(f)], { stdio: 'inherit' });
  if (r.status !== 0) { failed++; console.log(`(${f} exited with ${r.status})`); }
}
process.exitCode = failed ? 1 : 0;

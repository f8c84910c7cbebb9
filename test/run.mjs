// Runs every test/**/*.test.ts with mocha (TypeScript through tsx) and ends with one plain summary
// line, `tests: N passed, N failed, N skipped`, that CI reads. Pass file paths to run only those.
import Mocha from 'mocha';
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
require('tsx/cjs');

function findTests(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...findTests(p));
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const args = process.argv.slice(2);
const files = args.length
  ? args.flatMap((arg) => (statSync(resolve(arg)).isDirectory() ? findTests(resolve(arg)) : [resolve(arg)]))
  : findTests(resolve('test'));
const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', timeout: 20000 });
for (const f of files) mocha.addFile(f);
const runner = mocha.run((failures) => {
  const s = runner.stats ?? { passes: 0, failures, pending: 0 };
  console.log(`tests: ${s.passes} passed, ${s.failures} failed, ${s.pending} skipped`);
  process.exitCode = failures ? 1 : 0;
});

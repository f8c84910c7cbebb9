// Language identification through the built CLI (`node bin/bitext.js`, after `node esbuild.mjs`):
// `corpus check --stdin` without --langs, and the TMX language tags of `export`.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../support/shared';
import { KNOWN } from '../core/lang.cases';

const cli = join(repoRoot, 'bin', 'bitext.js');
const bitext = (args: string[], input?: string) => {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', cwd: dir });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
let dir: string;

describe('language identification in the CLI', function () {
  this.timeout(60000);
  before(() => {
    if (!existsSync(join(repoRoot, 'out', 'cli.js'))) throw new Error('out/cli.js missing: run `node esbuild.mjs` before these tests');
    dir = mkdtempSync(join(tmpdir(), 'bitext-lang-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('corpus check --stdin without --langs: a pair with both sides in one language, per line', () => {
    const input = [`${KNOWN.ro[1]}\t${KNOWN.en[1]}`, `${KNOWN.pl[1]}\t${KNOWN.pl[2]}`, `${KNOWN.is[2]}\t${KNOWN.en[2]}`].join('\n') + '\n';
    const r = bitext(['corpus', 'check', '--stdin'], input);
    assert.equal(r.code, 1, r.err);
    const records = r.out.trim().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(records.map((x) => x.n), [2]);
    assert.deepEqual(records[0].findings.map((f: { rule: string; message: string }) => `${f.rule}: ${f.message}`), ['line-untranslated: both sides look Polish: one of them is not a translation']);
  });

  it('export --tmx names a Romanian-English corpus ro and en (not vi), and writes given codes as BCP 47 tags', () => {
    const a = join(dir, 'c.ro');
    const b = join(dir, 'c.en');
    const n = 30;
    writeFileSync(a, Array.from({ length: n }, (_, i) => KNOWN.ro[1 + (i % 5)]).join('\n') + '\n');
    writeFileSync(b, Array.from({ length: n }, (_, i) => KNOWN.en[1 + (i % 5)]).join('\n') + '\n');
    const out = join(dir, 'c.tmx');
    const e = bitext(['export', '--tmx', out, a, b]);
    assert.equal(e.code, 0, e.err);
    const tmx = readFileSync(out, 'utf8');
    assert.match(tmx, /srclang="ro"/);
    assert.equal((tmx.match(/xml:lang="ro"/g) ?? []).length, n);
    assert.equal((tmx.match(/xml:lang="en"/g) ?? []).length, n);
    const given = bitext(['export', '--tmx', out, a, b, '--langs', 'ro_RO,EN-gb']);
    assert.equal(given.code, 0, given.err);
    const tmx2 = readFileSync(out, 'utf8');
    assert.match(tmx2, /srclang="ro-RO"/);
    assert.equal((tmx2.match(/xml:lang="en-GB"/g) ?? []).length, n);
  });
});

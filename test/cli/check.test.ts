// `bitext check`, `bitext fix` and `bitext rules` end to end through runCli, on copies of the samples
// and small files in a temporary folder.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { lettersAndDigits } from '../../server/src/core/fixes';
import { sampleText } from '../support/shared';

describe('bitext check / fix / rules', () => {
  let dir: string;
  const n000 = () => sampleText('000').path.split('/').pop()!;
  const n003 = () => sampleText('003').path.split('/').pop()!;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-check-'));
    copyFileSync(sampleText('000').path, join(dir, n000()));
    copyFileSync(sampleText('003').path, join(dir, n003()));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('check on a folder prints file:line:col severity rule message and exits 1 on an error-level finding', async () => {
    const r = await cli(dir, 'check', '.');
    assert.equal(r.code, 1);
    const lines = r.out.trim().split('\n');
    assert.ok(lines.every((l) => /^\S+:\d+:\d+ (error|warning|info|hint) [a-z-]+ .+/.test(l)), r.out);
    assert.ok(lines.some((l) => l.startsWith(`${n000()}:19:`) && l.includes(' case-typo ')), 'KIm on line 19');
    assert.ok(lines.some((l) => l.includes(' error truncated-translation ')));
    for (const id of ['segmentation-underscore', 'segmenter-error', 'spaced-punctuation', 'single-line-document']) {
      assert.ok(lines.some((l) => l.startsWith(n003()) && l.includes(` ${id} `)), id);
    }
    assert.match(r.err, /No counterpart found for 003/);
  });
  it('check exits 0 without error-level findings, and 2 for a missing or binary file', async () => {
    writeFileSync(join(dir, 'clean.txt'), 'A short clean text.\n');
    assert.equal((await cli(dir, 'check', 'clean.txt')).code, 0);
    const missing = await cli(dir, 'check', 'nope.txt');
    assert.equal(missing.code, 2);
    assert.match(missing.err, /nope\.txt/);
    writeFileSync(join(dir, 'bin.txt'), Buffer.from([0x41, 0, 0x42]));
    const bin = await cli(dir, 'check', 'bin.txt');
    assert.equal(bin.code, 2);
    assert.match(bin.err, /binary/);
  });
  it('check --format json and sarif carry the same findings', async () => {
    const j = JSON.parse((await cli(dir, 'check', '--format', 'json', n003())).out);
    const s = JSON.parse((await cli(dir, 'check', '--format', 'sarif', n003())).out);
    assert.equal(s.version, '2.1.0');
    assert.deepEqual(
      s.runs[0].results.map((x: { ruleId: string }) => x.ruleId),
      j.findings.map((x: { rule: string }) => x.rule),
    );
    assert.ok(s.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'segmenter-error'));
  });
  it('check honours bitext.config.json (a rule turned off, a severity changed)', async () => {
    writeFileSync(join(dir, 'bitext.config.json'), JSON.stringify({ rules: { 'segmenter-error': 'off', 'single-line-document': { severity: 'error' } } }));
    const r = await cli(dir, 'check', n003());
    assert.ok(!r.out.includes('segmenter-error'));
    assert.match(r.out, / error single-line-document /);
    assert.equal(r.code, 1);
    writeFileSync(join(dir, 'bitext.config.json'), '{ broken');
    assert.equal((await cli(dir, 'check', n003())).code, 2);
  });
  it('fix prints a diff and writes nothing; fix --write with segmentation remove leaves no `_` and every letter', async () => {
    const p = join(dir, n003());
    const before = readFileSync(p, 'utf8');
    const d = await cli(dir, 'fix', n003());
    assert.equal(d.code, 0);
    assert.match(d.out, /^--- a\//);
    assert.equal(readFileSync(p, 'utf8'), before);
    assert.equal((await cli(dir, 'fix', '--write', '--segmentation', 'remove', n003())).code, 0);
    const after = readFileSync(p, 'utf8');
    assert.ok(!after.includes('_'));
    assert.equal(lettersAndDigits(after), lettersAndDigits(before));
  });
  it('fix --write --segmentation keep changes only the segmenter errors', async () => {
    const p = join(dir, n003());
    const before = readFileSync(p, 'utf8');
    await cli(dir, 'fix', '--write', '--segmentation', 'keep', n003());
    const after = readFileSync(p, 'utf8');
    assert.equal(after.length, before.length);
    const changed: string[] = [];
    for (let i = 0; i < after.length; i++) if (after[i] !== before[i]) changed.push(before.slice(before.lastIndexOf(' ', i) + 1, before.indexOf(' ', i)));
    assert.deepEqual(changed.sort(), ['Kim_là', 'Kim_thất_vọng', 'Moskva_trợ_giúp', 'Triều_Tiên_KCNA', 'Triều_Tiên_Kim_Jong-un', 'Triều_Tiên_sở_hữu_vũ_khí', 'Triều_Tiên_sở_hữu_vũ_khí', 'Triều_Tiên_tái', 'Triều_xích']);
  });
  it('fix keeps a BOM and CRLF line ends', async () => {
    const p = join(dir, 'w.txt');
    writeFileSync(p, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ông Kim đến  rồi , ông Kim_là khách .\r\nHết .\r\n')]));
    assert.equal((await cli(dir, 'fix', '--write', 'w.txt')).code, 0);
    assert.deepEqual(readFileSync(p), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ông Kim đến rồi, ông Kim là khách.\r\nHết.\r\n')]));
  });
  it('fix --rule applies only the named rule, even its explicit fix', async () => {
    const p = join(dir, n000());
    await cli(dir, 'fix', '--write', '--rule', 'case-typo', n000());
    const after = readFileSync(p, 'utf8');
    assert.ok(!after.includes('KIm') && after.includes('của ông Kim. Nhưng'));
    assert.equal(after.length, readFileSync(sampleText('000').path, 'utf8').length);
    assert.equal((await cli(dir, 'fix', '--rule', 'no-such-rule', n000())).code, 2);
  });
  it('rules lists every rule with its severity', async () => {
    const r = await cli(dir, 'rules');
    for (const id of ['missing-translation', 'segmenter-error', 'doubled-space']) assert.match(r.out, new RegExp(`^${id} +\\w+ `, 'm'));
  });
});

// `bitext fix --word-diff` (and its TTY default on long lines) on the one-line sample 003 and small
// texts; the default piped output stays a unified diff that `patch` applies.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { cli } from '../support/cli';
import { sampleText } from '../support/shared';
import { runCli } from '../../server/src/cli/dispatch';
import { wordSpots } from '../../server/src/cli/word-diff';

/** Runs `bitext` with a stdout that says it is a terminal. */
async function cliTty(cwd: string, ...argv: string[]): Promise<{ code: number; out: string }> {
  const stdout = Object.assign(new PassThrough(), { isTTY: true });
  let out = '';
  stdout.on('data', (d) => (out += d));
  const code = await runCli({ argv, stdout, stderr: new PassThrough(), stdin: new PassThrough(), cwd });
  return { code, out };
}

const SPOT = /^(\S+):(\d+):(\d+) {2}(…?)(.*?)\[-(.*?)-\]\{\+(.*?)\+\}(.*)$/;

describe('bitext fix --word-diff', () => {
  let dir: string;
  const n003 = () => sampleText('003').path.split('/').pop()!;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-wdiff-'));
    copyFileSync(sampleText('003').path, join(dir, n003()));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('on 003 with --segmentation keep: one `[-_-]{+ +}` spot per cut of a segmenter error (`Triều_Tiên_sở_hữu_vũ_khí` has two), at the column --write changes', async () => {
    const before = sampleText('003').text;
    const r = await cli(dir, 'fix', '--word-diff', '--segmentation', 'keep', n003());
    assert.equal(r.code, 0);
    const lines = r.out.trim().split('\n');
    // the offsets --write changes, found by comparing the files
    await cli(dir, 'fix', '--write', '--segmentation', 'keep', n003());
    const after = readFileSync(join(dir, n003()), 'utf8');
    const changedAt: number[] = [];
    for (let i = 0; i < before.length; i++) if (after[i] !== before[i]) changedAt.push(i + 1);
    assert.equal(changedAt.length, 9);
    const cols: number[] = [];
    const words: string[] = [];
    for (const l of lines) {
      const m = SPOT.exec(l);
      assert.ok(m, l);
      const [, file, line, col, , ctxBefore, oldT, newT, ctxAfter] = m;
      assert.equal(file, n003());
      assert.equal(line, '1');
      assert.equal(oldT, '_');
      assert.equal(newT, ' ');
      const c = Number(col);
      assert.equal(before[c - 1], '_', l);
      // the context is the text around the spot
      assert.ok(before.slice(0, c - 1).endsWith(ctxBefore), l);
      assert.ok(before.slice(c).startsWith(ctxAfter.replace(/…$/, '')), l);
      assert.ok(l.length < 120, l);
      cols.push(c);
      words.push(before.slice(before.lastIndexOf(' ', c) + 1, before.indexOf(' ', c)));
    }
    assert.deepEqual(cols, changedAt);
    assert.ok(words.includes('Kim_là'));
    assert.deepEqual(words.sort(), ['Kim_là', 'Kim_thất_vọng', 'Moskva_trợ_giúp', 'Triều_Tiên_KCNA', 'Triều_Tiên_Kim_Jong-un', 'Triều_Tiên_sở_hữu_vũ_khí', 'Triều_Tiên_sở_hữu_vũ_khí', 'Triều_Tiên_tái', 'Triều_xích']);
  });

  it('on 003 with --segmentation remove: `năm , dường` shows as `[- ,-]{+,+}`, every `_` is a spot', async () => {
    const before = sampleText('003').text;
    const r = await cli(dir, 'fix', '--word-diff', '--segmentation', 'remove', n003());
    const lines = r.out.trim().split('\n');
    const comma = lines.find((l) => l.includes('năm[- ,-]{+,+} dường'));
    assert.ok(comma, 'the comma spot');
    const col = Number(SPOT.exec(comma)![3]);
    assert.equal(before.slice(col - 1, col + 1), ' ,');
    assert.equal(before.slice(col - 4, col - 1), 'năm');
    const underscores = (before.match(/_/g) ?? []).length;
    assert.equal(lines.filter((l) => l.includes('[-_-]{+ +}')).length, underscores);
  });

  it('spots of one whole-text edit, applied back, give the fixed text (lines, CRLF, surrogates)', () => {
    const text = 'Ông Kim đến  rồi , ông Kim_là khách .\r\nHết 😀 .\r\nKIm_Jong-un\n';
    const fixed = 'Ông Kim đến rồi, ông Kim là khách.\r\nHết 😀.\r\nKim Jong-un\n';
    const spots = wordSpots(text, [{ uri: 'x', start: 0, end: text.length, newText: fixed }]);
    let rebuilt = '';
    let at = 0;
    for (const s of spots) {
      assert.equal(text.slice(s.start, s.end), s.old);
      rebuilt += text.slice(at, s.start) + s.new;
      at = s.end;
    }
    assert.equal(rebuilt + text.slice(at), fixed);
    assert.deepEqual(
      spots.map((s) => `${s.line}:${s.column} ${s.old}|${s.new}`),
      ['1:12   | ', '1:17  ,|,', '1:27 _| ', '1:36  .|.', '2:7  .|.', '3:2 I|i', '3:4 _| '],
    );
  });

  it('default output piped is the unified diff, unchanged, and `patch` applies it', async () => {
    const d = await cli(dir, 'fix', '--segmentation', 'keep', n003());
    const u = await cli(dir, 'fix', '--diff', '--segmentation', 'keep', n003());
    assert.equal(d.out, u.out);
    assert.match(d.out, /^--- a\/.*\n\+\+\+ b\/.*\n@@ -1,1 \+1,1 @@\n-/);
    writeFileSync(join(dir, 'p.diff'), d.out);
    const p = spawnSync('patch', ['-p1', '-i', 'p.diff'], { cwd: dir, encoding: 'utf8' });
    assert.equal(p.status, 0, p.stderr || p.stdout);
    const patched = readFileSync(join(dir, n003()), 'utf8');
    copyFileSync(sampleText('003').path, join(dir, n003()));
    await cli(dir, 'fix', '--write', '--segmentation', 'keep', n003());
    assert.equal(patched, readFileSync(join(dir, n003()), 'utf8'));
  });

  it('on a terminal: word diff for a long changed line, unified diff for short lines and with --diff', async () => {
    writeFileSync(join(dir, 'short.txt'), 'Ông Kim_là khách .\nHết .\n');
    const long = await cliTty(dir, 'fix', '--segmentation', 'keep', n003());
    assert.equal(long.code, 0);
    assert.ok(long.out.trim().split('\n').every((l) => SPOT.test(l)), long.out);
    assert.match((await cliTty(dir, 'fix', '--diff', '--segmentation', 'keep', n003())).out, /^--- a\//);
    assert.match((await cliTty(dir, 'fix', '--segmentation', 'remove', 'short.txt')).out, /^--- a\/short\.txt/);
  });

  it('--word-diff excludes --write and --diff; --help describes it', async () => {
    assert.equal((await cli(dir, 'fix', '--word-diff', '--write', n003())).code, 2);
    assert.equal((await cli(dir, 'fix', '--word-diff', '--diff', n003())).code, 2);
    const h = await cli(dir, 'fix', '--help');
    assert.match(h.out, /--word-diff/);
    assert.match(h.out, /\[- ,-\]\{\+,\+\}/);
  });
});

// The corpus commands through the built CLI (`node bin/bitext.js`, after `node esbuild.mjs`), on a
// corpus made from a generated Vietnamese-English parallel text with faults at known lines.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCorpus, makeDocFolder, rng } from '../../scripts/make-corpus';
import { corpusBase } from '../support/parallel-text';
import { repoRoot, sampleText } from '../support/shared';
import { splitAtSourceLine } from '../../server/src/core/source-line';
import { TmxReader } from '../../server/src/core/corpus/tmx';

const cli = join(repoRoot, 'bin', 'bitext.js');

function bitext(args: string[], input?: string | Buffer) {
  const r = spawnSync(process.execPath, [cli, ...args], { input, encoding: 'utf8', maxBuffer: 1 << 28 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const jsonl = (s: string) => s.split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('bitext corpus / filter / export / import (CLI)', function () {
  this.timeout(60000);
  let dir: string;
  let A: string;
  let B: string;
  let key: Map<number, string>;

  before(async () => {
    if (!existsSync(join(repoRoot, 'out', 'cli.js'))) throw new Error('out/cli.js missing: run `node esbuild.mjs` before these tests');
    dir = mkdtempSync(join(tmpdir(), 'bitext-corpus-'));
    const r = await makeCorpus(dir, 12000, 7, 0.01, corpusBase());
    A = r.pathA;
    B = r.pathB;
    key = new Map(readFileSync(r.keyPath, 'utf8').trim().split('\n').map((l) => {
      const [n, f] = l.split('\t');
      return [Number(n), f] as [number, string];
    }));
    assert.ok(key.size > 100, `only ${key.size} faults injected`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('corpus check finds the injected faults, the same with 2 workers and none', () => {
    const two = bitext(['corpus', 'check', A, B, '--format', 'jsonl', '--workers', '2']);
    assert.equal(two.code, 1, two.err);
    assert.match(two.err, /lines read: 12,000 \(A\) \+ 12,000 \(B\)/);
    assert.match(two.err, /languages: A vi, B en/);
    const zero = bitext(['corpus', 'check', A, B, '--format', 'jsonl', '--workers', '0', '--quiet']);
    assert.equal(zero.err, '');
    assert.equal(zero.out, two.out, 'worker threads change nothing but speed');
    const found = jsonl(two.out);
    const by = (rule: string) => new Set(found.filter((f) => f.rule === rule).map((f) => f.line));
    const recall = (fault: string, rule: string) => {
      const lines = [...key].filter(([, f]) => f === fault).map(([n]) => n);
      return lines.filter((n) => by(rule).has(n)).length / lines.length;
    };
    assert.equal(recall('empty', 'line-empty'), 1);
    assert.ok(recall('untranslated', 'line-untranslated') > 0.9);
    assert.ok(recall('numbers', 'line-number-mismatch') > 0.9);
    assert.ok(recall('segmentation', 'line-segmentation') > 0.9);
    assert.ok(recall('inconsistent', 'line-inconsistent') > 0.9);
    assert.ok(recall('truncated', 'line-length-ratio') > 0.8);
    assert.ok(recall('shift', 'line-shift') > 0.5);
  });

  it('text output is the `file:line:col severity rule message` of bitext check, one line per JSONL finding', () => {
    const t = bitext(['corpus', 'check', A, B, '--quiet', '--workers', '0']);
    const j = jsonl(bitext(['corpus', 'check', A, B, '--format', 'jsonl', '--quiet', '--workers', '0']).out);
    const lines = t.out.trim().split('\n');
    assert.equal(lines.length, j.length);
    lines.forEach((l, i) => {
      const m = /^(\S+):(\d+):(\d+) (error|warning|info|hint) ([a-z-]+) (.+)$/.exec(l);
      assert.ok(m, l);
      assert.equal(Number(m![2]), j[i].line);
      assert.equal(m![5], j[i].rule);
      assert.equal(m![4], j[i].severity);
      assert.equal(m![1], j[i].uri);
    });
    // Messages name the files, never "side A/B", and say how far off a length ratio is in words.
    const messages = j.map((f: { message: string }) => f.message);
    assert.ok(messages.every((msg: string) => !/\bside [AB]\b|\bfile [AB]\b|\{[AB]\}|z = /.test(msg)), messages.find((msg: string) => /side [AB]|file [AB]|\{[AB]\}|z = /.test(msg)));
    const empty = j.find((f: { rule: string; side: string }) => f.rule === 'line-empty' && f.side === 'a');
    assert.equal(empty.message, `empty line in ${A}; ${B} has text (one-sided pair)`);
    assert.ok(j.some((f: { rule: string; message: string }) => f.rule === 'line-length-ratio' && / standard deviations? from it\)$/.test(f.message)));
  });

  it('corpus check DIR: document pairs on worker threads, the same findings as none and as bitext check, with a summary', () => {
    const docs = join(dir, 'docs');
    makeDocFolder(docs, 40, 3, corpusBase());
    // The generated pairs are clean: give a few of them something to find (a doubled space, a number
    // that differs from its original).
    for (const [name, from, to] of [['doc0001.en.txt', / /, '  '], ['doc0007.en.txt', /\d+/, '4321'], ['doc0023.vi.txt', / /, '  ']] as const) {
      const path = join(docs, name);
      writeFileSync(path, readFileSync(path, 'utf8').replace(from, to));
    }
    const two = bitext(['corpus', 'check', docs, '--workers', '2']);
    assert.ok(two.code === 0 || two.code === 1, two.err);
    assert.match(two.err, /pairs read: 40 \(80 files\)/);
    assert.match(two.err, /2 worker threads/);
    assert.match(two.err, /total findings/);
    const zero = bitext(['corpus', 'check', docs, '--workers', '0', '--quiet']);
    assert.equal(zero.err, '');
    assert.equal(zero.out, two.out, 'worker threads change nothing but speed');
    assert.ok(two.out.trim().split('\n').every((l) => /^docs\/doc\d{4}\.(vi|en)\.txt:\d+:\d+ (error|warning|info|hint) [a-z-]+ .+$/.test(l.replace(/^.*?docs\//, 'docs/'))), two.out);
    const check = spawnSync(process.execPath, [cli, 'check', 'docs'], { cwd: dir, encoding: 'utf8' });
    const corpus = spawnSync(process.execPath, [cli, 'corpus', 'check', 'docs', '--quiet'], { cwd: dir, encoding: 'utf8' });
    assert.equal(corpus.stdout, check.stdout, 'one format for both commands');
    assert.ok(check.stdout.length > 0);
    const j = jsonl(bitext(['corpus', 'check', docs, '--format', 'jsonl', '--quiet']).out);
    assert.equal(j.length, two.out.trim().split('\n').length);
    assert.ok(j.every((f) => typeof f.column === 'number' && f.rule && f.uri.includes('doc')));
  });

  it('SARIF output is one JSON document with the same results', () => {
    const s = bitext(['corpus', 'check', A, B, '--format', 'sarif', '--quiet']);
    const j = bitext(['corpus', 'check', A, B, '--format', 'jsonl', '--quiet']);
    const sarif = JSON.parse(s.out);
    assert.equal(sarif.version, '2.1.0');
    assert.equal(sarif.runs[0].results.length, jsonl(j.out).length);
    assert.ok(sarif.runs[0].tool.driver.rules.some((r: { id: string }) => r.id === 'line-shift'));
  });

  it('filter: every input line is in the clean files or the rejected file, once', () => {
    const [ca, cb, rej] = ['clean.vi', 'clean.en', 'rejected.tsv'].map((f) => join(dir, f));
    const r = bitext(['filter', '--clean', `${ca},${cb}`, '--rejected', rej, A, B, '--quiet']);
    assert.equal(r.code, 0, r.err);
    const cleanA = readFileSync(ca, 'utf8').split('\n');
    const cleanB = readFileSync(cb, 'utf8').split('\n');
    const rejected = readFileSync(rej, 'utf8').trim().split('\n');
    assert.equal(cleanA.length, cleanB.length);
    assert.equal(cleanA.length - 1 + rejected.length, 12000);
    const lines = rejected.map((l) => Number(l.split('\t')[0]));
    assert.equal(new Set(lines).size, lines.length);
    for (const [n, f] of key) if (f === 'empty') assert.ok(lines.includes(n), `empty line ${n} not rejected`);
    assert.match(rejected[0], /^\d+\tline-[a-z-]+(,line-[a-z-]+)*\t/);
    // The clean pairs are the input pairs, byte for byte, in order.
    const inA = readFileSync(A, 'utf8').split('\n');
    const rejSet = new Set(lines);
    assert.deepEqual(cleanA.slice(0, -1), inA.slice(0, 12000).filter((_, i) => !rejSet.has(i + 1)));
  });

  it('export --tmx and import give the same pair back', () => {
    const tmx = join(dir, 'c.tmx');
    const e = bitext(['export', '--tmx', tmx, A, B]);
    assert.equal(e.code, 0, e.err);
    const text = readFileSync(tmx, 'utf8');
    assert.match(text, /<tmx version="1.4">/);
    assert.match(text, /srclang="vi"/);
    assert.match(text, /<tuv xml:lang="en">/);
    const [ra, rb] = [join(dir, 'r.vi'), join(dir, 'r.en')];
    const i = bitext(['import', tmx, '--out', `${ra},${rb}`]);
    assert.equal(i.code, 0, i.err);
    assert.match(i.err, /12,000 units/);
    assert.ok(readFileSync(ra).equals(readFileSync(A)), 'side A round-trips');
    assert.ok(readFileSync(rb).equals(readFileSync(B)), 'side B round-trips');
  });

  it('export --tmx of a document pair (the 000 sample, and the same as sibling files) writes its sentence beads', () => {
    const text = readFileSync(sampleText('000').path, 'utf8');
    const split = splitAtSourceLine(text)!;
    const above = text.slice(split.above.start, split.above.end);
    const below = text.slice(split.below.start, split.below.end);
    const norm = (s: string) => s.replace(/\s+/g, ' ');
    const units = (tmx: string) => {
      const r = new TmxReader();
      const u = [...r.push(readFileSync(tmx, 'utf8')), ...r.end()];
      return { srclang: r.srclang, u };
    };
    const one = join(dir, '000.txt');
    writeFileSync(one, text);
    const tmx1 = join(dir, 'doc1.tmx');
    const e = bitext(['export', '--tmx', tmx1, one]);
    assert.equal(e.code, 0, e.err);
    const { srclang, u } = units(tmx1);
    assert.equal(srclang, 'en', 'the original (below the source line) is the source');
    assert.ok(u.length > 20, `${u.length} units`);
    for (const unit of u) {
      const [vi, en] = unit.variants;
      assert.equal(vi.lang, 'vi');
      assert.equal(en.lang, 'en');
      assert.ok(vi.text && en.text, 'no unit with an empty side');
      assert.ok(norm(above).includes(vi.text), `not a sentence of the Vietnamese side: ${vi.text}`);
      assert.ok(norm(below).includes(en.text), `not a sentence of the English side: ${en.text}`);
    }
    assert.ok(u.some((x) => x.variants[0].text.startsWith('Hai nhà lãnh đạo') && x.variants[1].text.startsWith('They gazed')));
    // the 17 untranslated English paragraphs are not exported, and the count says so
    assert.ok(!u.some((x) => x.variants[1].text.includes('Leave a Reply')));
    const m = /(\d+) sentences of side A and (\d+) of side B have no counterpart/.exec(e.err)!;
    assert.ok(Number(m[2]) > 17, e.err);
    // the same pair as sibling files gives the same unit texts
    writeFileSync(join(dir, 'art.vi.txt'), above);
    writeFileSync(join(dir, 'art.en.txt'), below);
    const tmx2 = join(dir, 'doc2.tmx');
    const e2 = bitext(['export', '--tmx', tmx2, join(dir, 'art.vi.txt')]);
    assert.equal(e2.code, 0, e2.err);
    const u2 = units(tmx2).u;
    const texts = (us: typeof u) => us.map((x) => x.variants.map((v) => v.text).join('|'));
    const same = texts(u2).filter((t) => texts(u).includes(t)).length;
    assert.ok(same >= u.length * 0.9, `${same} of ${u.length} units the same`);
    // a lone file has no pair to export
    const lone = bitext(['export', '--tmx', join(dir, 'x.tmx'), sampleText('003').path]);
    assert.equal(lone.code, 2);
    assert.match(lone.err, /no counterpart/);
  });

  it('--stdin is stateless: shuffled and split input gives the same per-line results', () => {
    const a = readFileSync(A, 'utf8').split('\n').slice(7000, 10000);
    const b = readFileSync(B, 'utf8').split('\n').slice(7000, 10000);
    const tsv = a.map((x, i) => `${x}\t${b[i]}`);
    const args = ['corpus', 'check', '--stdin', '--all', '--langs', 'vi,en', '--stats', '{"logRatioMean":0,"logRatioStd":0.12}'];
    const byContent = (out: string) => {
      const m = new Map<string, string>();
      for (const r of jsonl(out)) {
        const k = `${r.a}\t${r.b}`;
        const v = JSON.stringify(r.findings);
        if (m.has(k)) assert.equal(m.get(k), v, `same content, different result: ${k}`);
        m.set(k, v);
      }
      return m;
    };
    const whole = bitext(args, tsv.join('\n') + '\n');
    assert.ok(whole.code === 0 || whole.code === 1, whole.err);
    const expected = byContent(whole.out);
    assert.equal(jsonl(whole.out).length, 3000);
    assert.ok([...expected.values()].some((v) => v !== '[]'), 'some findings');
    const r = rng(3);
    const shuffled = [...tsv];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const parts = [shuffled.slice(0, 1000), shuffled.slice(1000, 1700), shuffled.slice(1700)];
    const got = new Map<string, string>();
    for (const p of parts) for (const [k, v] of byContent(bitext(args, p.join('\n')).out)) got.set(k, v);
    assert.deepEqual(got, expected);
  });

  it('--stats-out writes the learned statistics that --stdin --stats reads back', () => {
    const st = join(dir, 'stats.json');
    const r = bitext(['corpus', 'check', A, B, '--quiet', '--workers', '0', '--stats-out', st]);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const stats = JSON.parse(readFileSync(st, 'utf8'));
    assert.equal(stats.langA, 'vi');
    assert.equal(stats.langB, 'en');
    assert.ok(stats.logRatioStd > 0 && stats.sampleSize > 10000, JSON.stringify(stats));
    const a = readFileSync(A, 'utf8').split('\n').slice(0, 200);
    const b = readFileSync(B, 'utf8').split('\n').slice(0, 200);
    const s = bitext(['corpus', 'check', '--stdin', '--langs', 'vi,en', '--stats', st, '--all'], a.map((x, i) => `${x}\t${b[i]}`).join('\n') + '\n');
    assert.ok(s.code === 0 || s.code === 1, s.err);
    assert.equal(jsonl(s.out).length, 200);
  });

  it('--stdin with a stats file that has the language profile: the whole-corpus findings, in any order or split', () => {
    const st = join(dir, 'stats-profile.json');
    const whole = bitext(['corpus', 'check', A, B, '--format', 'jsonl', '--quiet', '--workers', '0', '--stats-out', st]);
    assert.equal(whole.code, 1, whole.err);
    const statsText = readFileSync(st, 'utf8').trim();
    assert.match(JSON.parse(statsText).langProfile, /^trigram16:[A-Za-z0-9+/]+=*$/);
    // small enough to pass inline as one argument (Linux takes up to 128 KiB in one)
    assert.ok(statsText.length < 100_000, `${statsText.length} characters`);
    const untranslated = (found: { line: number; side: string }[]) => found.map((f) => `${f.line}:${f.side}`).sort();
    const expected = untranslated(jsonl(whole.out).filter((f) => f.rule === 'line-untranslated'));
    const injected = [...key].filter(([, f]) => f === 'untranslated' || f === 'wrong-lang').map(([n]) => n);
    assert.ok(injected.length > 30, `${injected.length} injected`);
    const wholeLines = new Set(expected.map((k) => Number(k.split(':')[0])));
    assert.ok(injected.filter((n) => wholeLines.has(n)).length / injected.length > 0.9, 'the whole-corpus run finds the injected lines');
    const a = readFileSync(A, 'utf8').split('\n');
    const b = readFileSync(B, 'utf8').split('\n');
    const tsv = a.slice(0, 12000).map((x, i) => `${x}\t${b[i]}`);
    // numbered by input line: in input order, `n` is the corpus line
    const fromStdin = (out: string) =>
      untranslated(jsonl(out).flatMap((r) => r.findings.filter((f: { rule: string }) => f.rule === 'line-untranslated').map((f: { side: string }) => ({ line: r.n, side: f.side }))));
    for (const args of [['--langs', 'vi,en', '--stats', st], ['--stats', st], ['--langs', 'vi,en', '--stats', statsText]]) {
      const s = bitext(['corpus', 'check', '--stdin', ...args], tsv.join('\n') + '\n');
      assert.ok(s.code === 0 || s.code === 1, s.err);
      assert.deepEqual(fromStdin(s.out), expected, `--stdin ${args[0]} ${args.length}`);
    }
    // stateless: shuffled and split, each pair (keyed by content) gets the same findings
    const byContent = (out: string) => new Map(jsonl(out).map((r) => [`${r.a}\t${r.b}`, JSON.stringify(r.findings)]));
    const args = ['corpus', 'check', '--stdin', '--all', '--langs', 'vi,en', '--stats', st];
    const sample = tsv.slice(4000, 8000);
    const inOrder = byContent(bitext(args, sample.join('\n') + '\n').out);
    assert.ok([...inOrder.values()].some((v) => v.includes('line-untranslated')), 'some untranslated lines in the sample');
    const r = rng(11);
    const shuffled = [...sample];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
    }
    const got = new Map<string, string>();
    for (const part of [shuffled.slice(0, 1500), shuffled.slice(1500, 1600), shuffled.slice(1600)]) for (const [k, v] of byContent(bitext(args, part.join('\n')).out)) got.set(k, v);
    assert.deepEqual(got, inOrder);
  });

  it('--stats with a damaged language profile: a clear message and exit 2', () => {
    const base = { logRatioMean: 0, logRatioStd: 0.12 };
    for (const langProfile of ['trigram16:bm90IGRlZmxhdGVk', 'trigram16:' + Buffer.from([0x63, 0x60, 0x00, 0x00]).toString('base64'), 'other:AAAA', 42]) {
      const s = bitext(['corpus', 'check', '--stdin', '--stats', JSON.stringify({ ...base, langProfile })], 'a b c\td e f\n');
      assert.equal(s.code, 2, `${langProfile}: ${s.err}`);
      assert.match(s.err, /--stats: langProfile .*--stats-out/);
    }
  });

  it('bad input: BOM, CRLF, invalid UTF-8 and a 20 MB line give findings, not a crash', () => {
    const a = join(dir, 'bad.vi');
    const b = join(dir, 'bad.en');
    const vi = ['Hai nhà lãnh đạo đã nhìn vào hoạt động của một sân bay.', 'Họ đã thưởng thức các món bánh tiêu cua.', 'Zolt', 'x'.repeat(20 * 1024 * 1024), 'Và họ nâng chén của mình.'];
    const bytes = Buffer.concat([
      Buffer.from('\ufeff' + vi[0] + '\r\n' + vi[1] + '\r\n' + vi[2]),
      Buffer.from([0xe1]),
      Buffer.from('n\r\n' + vi[3] + '\r\n' + vi[4] + '\r\n'),
    ]);
    writeFileSync(a, bytes);
    writeFileSync(b, 'The two leaders looked at the launch site.\nThey dined on crab dumplings.\nZoltan\nA long line.\nAnd they raised their glasses.\n');
    const r = bitext(['corpus', 'check', a, b, '--format', 'jsonl', '--workers', '2']);
    assert.equal(r.code, 1, r.err);
    const f = jsonl(r.out).map((x) => `${x.line}:${x.rule}`);
    assert.deepEqual(f, ['3:line-encoding', '4:line-too-long']);
    assert.match(r.out, /not valid UTF-8 \(first bad byte at byte 4 of the line\)/);
  });

  it('files with different line counts: line-count once at the end, and the missing lines one-sided', () => {
    const [pa, pb] = [join(dir, 'count.vi'), join(dir, 'count.en')];
    writeFileSync(pa, 'Người thợ mộc đã bán 2 con gà.\nCô giáo trẻ tìm thấy 3 bó củi khô.\nÔng lão đánh cá đã mua 4 cái ghế.\n');
    writeFileSync(pb, 'The carpenter sold 2 chickens.\nThe young teacher found 3 bundles of dry firewood.\n');
    const r = bitext(['corpus', 'check', pa, pb, '--format', 'jsonl', '--quiet']);
    assert.equal(r.code, 1, r.err);
    const found = jsonl(r.out).map((f) => [f.rule, f.line, f.side, f.uri === pb ? 'B' : 'A', f.message]);
    assert.deepEqual(found, [
      ['line-empty', 3, 'b', 'B', `no line 3 in ${pb} (it has fewer lines): one-sided pair`],
      ['line-count', 3, 'b', 'B', `${pa} has 3 lines and ${pb} 2: the pair is not line-aligned after line 2`],
    ]);
    writeFileSync(pb, 'The carpenter sold 2 chickens.\nThe young teacher found 3 bundles of dry firewood.\nThe old fisherman bought 4 chairs.\n');
    assert.deepEqual(jsonl(bitext(['corpus', 'check', pa, pb, '--format', 'jsonl', '--quiet']).out), [], 'the same counts: nothing');
  });

  it('binary and missing files are refused with a clear message', () => {
    const bin = join(dir, 'bin.vi');
    writeFileSync(bin, Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0x14, 0]));
    const r = bitext(['corpus', 'check', bin, B]);
    assert.equal(r.code, 2);
    assert.match(r.err, /binary, not text/);
    const m = bitext(['corpus', 'check', join(dir, 'nope.vi'), B]);
    assert.equal(m.code, 2);
    assert.match(m.err, /no such file/);
    const u = bitext(['filter', A, B]);
    assert.equal(u.code, 2);
    assert.match(u.err, /--clean/);
  });
});

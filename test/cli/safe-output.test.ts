// Outputs never lose a byte (issue 10, items 4-8): an output that is an input (a symlink or hard link
// to it, or the same name) or that is named twice is refused before anything is opened; an output that
// cannot be written gives one line naming the path and the reason, exit 2, and leaves no temporary file;
// Ctrl-C / SIGTERM leave no cut output; `fix --write` keeps mode, owner, symlinks and hard links, and
// tells "changed meanwhile" by content. Real files in a temp folder; real processes where it matters.
import { strict as assert } from 'node:assert';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  createWriteStream,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli } from '../support/cli';
import { repoRoot } from '../support/shared';
import { fixLineAlignedFile } from '../../server/src/cli/corpus/fix';
import { BufferedWriter } from '../../server/src/cli/corpus/writer';
import { resolveConfig } from '../../server/src/core/config';

const bin = join(repoRoot, 'bin', 'bitext.js');
const VI = ['Xin chào thế giới.', 'Một hai ba bốn.', 'Thư viện mở cửa lại.', 'Hôm nay trời đẹp.'];
const EN = ['Hello world.', 'One two three four.', 'The library opened again.', 'The weather is fine today.'];

/** Names in `dir` that look like temporary files (ours or any). */
const temps = (dir: string) => readdirSync(dir).filter((n) => /\.tmp$|bitext-\d/.test(n));

describe('bitext outputs: never an input, never cut, never lost', function () {
  this.timeout(60000);
  let dir: string;
  let inVi: Buffer;
  let inEn: Buffer;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bitext-out-'));
    writeFileSync(join(dir, 't.vi'), VI.join('\n') + '\n');
    writeFileSync(join(dir, 't.en'), EN.join('\n') + '\n');
    inVi = readFileSync(join(dir, 't.vi'));
    inEn = readFileSync(join(dir, 't.en'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const inputsIntact = () => {
    assert.ok(readFileSync(join(dir, 't.vi')).equals(inVi), 't.vi changed');
    assert.ok(readFileSync(join(dir, 't.en')).equals(inEn), 't.en changed');
  };

  describe('item 4: an output that is also an input is refused (exit 2), the input untouched', () => {
    it('filter --clean through a symlink, a hard link, the same name; --clean o,o', async () => {
      symlinkSync('t.vi', join(dir, 'link.vi'));
      linkSync(join(dir, 't.en'), join(dir, 'hard.en'));
      for (const clean of ['link.vi,c.en', 'c.vi,hard.en', 't.vi,c.en']) {
        const r = await cli(dir, 'filter', '--clean', clean, '--rejected', 'r.tsv', '-q', 't.vi', 't.en');
        assert.equal(r.code, 2, clean + ': ' + r.err);
        assert.match(r.err, /the output \S+ is the input t\.(vi|en)/);
        inputsIntact();
      }
      const link = await cli(dir, 'filter', '--clean', 'c.vi,c.en', '--rejected', 'hard.en', '-q', 't.vi', 't.en');
      assert.equal(link.code, 2);
      const twice = await cli(dir, 'filter', '--clean', 'o,o', '--rejected', 'r.tsv', '-q', 't.vi', 't.en');
      assert.equal(twice.code, 2);
      assert.match(twice.err, /o is named twice as an output/);
      inputsIntact();
      // nothing was created for the refused runs
      assert.deepEqual(readdirSync(dir).sort(), ['hard.en', 'link.vi', 't.en', 't.vi']);
    });
    it('export --tmx over an input; import --out over the TMX or a,a; corpus check --output / --stats-out over an input', async () => {
      const e = await cli(dir, 'export', '--tmx', 't.vi', 't.vi', 't.en');
      assert.equal(e.code, 2, e.err);
      inputsIntact();
      assert.equal((await cli(dir, 'export', '--tmx', 'x.tmx', '--langs', 'vi,en', 't.vi', 't.en')).code, 0);
      const tmx = readFileSync(join(dir, 'x.tmx'));
      const i1 = await cli(dir, 'import', 'x.tmx', '--out', 'x.tmx,b.en');
      assert.equal(i1.code, 2, i1.err);
      assert.ok(readFileSync(join(dir, 'x.tmx')).equals(tmx));
      const i2 = await cli(dir, 'import', 'x.tmx', '--out', 'a.txt,a.txt');
      assert.equal(i2.code, 2, i2.err);
      assert.match(i2.err, /named twice/);
      assert.ok(!existsSync(join(dir, 'a.txt')));
      for (const opt of ['--output', '--stats-out']) {
        const c = await cli(dir, 'corpus', 'check', 't.vi', 't.en', '-q', '--workers', '0', opt, 't.en');
        assert.equal(c.code, 2, opt + ': ' + c.err);
        inputsIntact();
      }
    });
  });

  describe('item 5: an output that cannot be written: one line with the path and the reason, exit 2, no temp file', () => {
    it('a missing folder, a folder as the path, a full device, for filter, export, import and corpus check', async () => {
      mkdirSync(join(dir, 'folder'));
      assert.equal((await cli(dir, 'export', '--tmx', 'x.tmx', '--langs', 'vi,en', 't.vi', 't.en')).code, 0);
      const cases: [string[], RegExp][] = [
        [['filter', '--clean', 'missing/c.vi,c.en', '--rejected', 'r.tsv', '-q', 't.vi', 't.en'], /cannot write missing\/c\.vi: the folder missing does not exist/],
        [['filter', '--clean', 'folder,c.en', '--rejected', 'r.tsv', '-q', 't.vi', 't.en'], /cannot write folder: it is a folder/],
        [['filter', '--clean', '/dev/full,c.en', '--rejected', 'r.tsv', '-q', 't.vi', 't.en'], /cannot write \/dev\/full: no space left on device/],
        [['export', '--tmx', 'missing/x.tmx', 't.vi', 't.en'], /cannot write missing\/x\.tmx: the folder missing does not exist/],
        [['export', '--tmx', '/dev/full', 't.vi', 't.en'], /cannot write \/dev\/full: no space left on device/],
        [['import', 'x.tmx', '--out', 'folder,b.en'], /cannot write folder: it is a folder/],
        [['import', 'x.tmx', '--out', 'a.vi,/dev/full'], /cannot write \/dev\/full: no space left on device/],
        [['corpus', 'check', 't.vi', 't.en', '-q', '--workers', '0', '--format', 'sarif', '--output', '/dev/full'], /cannot write \/dev\/full: no space left on device/],
        [['corpus', 'check', 't.vi', 't.en', '-q', '--workers', '0', '--stats-out', 'missing/s.json'], /cannot write missing\/s\.json: the folder missing does not exist/],
      ];
      const before = readdirSync(dir).sort();
      for (const [args, message] of cases) {
        const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, encoding: 'utf8' });
        assert.equal(r.status, 2, `${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
        assert.match(r.stderr, message, args.join(' '));
        assert.ok(!/\n\s+at /.test(r.stderr), 'a stack trace: ' + r.stderr);
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.deepEqual(readdirSync(dir).sort(), before, `${args.join(' ')} left files behind`);
      }
      inputsIntact();
    });
    it('standard output to a full device (> /dev/full): a message and exit 2, not exit 1', () => {
      const full = openSync('/dev/full', 'w');
      try {
        for (const args of [['check', 't.vi', 't.en'], ['rules'], ['corpus', 'check', 't.vi', 't.en', '--format', 'sarif', '-q']]) {
          const r = spawnSync(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
          assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
          assert.match(r.stderr, /cannot write the standard output: no space left on device/);
          assert.ok(!/\n\s+at /.test(r.stderr), r.stderr);
        }
      } finally {
        closeSync(full);
      }
    });
  });

  describe('item 5: an output on a read-only file system', () => {
    it('filter, export, import, corpus check and fix --write: one line naming the path and EROFS, exit 2, nothing left or changed', async function () {
      mkdirSync(join(dir, 'ro'));
      const SEG = 'Chính_phủ đã củng_cố quan_hệ với Nga , Triều_Tiên .\n';
      writeFileSync(join(dir, 'ro', 'seg.txt'), SEG);
      assert.equal((await cli(dir, 'export', '--tmx', 'x.tmx', '--langs', 'vi,en', 't.vi', 't.en')).code, 0);
      const readOnly = readOnlyFolder(join(dir, 'ro'));
      if ('reason' in readOnly) {
        console.log(`      skipped: no read-only file system to write to here (${readOnly.reason})`);
        this.skip();
      }
      const { folder, run } = readOnly;
      const cases: [string[], string][] = [
        [['filter', '--clean', `${folder}/c.vi,c.en`, '--rejected', 'r.tsv', '-q', 't.vi', 't.en'], `${folder}/c.vi`],
        [['export', '--tmx', `${folder}/x.tmx`, 't.vi', 't.en'], `${folder}/x.tmx`],
        [['import', 'x.tmx', '--out', `a.vi,${folder}/b.en`], `${folder}/b.en`],
        [['corpus', 'check', 't.vi', 't.en', '-q', '--workers', '0', '--format', 'sarif', '--output', `${folder}/o.sarif`], `${folder}/o.sarif`],
        [['corpus', 'check', 't.vi', 't.en', '-q', '--workers', '0', '--stats-out', `${folder}/s.json`], `${folder}/s.json`],
      ];
      // a file already there, fixed in place (only where the folder is ours to fill)
      if (folder === 'ro') cases.push([['fix', '--write', '--segmentation', 'remove', 'ro/seg.txt'], 'ro/seg.txt']);
      const before = readdirSync(dir).sort();
      const listFolder = () => (folder === 'ro' ? readdirSync(join(dir, 'ro')).sort() : []);
      const inFolder = listFolder();
      for (const [args, path] of cases) {
        const r = run(args);
        const escaped = path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
        assert.equal(r.status, 2, `${args.join(' ')}: exit ${r.status}\n${r.stderr}`);
        assert.match(r.stderr, new RegExp(`cannot write ${escaped}: read-only file system`), args.join(' '));
        assert.ok(!/\n\s+at /.test(r.stderr), 'a stack trace: ' + r.stderr);
        assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
        assert.deepEqual(readdirSync(dir).sort(), before, `${args.join(' ')} left files behind`);
        assert.deepEqual(listFolder(), inFolder, `${args.join(' ')} left files in the read-only folder`);
      }
      if (folder === 'ro') assert.equal(readFileSync(join(dir, 'ro', 'seg.txt'), 'utf8'), SEG);
      inputsIntact();
    });
  });

  describe('item 6: Ctrl-C and SIGTERM leave no cut output', () => {
    for (const [signal, code] of [
      ['SIGINT', 130],
      ['SIGTERM', 143],
    ] as const) {
      it(`${signal} during filter and export: the temp files are removed, no output appears, exit ${code}`, async () => {
        for (const args of [
          ['filter', '--clean', 'c.vi,c.en', '--rejected', 'r.tsv', '--workers', '0', 'a.fifo', 't.en'],
          ['export', '--tmx', 'x.tmx', '--line-aligned', '--langs', 'vi,en', 'a.fifo', 't.en'],
        ]) {
          rmSync(join(dir, 'a.fifo'), { force: true });
          assert.equal(spawnSync('mkfifo', [join(dir, 'a.fifo')]).status, 0);
          const child = spawn(process.execPath, [bin, ...args], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
          const exited = new Promise<number | null>((done) => child.on('exit', (c) => done(c)));
          // side A arrives slowly: a few lines, and the pipe stays open
          const feed = createWriteStream(join(dir, 'a.fifo'));
          feed.write(VI.slice(0, 2).join('\n') + '\n');
          const t0 = Date.now();
          while (!temps(dir).length && Date.now() - t0 < 20000) await new Promise((r) => setTimeout(r, 20));
          assert.ok(temps(dir).length, `no temporary file appeared for ${args[0]}`);
          await new Promise((r) => setTimeout(r, 200));
          child.kill(signal);
          // the writer goes too (as Ctrl-C stops the whole pipeline), so a read waiting on the pipe ends
          feed.destroy();
          assert.equal(await exited, code, args[0]);
          assert.deepEqual(temps(dir), [], `${args[0]} left a temporary file`);
          for (const out of ['c.vi', 'c.en', 'r.tsv', 'x.tmx']) assert.ok(!existsSync(join(dir, out)), `${out} exists after ${signal}`);
        }
        inputsIntact();
      });
    }
  });

  describe('item 7: fix --write keeps mode, owner, symlinks and hard links', () => {
    const SEG = 'Chính_phủ đã củng_cố quan_hệ với Nga , Triều_Tiên .\n';
    it('a document: 0600 stays 0600, owner kept, a symlink stays a link to the fixed target, hard links stay one file', async () => {
      mkdirSync(join(dir, 'real'));
      const target = join(dir, 'real', 'seg.txt');
      writeFileSync(target, SEG);
      chmodSync(target, 0o600);
      if (process.getuid?.() === 0) chownSync(target, 1234, 2345);
      symlinkSync(join('real', 'seg.txt'), join(dir, 'link.txt'));
      linkSync(target, join(dir, 'hard.txt'));
      const r = await cli(dir, 'fix', '--write', '--segmentation', 'remove', 'link.txt');
      assert.equal(r.code, 0, r.err);
      assert.ok(lstatSync(join(dir, 'link.txt')).isSymbolicLink(), 'the symlink was replaced by a file');
      assert.equal(readlinkSync(join(dir, 'link.txt')), join('real', 'seg.txt'));
      const fixed = readFileSync(target, 'utf8');
      assert.notEqual(fixed, SEG);
      assert.match(fixed, /Chính phủ đã củng cố/);
      const st = statSync(target);
      assert.equal(st.mode & 0o777, 0o600);
      if (process.getuid?.() === 0) assert.deepEqual([st.uid, st.gid], [1234, 2345]);
      assert.equal(st.nlink, 2, 'the hard link was split');
      assert.equal(readFileSync(join(dir, 'hard.txt'), 'utf8'), fixed);
      assert.deepEqual(temps(dir).concat(temps(join(dir, 'real'))), []);
    });
    it('a line-aligned corpus: the same for each file of the pair', async () => {
      const lines = Array.from({ length: 6 }, (_, i) => `Dòng ${i + 1}: Chính_phủ đã củng_cố quan_hệ .`);
      mkdirSync(join(dir, 'real'));
      const target = join(dir, 'real', 'store.vi');
      writeFileSync(target, lines.join('\n') + '\n');
      writeFileSync(join(dir, 'c.en'), lines.map((_, i) => `Line ${i + 1}: the government strengthened relations.`).join('\n') + '\n');
      chmodSync(target, 0o600);
      if (process.getuid?.() === 0) chownSync(target, 1234, 2345);
      symlinkSync(target, join(dir, 'c.vi'));
      linkSync(target, join(dir, 'hard.vi'));
      const r = await cli(dir, 'fix', '--write', '--segmentation', 'remove', 'c.vi', 'c.en');
      assert.equal(r.code, 0, r.err);
      assert.match(r.err, /fixed c\.vi \(6 of 6 lines\)/);
      assert.ok(lstatSync(join(dir, 'c.vi')).isSymbolicLink());
      const fixed = readFileSync(target, 'utf8');
      assert.match(fixed, /^Dòng 1: Chính phủ đã củng cố quan hệ\.\n/);
      const st = statSync(target);
      assert.equal(st.mode & 0o777, 0o600);
      if (process.getuid?.() === 0) assert.deepEqual([st.uid, st.gid], [1234, 2345]);
      assert.equal(st.nlink, 2);
      assert.equal(readFileSync(join(dir, 'hard.vi'), 'utf8'), fixed);
      assert.deepEqual(temps(dir).concat(temps(join(dir, 'real'))), []);
    });
  });

  describe('item 8: line-aligned fix --write tells "changed meanwhile" by content', () => {
    it('a change that keeps the size and the modification time is seen, and nothing is written', async () => {
      const n = 120000;
      const text = Array.from({ length: n }, (_, i) => `Dòng số ${i}: Chính_phủ đã củng_cố quan_hệ .`).join('\n') + '\n';
      const path = join(dir, 'big.vi');
      writeFileSync(path, text);
      utimesSync(path, 1_700_000_000, 1_700_000_000);
      const out = new BufferedWriter(process.stdout);
      const run = fixLineAlignedFile(path, { config: resolveConfig({ segmentation: 'remove' }), write: true, out, shown: 'big.vi', batchLines: 2000 });
      let settled = false;
      void run.finally(() => (settled = true));
      // once the fixed copy is being written, the first line has been read: change it in place
      const tmpSize = () => temps(dir).reduce((s, n) => s + statSync(join(dir, n)).size, 0);
      while (!settled && tmpSize() === 0) await new Promise((r) => setImmediate(r));
      assert.ok(!settled, 'the run ended before the change could be made');
      const fd = openSync(path, 'r+');
      writeSync(fd, 'Dòng SỐ', 0, 'utf8');
      closeSync(fd);
      utimesSync(path, 1_700_000_000, 1_700_000_000);
      const rep = await run;
      assert.match(rep.error ?? '', /big\.vi: changed on disk since it was read; not written/);
      assert.ok(readFileSync(path, 'utf8').startsWith('Dòng SỐ 0: Chính_phủ'), 'the changed file was overwritten');
      assert.deepEqual(temps(dir), []);
    });
  });
});

/**
 * A read-only file system to write to, and how to run `bitext` so it sees it: `folder` (relative to
 * the run's working folder) with `run(args)`. Tried in order: a private mount namespace where `target`
 * is bind-mounted onto itself read-only (`unshare -rm`, as an unprivileged user; `unshare -m` as root
 * with CAP_SYS_ADMIN), then a system file system a container mounts read-only (/sys, /proc/sys, its
 * root). Otherwise the reason none is available.
 */
const SYSTEM_MOUNTS = ['/sys', '/proc/sys', '/sys/fs/cgroup', '/'];

function readOnlyFolder(target: string): { folder: string; run: (args: string[]) => ReturnType<typeof spawnSync> & { stderr: string } } | { reason: string } {
  const cwd = join(target, '..');
  const mountAndRun = 'mount --bind "$0" "$0" && mount -o remount,bind,ro "$0" && exec "$@"';
  const reasons: string[] = [];
  for (const unshareFlags of ['-rm', '-m']) {
    const probe = spawnSync('unshare', [unshareFlags, 'sh', '-c', `${mountAndRun.replace(' && exec "$@"', '')} && ! touch "$0/.probe" 2>/dev/null`, target], { encoding: 'utf8' });
    if (probe.status === 0) {
      return {
        folder: 'ro',
        run: (args) => spawnSync('unshare', [unshareFlags, 'sh', '-c', mountAndRun, target, process.execPath, bin, ...args], { cwd, encoding: 'utf8' }),
      };
    }
    reasons.push(`unshare ${unshareFlags}: ${(probe.error?.message ?? probe.stderr ?? '').trim().split('\n')[0] || `exit ${probe.status}`}`);
  }
  const mounts = existsSync('/proc/mounts') ? readFileSync('/proc/mounts', 'utf8').split('\n') : [];
  for (const line of mounts) {
    const [, mountPoint, , options] = line.split(' ');
    if (!SYSTEM_MOUNTS.includes(mountPoint) || !options?.split(',').includes('ro')) continue;
    // a new file there must fail with EROFS (not a permission error, and not succeed)
    const probePath = join(mountPoint, `bitext-ro-probe-${process.pid}`);
    try {
      closeSync(openSync(probePath, 'wx'));
      rmSync(probePath, { force: true });
      continue;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EROFS') continue;
    }
    return { folder: mountPoint, run: (args) => spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' }) };
  }
  reasons.push(`none of ${SYSTEM_MOUNTS.join(', ')} is mounted read-only`);
  return { reason: reasons.join('; ') };
}

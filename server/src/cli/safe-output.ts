// Safe output files for every command: an output is never an input (same device and inode, or the same
// real path), never named twice, and is written to a temporary file beside its target that is renamed
// over the target only when everything was written. A write that fails (missing folder, a folder as
// the path, read-only or full file system) is an OutputError (one line: the path and the reason; exit
// 2) and leaves no temporary file; Ctrl-C or SIGTERM removes the temporary files and exits 130 / 143.
import { chmodSync, chownSync, closeSync, createWriteStream, ftruncateSync, openSync, readSync, writeSync, realpathSync, renameSync, statSync, unlinkSync, type Stats, type WriteStream } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export class OutputError extends Error {}

/** The reason an errno code stands for, in plain words. */
export function reasonOf(caught: unknown): string {
  const code = (caught as NodeJS.ErrnoException)?.code;
  const words: Record<string, string> = {
    ENOENT: 'the folder does not exist',
    ENOTDIR: 'a part of the path is not a folder',
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EFBIG: 'file too large',
    EIO: 'input/output error',
  };
  if (code && words[code]) return `${words[code]} (${code})`;
  return code ?? (caught instanceof Error ? caught.message : String(caught));
}

/** Identity of an existing file: device and inode, and its real path. */
function identity(path: string): { key: string; real: string } | undefined {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    return undefined;
  }
  let real = path;
  try {
    real = realpathSync(path);
  } catch {
    /* keep the path */
  }
  return { key: `${stats.dev}:${stats.ino}`, real };
}

function realTarget(path: string): string {
  // A missing output: its folder's real path (a symlinked folder is the same folder).
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

export interface NamedPath {
  /** Absolute path. */
  path: string;
  /** As the user wrote it (for messages). */
  shown: string;
}

/**
 * Refuses (OutputError) an output that is one of the inputs (by device and inode, or real path, so a
 * symlink or a hard link to an input is caught) or that is named twice. Run before opening anything.
 */
export function checkOutputs(inputs: readonly NamedPath[], outputs: readonly NamedPath[]): void {
  const ins = inputs.map((p) => ({ p, id: identity(p.path), real: realTarget(p.path) }));
  const seen: { p: NamedPath; id?: { key: string }; real: string }[] = [];
  for (const candidate of outputs) {
    const outputIdentity = identity(candidate.path);
    const real = realTarget(candidate.path);
    for (const i of ins) {
      if ((outputIdentity && i.id && outputIdentity.key === i.id.key) || real === i.real) {
        throw new OutputError(`the output ${candidate.shown} is the input ${i.p.shown}${candidate.shown === i.p.shown ? '' : ' (a link to it, or the same file)'}; writing it would destroy the input: choose another output file`);
      }
    }
    for (const earlier of seen) {
      if ((outputIdentity && earlier.id && outputIdentity.key === earlier.id.key) || real === earlier.real) {
        throw new OutputError(`${candidate.shown} is named twice as an output (also as ${earlier.p.shown}); each output needs its own file`);
      }
    }
    seen.push({ p: candidate, id: outputIdentity, real });
  }
}

// Temporary files being written now: removed on SIGINT / SIGTERM.
const live = new Set<string>();
let handlersInstalled = false;
function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  const onSignal = (code: number) => () => {
    removeLiveTemps();
    process.exit(code);
  };
  process.on('SIGINT', onSignal(130));
  process.on('SIGTERM', onSignal(143));
  process.on('exit', removeLiveTemps);
}
function removeLiveTemps(): void {
  for (const temp of live) unlinkQuiet(temp);
  live.clear();
}

let counter = 0;
/** A new temporary file name beside `target` (hidden, with the process id). */
export function tempBeside(target: string): string {
  return join(dirname(target), `.${basename(target)}.bitext-${process.pid}-${++counter}.tmp`);
}

export function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    /* already gone */
  }
}

/** Creates a temporary file beside `target` (registered for removal on a signal); its fd. */
export function createTemp(target: string, shown: string): { tmp: string; fd: number } {
  installSignalHandlers();
  const tmp = tempBeside(target);
  let descriptor: number;
  try {
    descriptor = openSync(tmp, 'wx', 0o666);
  } catch (error) {
    throw new OutputError(`cannot write ${shown}: ${reasonOf(error)}`);
  }
  live.add(tmp);
  return { tmp, fd: descriptor };
}

/** Forgets and removes a temporary file. */
export function dropTemp(tmp: string): void {
  live.delete(tmp);
  unlinkQuiet(tmp);
}

/**
 * Puts the finished temporary file in place of `target`, keeping what the target had: its mode and
 * owner, symlinks (the link's target is written), hard links (the bytes are copied into the same
 * inode, so every link sees them). `target` need not exist.
 */
export function replaceWith(tmp: string, target: string, shown: string): void {
  try {
    const real = realTarget(target);
    const stats = statSync(real, { throwIfNoEntry: false });
    if (stats && stats.isFile() && stats.nlink > 1) {
      copyInto(tmp, real);
      dropTemp(tmp);
      return;
    }
    if (stats) {
      chmodSync(tmp, stats.mode & 0o7777);
      try {
        chownSync(tmp, stats.uid, stats.gid);
      } catch {
        /* not allowed to give the file away: it stays the user's */
      }
    }
    renameSync(tmp, real);
    live.delete(tmp);
  } catch (error) {
    dropTemp(tmp);
    throw new OutputError(`cannot write ${shown}: ${reasonOf(error)}`);
  }
}

/**
 * Rewrites `target` in place with the bytes of `source` (same inode: hard links, mode and owner stay).
 * Not atomic, so it is done only after every check passed.
 */
function copyInto(source: string, target: string): void {
  const from = openSync(source, 'r');
  const into = openSync(target, 'r+');
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    let offset = 0;
    for (;;) {
      const bytesRead = readSync(from, buf, 0, buf.length, offset);
      if (bytesRead === 0) break;
      for (let done = 0; done < bytesRead; ) done += writeSync(into, buf, done, bytesRead - done, offset + done);
      offset += bytesRead;
    }
    ftruncateSync(into, offset);
  } finally {
    closeSync(from);
    closeSync(into);
  }
}

/** An output file being written: `stream` for the bytes, `commit()` at the end, `abort()` on failure. */
export interface SafeOutput {
  path: string;
  shown: string;
  stream: WriteStream;
  /** Flushes, checks for write errors and renames into place. Throws OutputError. */
  commit(): Promise<void>;
  /** The first half of commit: flushes and checks for write errors (nothing is in place yet). */
  finish(): Promise<void>;
  /** Removes the temporary file (nothing is written to the target). */
  abort(): Promise<void>;
  /** The write error seen so far, as an OutputError. */
  failed(): OutputError | undefined;
}

/** Checks that `path` can be an output file: its folder exists and it is not a folder. Throws OutputError. */
export function checkWritable(path: string, shown: string): void {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats?.isDirectory()) throw new OutputError(`cannot write ${shown}: it is a folder`);
  if (stats) return;
  const dir = statSync(dirname(path), { throwIfNoEntry: false });
  if (!dir) throw new OutputError(`cannot write ${shown}: the folder ${dirname(shown) === '.' ? dirname(path) : dirname(shown)} does not exist`);
  if (!dir.isDirectory()) throw new OutputError(`cannot write ${shown}: ${dirname(shown)} is not a folder`);
}

/**
 * Opens an output file. A regular file (or a new one) is written through a temporary file beside it;
 * a device or pipe (`/dev/stdout`, `/dev/full`, a FIFO) is written directly. Throws OutputError.
 */
export function openOutput(path: string, shown: string): SafeOutput {
  const abs = resolve(path);
  checkWritable(abs, shown);
  const stats = statSync(abs, { throwIfNoEntry: false });
  let error: unknown;
  if (stats && !stats.isFile()) {
    const stream = createWriteStream(abs, { flags: 'a' });
    stream.on('error', (e) => (error ??= e));
    return {
      path: abs,
      shown,
      stream,
      finish: async () => {
        await finish(stream);
        error ??= stream.errored ?? undefined;
        if (error) throw new OutputError(`cannot write ${shown}: ${reasonOf(error)}`);
      },
      commit: async function (this: SafeOutput) {
        await this.finish();
      },
      abort: async () => {
        stream.destroy();
      },
      failed: () => ((error ??= stream.errored ?? undefined) ? new OutputError(`cannot write ${shown}: ${reasonOf(error)}`) : undefined),
    };
  }
  const target = realTarget(abs);
  const { tmp, fd: descriptor } = createTemp(target, shown);
  const stream = createWriteStream('', { fd: descriptor, autoClose: false });
  stream.on('error', (e) => (error ??= e));
  let closed = false;
  const close = (): unknown => {
    if (closed) return undefined;
    closed = true;
    try {
      closeSync(descriptor);
    } catch (error) {
      return error;
    }
    return undefined;
  };
  return {
    path: abs,
    shown,
    stream,
    finish: async () => {
      if (closed) return;
      await finish(stream);
      error ??= stream.errored ?? undefined;
      // no fsync: the rename makes the output whole or absent on an interruption, and an fsync of a
      // big output costs seconds on a busy disk; a write error a file system reports late (NFS) comes
      // with the close
      const closeError = close();
      error ??= closeError;
      if (error) {
        dropTemp(tmp);
        throw new OutputError(`cannot write ${shown}: ${reasonOf(error)}`);
      }
    },
    commit: async function (this: SafeOutput) {
      await this.finish();
      replaceWith(tmp, target, shown);
    },
    abort: async () => {
      stream.destroy();
      close();
      dropTemp(tmp);
    },
    failed: () => ((error ??= stream.errored ?? undefined) ? new OutputError(`cannot write ${shown}: ${reasonOf(error)}`) : undefined),
  };
}

/** Ends a stream and waits for its data to be handed to the system (or for its error). */
function finish(stream: WriteStream): Promise<void> {
  return new Promise((done) => {
    if (stream.destroyed || stream.writableFinished) return done();
    stream.once('error', () => done());
    stream.end(() => done());
  });
}

/** Opens several outputs; if one cannot be opened, the ones already opened are removed. */
export async function openOutputs(paths: readonly NamedPath[]): Promise<SafeOutput[]> {
  const out: SafeOutput[] = [];
  try {
    for (const named of paths) out.push(openOutput(named.path, named.shown));
  } catch (error) {
    await abortAll(out);
    throw error;
  }
  return out;
}

export async function abortAll(outs: readonly SafeOutput[]): Promise<void> {
  for (const output of outs) await output.abort();
}

/** Commits every output: all are finished first, so one failing leaves none of them in place. */
export async function commitAll(outs: readonly SafeOutput[]): Promise<void> {
  try {
    for (const output of outs) await output.finish();
  } catch (error) {
    await abortAll(outs);
    throw error;
  }
  for (let i = 0; i < outs.length; i++) {
    try {
      await outs[i].commit();
    } catch (error) {
      await abortAll(outs.slice(i + 1));
      throw error;
    }
  }
}

/** Writes a small output (JSON, a few lines) whole, through a temporary file. Throws OutputError. */
export async function writeOutputFile(path: string, shown: string, data: string | Uint8Array): Promise<void> {
  const output = openOutput(path, shown);
  output.stream.write(data);
  await output.commit();
}

/**
 * The error to report after writing to `outs` failed with `e`: the first output's write error (as an
 * OutputError) when there is one, otherwise `e` itself. Every output is aborted first.
 */
export async function failure(outs: readonly SafeOutput[], error: unknown): Promise<unknown> {
  const bad = outs.map((o) => o.failed()).find(Boolean);
  await abortAll(outs);
  return bad ?? error;
}

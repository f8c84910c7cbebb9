// `bitext fix` on a line-aligned corpus: each file of the pair streams through the safe per-line fixes
// (core/corpus/line-fix.ts) batch by batch, so memory stays bounded. Line N stays line N: a fix never
// adds or removes a line, and unchanged lines are copied byte for byte (BOM, CRLF, invalid UTF-8
// included). Prints a unified diff, or with `write` writes a temp file beside the original, reads it
// back (hash and line count), checks the original did not change meanwhile, then renames it over.
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, realpathSync, statSync } from 'node:fs';
import type { BitextConfig } from '../../core/config';
import { decodeLines } from '../../core/corpus/batch';
import { fixLines } from '../../core/corpus/line-fix';
import { detectLang } from '../../core/lang';
import { lineHunks } from '../diff';
import { ByteLineReader, lineRanges } from './lines';
import { BufferedWriter, ByteWriter, endStream } from './writer';
import { createTemp, dropTemp, reasonOf, replaceWith } from '../safe-output';

export interface LineFixOptions {
  config: BitextConfig;
  /** Only these rules' fixes. */
  rules?: readonly string[];
  write: boolean;
  /** Where the diff goes (diff mode). */
  out: BufferedWriter;
  /** The file's name in the diff and messages. */
  shown: string;
  batchLines?: number;
}

export interface LineFixReport {
  lines: number;
  changed: number;
  refused: number;
  /** Set when the file could not be read or written. */
  error?: string;
}

const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** Fixes one file of a line-aligned pair. Never throws for bad input: the error is in the report. */
export async function fixLineAlignedFile(path: string, opts: LineFixOptions): Promise<LineFixReport> {
  const report: LineFixReport = { lines: 0, changed: 0, refused: 0 };
  let target = path;
  try {
    statSync(path);
    target = realpathSync(path);
  } catch (failure) {
    return { ...report, error: `${opts.shown}: cannot read (${(failure as NodeJS.ErrnoException).code ?? String(failure)})` };
  }
  let temp: { tmp: string; fd: number } | undefined;
  try {
    if (opts.write) temp = createTemp(target, opts.shown);
  } catch (failure) {
    return { ...report, error: (failure as Error).message };
  }
  const reader = ByteLineReader.open(path, opts.shown);
  const tmp = temp?.tmp ?? '';
  const stream = temp ? createWriteStream('', { fd: temp.fd }) : undefined;
  stream?.on('error', () => undefined);
  const bytesOut = stream ? new ByteWriter(stream) : undefined;
  const hash = createHash('sha256');
  // What was read, for "changed on disk meanwhile": a hash of the content, not its size and time.
  const readHash = createHash('sha256');
  const put = async (bytes: Uint8Array) => {
    hash.update(bytes);
    await bytesOut!.write(bytes);
  };
  let headerDone = false;
  let lang: string | undefined;
  let first = true;
  try {
    for (;;) {
      const chunk = await reader.take(first ? 2000 : opts.batchLines ?? 8192);
      if (chunk.count === 0) break;
      const start = reader.lines - chunk.count;
      if (bytesOut) readHash.update(chunk.bytes);
      const { lines, bad } = decodeLines(chunk.bytes, chunk.count, first);
      if (lang === undefined) {
        const sample = lines.join('\n').slice(0, 20000);
        lang = detectLang(sample, { start: 0, end: sample.length });
      }
      const fixed = fixLines(lines, { config: opts.config, lang, rules: opts.rules }, (i) => bad.has(i));
      report.changed += fixed.changed.length;
      report.refused += fixed.refused.length;
      if (bytesOut) {
        if (!fixed.changed.length) await put(chunk.bytes);
        else {
          const ranges = lineRanges(chunk.bytes, chunk.count);
          let copied = 0;
          for (const i of fixed.changed) {
            const cStart = ranges[i * 2];
            const cEnd = ranges[i * 2 + 1];
            const hasBom = first && i === 0 && chunk.bytes[0] === 0xef && chunk.bytes[1] === 0xbb && chunk.bytes[2] === 0xbf;
            await put(chunk.bytes.subarray(copied, cStart));
            if (hasBom) await put(BOM);
            await put(Buffer.from(fixed.lines[i], 'utf8'));
            copied = cEnd;
          }
          await put(chunk.bytes.subarray(copied));
        }
      } else if (fixed.changed.length) {
        if (!headerDone) {
          await opts.out.write(`--- a/${opts.shown}\n+++ b/${opts.shown}\n`);
          headerDone = true;
        }
        const last = chunk.bytes.length ? chunk.bytes[chunk.bytes.length - 1] : 10;
        await opts.out.write(lineHunks(lines, fixed.lines, fixed.changed, start, 3, reader.done && last !== 10));
      }
      first = false;
    }
    report.lines = reader.lines;
    if (bytesOut) {
      await bytesOut.flush();
      await endStream(stream!);
    }
  } catch (failure) {
    if (bytesOut) await discard(stream!, tmp);
    const code = (failure as NodeJS.ErrnoException).code;
    return { ...report, error: code ? `cannot write ${opts.shown}: ${reasonOf(failure)}` : failure instanceof Error ? failure.message : String(failure) };
  }
  if (!bytesOut) return report;
  if (!report.changed) {
    dropTemp(tmp);
    return report;
  }
  // Read back: the same bytes (hash) and the same number of lines as the original.
  const expected = hash.digest('hex');
  let error: string | undefined;
  try {
    const back = await hashFile(tmp);
    const now = await hashFile(path);
    if (back.hash !== expected || back.lines !== report.lines) error = `${opts.shown}: the fixed file would not read back identically; not written`;
    else if (now.hash !== readHash.digest('hex')) error = `${opts.shown}: changed on disk since it was read; not written`;
  } catch (failure) {
    error = `${opts.shown}: changed on disk since it was read (${reasonOf(failure)}); not written`;
  }
  if (error) {
    dropTemp(tmp);
    return { ...report, error };
  }
  try {
    replaceWith(tmp, target, opts.shown);
  } catch (failure) {
    return { ...report, error: (failure as Error).message };
  }
  return report;
}

/** SHA-256 and line count ('\n' count, plus a last line without one) of a file, streamed. */
async function hashFile(path: string): Promise<{ hash: string; lines: number }> {
  const hasher = createHash('sha256');
  let lines = 0;
  let last = 10;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    hasher.update(chunk);
    let newlineAt = chunk.indexOf(10);
    while (newlineAt >= 0) {
      lines++;
      newlineAt = chunk.indexOf(10, newlineAt + 1);
    }
    if (chunk.length) last = chunk[chunk.length - 1];
  }
  if (last !== 10) lines++;
  return { hash: hasher.digest('hex'), lines };
}

async function discard(stream: NodeJS.WritableStream, tmp: string): Promise<void> {
  try {
    await endStream(stream);
  } catch {
    /* closing a failed stream */
  }
  dropTemp(tmp);
}

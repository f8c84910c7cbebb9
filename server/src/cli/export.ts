// `bitext export --tmx OUT.tmx A B`: a line-aligned pair as TMX 1.4b (unit N = line N of A and of B),
// with srclang and xml:lang from the detected (or given) languages. Streams: bounded memory.
import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeLines } from '../core/corpus/batch';
import { majorityLang } from '../core/corpus/lang';
import { tmxHeader, TMX_FOOTER, tmxUnit } from '../core/corpus/tmx';
import type { CliIO } from './io';
import { UsageError } from './io';
import { checkReadable, shownPath } from './corpus/check';
import { ByteLineReader, CorpusInputError } from './corpus/lines';
import { parseLangs, twoPaths } from './corpus/options';
import { BufferedWriter, endStream } from './corpus/writer';

const HELP = `Usage: bitext export --tmx OUT.tmx A B [--langs A,B] [--skip-empty]

Writes a line-aligned pair (line N of A translates line N of B) as a TMX 1.4b file. The languages come
from the text (or --langs); side A is the TMX source language. --skip-empty leaves out pairs with an
empty side (by default every line becomes a unit, so that 'bitext import' gives the same files back).
Document pairs (not line-aligned) are exported from their sentence alignment: see
exportAlignedPairUnits in core/corpus/tmx-doc.ts (not yet reachable from the command line).
`;

export async function exportCommand(io: CliIO): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args: io.argv,
    allowPositionals: true,
    options: { tmx: { type: 'string' }, langs: { type: 'string' }, 'skip-empty': { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (v.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (!v.tmx) throw new UsageError('--tmx OUT.tmx is required (TMX is the only export format so far)');
  const [a, b] = twoPaths(io, positionals, 'bitext export');
  checkReadable(a);
  checkReadable(b);
  const out = resolve(io.cwd, v.tmx);
  const ra = ByteLineReader.open(a, shownPath(io, a));
  const rb = ByteLineReader.open(b, shownPath(io, b));
  const stream = createWriteStream(out);
  const w = new BufferedWriter(stream);
  let units = 0;
  let skipped = 0;
  let bad = 0;
  try {
    let langs = parseLangs(v.langs);
    let first = true;
    for (;;) {
      const ca = await ra.take(first ? 2000 : 8192);
      const cb = await rb.take(first ? 2000 : 8192);
      if (ca.count === 0 && cb.count === 0) break;
      const A = decodeLines(ca.bytes, ca.count, first);
      const B = decodeLines(cb.bytes, cb.count, first);
      if (first) {
        langs ??= [orUnd(majorityLang(A.lines)), orUnd(majorityLang(B.lines))];
        await w.write(tmxHeader({ srclang: langs[0] }));
      }
      const start = ra.lines - ca.count;
      for (let i = 0; i < Math.max(ca.count, cb.count); i++) {
        if (A.bad.has(i) || B.bad.has(i)) {
          io.stderr.write(`bitext export: line ${start + i + 1} is not valid UTF-8; written with U+FFFD in place of the bad bytes\n`);
          bad++;
        }
        const ta = A.lines[i] ?? '';
        const tb = B.lines[i] ?? '';
        if (v['skip-empty'] && (!ta.trim() || !tb.trim())) {
          skipped++;
          continue;
        }
        await w.write(tmxUnit({ variants: [{ lang: langs![0], text: ta }, { lang: langs![1], text: tb }] }));
        units++;
      }
      first = false;
    }
    if (first) await w.write(tmxHeader({ srclang: parseLangs(v.langs)?.[0] ?? 'und' }));
    await w.write(TMX_FOOTER);
  } catch (e) {
    if (e instanceof CorpusInputError) {
      io.stderr.write(`bitext: ${e.message}\n`);
      return 2;
    }
    throw e;
  } finally {
    await w.flush();
    await endStream(stream);
  }
  if (ra.lines !== rb.lines) io.stderr.write(`bitext export: A has ${ra.lines} lines and B ${rb.lines}; the missing side of the extra lines is empty in the TMX\n`);
  io.stderr.write(`bitext export: ${units.toLocaleString('en-US')} units written to ${shownPath(io, out)}${skipped ? `, ${skipped} pairs with an empty side skipped` : ''}\n`);
  return bad ? 1 : 0;
}

/** TMX wants a language code; 'und' is the BCP 47 code for undetermined. */
function orUnd(l: string): string {
  return l || 'und';
}

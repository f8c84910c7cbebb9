// `bitext export --tmx OUT.tmx A B`: a line-aligned pair as TMX 1.4b (unit N = line N of A and of B),
// with srclang and xml:lang from the detected (or given) languages. Streams: bounded memory.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeLines } from '../core/corpus/batch';
import { majorityLang } from '../core/corpus/lang';
import { tmxHeader, TMX_FOOTER, tmxUnit } from '../core/corpus/tmx';
import type { CliIO } from './io';
import { UsageError } from './io';
import { inputErrorExit, openLinePair, shownPath } from './corpus/check';
import { parseLangs, twoPaths } from './corpus/options';
import { BufferedWriter } from './corpus/writer';
import { checkOutputs, failure, openOutput } from './safe-output';
import { exportDocumentPair, pairForExport } from './corpus/export-doc';
import { loadDictionary } from './dictionary-file';

const HELP = `Usage: bitext export --tmx OUT.tmx A B [--langs A,B] [--skip-empty] [--line-aligned]
       bitext export --tmx OUT.tmx FILE            (a document pair: one file with a source line, or
                                                    a file whose counterpart is found as in 'bitext check')

Line-aligned pair (line N of A translates line N of B): one unit per line, streamed. The languages
come from the text (or --langs); side A is the TMX source language. --skip-empty leaves out pairs with
an empty side (by default every line becomes a unit, so that 'bitext import' gives the same files back).

Document pair: the pair is aligned as 'bitext align' does it (with --dict FILE, or the config's
"dictionary", as evidence) and each sentence bead becomes a unit
(the bead's sentences on each side joined by a space), with x-bead and x-confidence props. Sentences
with no counterpart (a bead with an empty side) are not exported: a TMX unit pairs two texts; their
number is printed. The original (below a source line) is the TMX source language.
`;

export async function exportCommand(io: CliIO): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args: io.argv,
    allowPositionals: true,
    options: {
      tmx: { type: 'string' },
      langs: { type: 'string' },
      'skip-empty': { type: 'boolean' },
      'line-aligned': { type: 'boolean' },
      dict: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (v.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (!v.tmx) throw new UsageError('--tmx OUT.tmx is required (TMX is the only export format so far)');
  let pathsAB: [string, string] | undefined;
  if (!v['line-aligned']) {
    // Pair as `bitext check` does: a document pair goes through the aligner, a line-aligned one streams.
    if (positionals.length !== 1 && positionals.length !== 2) throw new UsageError('bitext export needs FILE (a document pair) or A B');
    const found = pairForExport(io, positionals);
    if (found.kind === 'error') {
      io.stderr.write(`bitext export: ${found.message}\n`);
      return 2;
    }
    if (found.kind === 'document') {
      const inputs = [...found.job.docs.values()].map((d) => ({ path: d.path, shown: shownPath(io, d.path) }));
      checkOutputs(inputs, [{ path: resolve(io.cwd, v.tmx), shown: v.tmx }]);
      const loaded = loadDictionary(io, 'bitext export', v.dict, found.config);
      if (!loaded.ok) return 2;
      const job = loaded.dictionary ? { ...found.job, input: { ...found.job.input, dictionary: loaded.dictionary } } : found.job;
      return exportDocumentPair(io, job, resolve(io.cwd, v.tmx), parseLangs(v.langs), v.tmx);
    }
    pathsAB = [found.a, found.b];
  }
  const [a, b] = pathsAB ?? twoPaths(io, positionals, 'bitext export');
  const out = resolve(io.cwd, v.tmx);
  checkOutputs([a, b].map((p) => ({ path: p, shown: shownPath(io, p) })), [{ path: out, shown: v.tmx }]);
  const [ra, rb] = openLinePair(io, a, b);
  const file = openOutput(out, v.tmx);
  const w = new BufferedWriter(file.stream);
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
    await w.flush();
  } catch (e) {
    return inputErrorExit(io, await failure([file], e));
  }
  await file.commit();
  if (ra.lines !== rb.lines) io.stderr.write(`bitext export: A has ${ra.lines} lines and B ${rb.lines}; the missing side of the extra lines is empty in the TMX\n`);
  io.stderr.write(`bitext export: ${units.toLocaleString('en-US')} units written to ${shownPath(io, out)}${skipped ? `, ${skipped} pairs with an empty side skipped` : ''}\n`);
  return bad ? 1 : 0;
}

/** TMX wants a language code; 'und' is the BCP 47 code for undetermined. */
function orUnd(l: string): string {
  return l || 'und';
}

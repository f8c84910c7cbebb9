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

export async function exportCommand(invocation: CliIO): Promise<number> {
  const { values: flags, positionals } = parseArgs({
    args: invocation.argv,
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
  if (flags.help) {
    invocation.stdout.write(HELP);
    return 0;
  }
  if (!flags.tmx) throw new UsageError('--tmx OUT.tmx is required (TMX is the only export format so far)');
  let pathsAB: [string, string] | undefined;
  if (!flags['line-aligned']) {
    // Pair as `bitext check` does: a document pair goes through the aligner, a line-aligned one streams.
    if (positionals.length !== 1 && positionals.length !== 2) throw new UsageError('bitext export needs FILE (a document pair) or A B');
    const found = pairForExport(invocation, positionals);
    if (found.kind === 'error') {
      invocation.stderr.write(`bitext export: ${found.message}\n`);
      return 2;
    }
    if (found.kind === 'document') {
      const inputs = [...found.job.docs.values()].map((d) => ({ path: d.path, shown: shownPath(invocation, d.path) }));
      checkOutputs(inputs, [{ path: resolve(invocation.cwd, flags.tmx), shown: flags.tmx }]);
      const loaded = loadDictionary(invocation, 'bitext export', flags.dict, found.config);
      if (!loaded.ok) return 2;
      const job = loaded.dictionary ? { ...found.job, input: { ...found.job.input, dictionary: loaded.dictionary } } : found.job;
      return exportDocumentPair(invocation, job, resolve(invocation.cwd, flags.tmx), parseLangs(flags.langs), flags.tmx);
    }
    pathsAB = [found.a, found.b];
  }
  const [pathA, pathB] = pathsAB ?? twoPaths(invocation, positionals, 'bitext export');
  const out = resolve(invocation.cwd, flags.tmx);
  checkOutputs([pathA, pathB].map((p) => ({ path: p, shown: shownPath(invocation, p) })), [{ path: out, shown: flags.tmx }]);
  const [readerA, readerB] = openLinePair(invocation, pathA, pathB);
  const file = openOutput(out, flags.tmx);
  const writer = new BufferedWriter(file.stream);
  let units = 0;
  let skipped = 0;
  let bad = 0;
  try {
    let langs = parseLangs(flags.langs);
    let first = true;
    for (;;) {
      const chunkA = await readerA.take(first ? 2000 : 8192);
      const chunkB = await readerB.take(first ? 2000 : 8192);
      if (chunkA.count === 0 && chunkB.count === 0) break;
      const decodedA = decodeLines(chunkA.bytes, chunkA.count, first);
      const decodedB = decodeLines(chunkB.bytes, chunkB.count, first);
      if (first) {
        langs ??= [orUnd(majorityLang(decodedA.lines)), orUnd(majorityLang(decodedB.lines))];
        await writer.write(tmxHeader({ srclang: langs[0] }));
      }
      const start = readerA.lines - chunkA.count;
      for (let i = 0; i < Math.max(chunkA.count, chunkB.count); i++) {
        if (decodedA.bad.has(i) || decodedB.bad.has(i)) {
          invocation.stderr.write(`bitext export: line ${start + i + 1} is not valid UTF-8; written with U+FFFD in place of the bad bytes\n`);
          bad++;
        }
        const textA = decodedA.lines[i] ?? '';
        const textB = decodedB.lines[i] ?? '';
        if (flags['skip-empty'] && (!textA.trim() || !textB.trim())) {
          skipped++;
          continue;
        }
        await writer.write(tmxUnit({ variants: [{ lang: langs![0], text: textA }, { lang: langs![1], text: textB }] }));
        units++;
      }
      first = false;
    }
    if (first) await writer.write(tmxHeader({ srclang: parseLangs(flags.langs)?.[0] ?? 'und' }));
    await writer.write(TMX_FOOTER);
    await writer.flush();
  } catch (error) {
    return inputErrorExit(invocation, await failure([file], error));
  }
  await file.commit();
  if (readerA.lines !== readerB.lines) invocation.stderr.write(`bitext export: A has ${readerA.lines} lines and B ${readerB.lines}; the missing side of the extra lines is empty in the TMX\n`);
  invocation.stderr.write(`bitext export: ${units.toLocaleString('en-US')} units written to ${shownPath(invocation, out)}${skipped ? `, ${skipped} pairs with an empty side skipped` : ''}\n`);
  return bad ? 1 : 0;
}

/** TMX wants a language code; 'und' is the BCP 47 code for undetermined. */
function orUnd(lang: string): string {
  return lang || 'und';
}

// `bitext filter --clean OUT.A,OUT.B --rejected REJ.tsv A B`: splits a line-aligned corpus into clean
// pairs and rejected pairs (with the rules that rejected them), as corpus-cleaning hard rules do.
// Every input line ends up in exactly one of the two outputs. Clean lines are written byte for byte
// (line ends normalised to '\n', a BOM dropped).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Severity } from '../core/types';
import { linePairRules } from '../core/rules/corpus/index';
import type { CliIO } from './io';
import { UsageError } from './io';
import { inputErrorExit, openLinePair } from './corpus/check';
import { lineRanges } from './corpus/lines';
import { COMMON_OPTIONS, parseLangs, parseRuleConfig, parseWorkers, twoPaths } from './corpus/options';
import { Progress } from './corpus/progress';
import { runLineAligned } from './corpus/runner';
import { formatSummary } from './corpus/summary';
import { BufferedWriter, ByteWriter } from './corpus/writer';
import { checkOutputs, commitAll, failure, openOutputs } from './safe-output';
import { shownPath } from './corpus/check';

const HELP = `Usage: bitext filter --clean OUT.A,OUT.B --rejected REJ.tsv A B [options]

Writes the pairs with no finding at or above --reject-on to OUT.A/OUT.B, and every other pair to
REJ.tsv as: line<TAB>rules<TAB>side A<TAB>side B (tabs, backslashes and CRs in the text escaped as
\\t, \\\\ and \\r). Every input line is in exactly one of the two.

Options:
  --reject-on error|warning|info   lowest severity that rejects a pair (default warning)
  --workers N, --langs A,B, --config FILE, --disable ID,ID, --quiet   as for 'bitext corpus check'
`;

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1, hint: 0 };

export function escapeTsv(s: string): string {
  return s.replace(/[\\\t\r\n]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\r' ? '\\r' : '\\n'));
}

export async function filterCommand(io: CliIO): Promise<number> {
  const { values: v, positionals } = parseArgs({
    args: io.argv,
    allowPositionals: true,
    options: { ...COMMON_OPTIONS, clean: { type: 'string' }, rejected: { type: 'string' }, 'reject-on': { type: 'string' } },
  });
  if (v.help) {
    io.stdout.write(HELP);
    return 0;
  }
  const [a, b] = twoPaths(io, positionals, 'bitext filter');
  const clean = (v.clean ?? '').split(',').filter(Boolean);
  if (clean.length !== 2) throw new UsageError('--clean needs two output files, side A then side B: --clean out.vi,out.en');
  if (!v.rejected) throw new UsageError('--rejected REJ.tsv is required (every pair goes to the clean files or to it)');
  const rejectOn = (v['reject-on'] ?? 'warning') as Severity;
  if (!(rejectOn in RANK)) throw new UsageError(`--reject-on must be error, warning or info, not '${rejectOn}'`);
  const outputs = [...clean, v.rejected].map((p) => ({ path: resolve(io.cwd, p), shown: p }));
  checkOutputs([a, b].map((p) => ({ path: p, shown: shownPath(io, p) })), outputs);
  const [readerA, readerB] = openLinePair(io, a, b);

  const files = await openOutputs(outputs);
  const wa = new ByteWriter(files[0].stream);
  const wb = new ByteWriter(files[1].stream);
  const wr = new BufferedWriter(files[2].stream);
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  const NL = Buffer.from('\n');
  let kept = 0;
  let rejected = 0;
  let findings = 0;
  const progress = new Progress(io.stderr, !v.quiet);
  const minRank = RANK[rejectOn];
  try {
    const summary = await runLineAligned(readerA, readerB, {
      workers: parseWorkers(v.workers),
      config: parseRuleConfig(io, v.config, v.disable),
      langs: parseLangs(v.langs),
      sink: async (batch) => {
        findings += batch.findings.length;
        if (batch.n === 0) return;
        const why = new Map<number, string[]>();
        for (const f of batch.findings) {
          if (RANK[f.severity] < minRank) continue;
          const i = f.line - batch.start;
          const list = why.get(i) ?? [];
          if (!list.includes(f.rule)) list.push(f.rule);
          why.set(i, list);
        }
        const ra = lineRanges(batch.bytesA, batch.countA);
        const rb = lineRanges(batch.bytesB, batch.countB);
        for (let i = 0; i < batch.n; i++) {
          const sliceA = i < batch.countA ? stripBom(batch.bytesA.subarray(ra[i * 2], ra[i * 2 + 1]), batch.start + i) : Buffer.alloc(0);
          const sliceB = i < batch.countB ? stripBom(batch.bytesB.subarray(rb[i * 2], rb[i * 2 + 1]), batch.start + i) : Buffer.alloc(0);
          const rules = why.get(i);
          if (rules) {
            rejected++;
            await wr.write(`${batch.start + i + 1}\t${rules.join(',')}\t${escapeTsv(decoder.decode(sliceA))}\t${escapeTsv(decoder.decode(sliceB))}\n`);
          } else {
            kept++;
            await wa.write(sliceA);
            await wa.write(NL);
            await wb.write(sliceB);
            await wb.write(NL);
          }
        }
      },
      onProgress: (lines) => progress.update(lines, findings),
    });
    progress.done();
    if (!v.quiet) {
      io.stderr.write(formatSummary(summary, linePairRules.map((r) => r.id)));
      io.stderr.write(`kept ${kept.toLocaleString('en-US')} pairs, rejected ${rejected.toLocaleString('en-US')} (at or above ${rejectOn})\n`);
    }
    await wa.flush();
    await wb.flush();
    await wr.flush();
  } catch (e) {
    progress.done();
    return inputErrorExit(io, await failure(files, e));
  }
  await commitAll(files);
  return 0;
}

function stripBom(b: Buffer, line: number): Buffer {
  return line === 0 && b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
}

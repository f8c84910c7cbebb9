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

export function escapeTsv(text: string): string {
  return text.replace(/[\\\t\r\n]/g, (special) => (special === '\\' ? '\\\\' : special === '\t' ? '\\t' : special === '\r' ? '\\r' : '\\n'));
}

export async function filterCommand(invocation: CliIO): Promise<number> {
  const { values: flags, positionals } = parseArgs({
    args: invocation.argv,
    allowPositionals: true,
    options: { ...COMMON_OPTIONS, clean: { type: 'string' }, rejected: { type: 'string' }, 'reject-on': { type: 'string' } },
  });
  if (flags.help) {
    invocation.stdout.write(HELP);
    return 0;
  }
  const [pathA, pathB] = twoPaths(invocation, positionals, 'bitext filter');
  const clean = (flags.clean ?? '').split(',').filter(Boolean);
  if (clean.length !== 2) throw new UsageError('--clean needs two output files, side A then side B: --clean out.vi,out.en');
  if (!flags.rejected) throw new UsageError('--rejected REJ.tsv is required (every pair goes to the clean files or to it)');
  const rejectOn = (flags['reject-on'] ?? 'warning') as Severity;
  if (!(rejectOn in RANK)) throw new UsageError(`--reject-on must be error, warning or info, not '${rejectOn}'`);
  const outputs = [...clean, flags.rejected].map((p) => ({ path: resolve(invocation.cwd, p), shown: p }));
  checkOutputs([pathA, pathB].map((p) => ({ path: p, shown: shownPath(invocation, p) })), outputs);
  const [readerA, readerB] = openLinePair(invocation, pathA, pathB);

  const files = await openOutputs(outputs);
  const cleanA = new ByteWriter(files[0].stream);
  const cleanB = new ByteWriter(files[1].stream);
  const rejectedOut = new BufferedWriter(files[2].stream);
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  const newline = Buffer.from('\n');
  let kept = 0;
  let rejected = 0;
  let findings = 0;
  const progress = new Progress(invocation.stderr, !flags.quiet);
  const minRank = RANK[rejectOn];
  try {
    const summary = await runLineAligned(readerA, readerB, {
      workers: parseWorkers(flags.workers),
      config: parseRuleConfig(invocation, flags.config, flags.disable),
      langs: parseLangs(flags.langs),
      sink: async (batch) => {
        findings += batch.findings.length;
        if (batch.n === 0) return;
        const why = new Map<number, string[]>();
        for (const finding of batch.findings) {
          if (RANK[finding.severity] < minRank) continue;
          const lineInBatch = finding.line - batch.start;
          const list = why.get(lineInBatch) ?? [];
          if (!list.includes(finding.rule)) list.push(finding.rule);
          why.set(lineInBatch, list);
        }
        const rangesA = lineRanges(batch.bytesA, batch.countA);
        const rangesB = lineRanges(batch.bytesB, batch.countB);
        for (let i = 0; i < batch.n; i++) {
          const sliceA = i < batch.countA ? stripBom(batch.bytesA.subarray(rangesA[i * 2], rangesA[i * 2 + 1]), batch.start + i) : Buffer.alloc(0);
          const sliceB = i < batch.countB ? stripBom(batch.bytesB.subarray(rangesB[i * 2], rangesB[i * 2 + 1]), batch.start + i) : Buffer.alloc(0);
          const rules = why.get(i);
          if (rules) {
            rejected++;
            await rejectedOut.write(`${batch.start + i + 1}\t${rules.join(',')}\t${escapeTsv(decoder.decode(sliceA))}\t${escapeTsv(decoder.decode(sliceB))}\n`);
          } else {
            kept++;
            await cleanA.write(sliceA);
            await cleanA.write(newline);
            await cleanB.write(sliceB);
            await cleanB.write(newline);
          }
        }
      },
      onProgress: (lines) => progress.update(lines, findings),
    });
    progress.done();
    if (!flags.quiet) {
      invocation.stderr.write(formatSummary(summary, linePairRules.map((r) => r.id)));
      invocation.stderr.write(`kept ${kept.toLocaleString('en-US')} pairs, rejected ${rejected.toLocaleString('en-US')} (at or above ${rejectOn})\n`);
    }
    await cleanA.flush();
    await cleanB.flush();
    await rejectedOut.flush();
  } catch (error) {
    progress.done();
    return inputErrorExit(invocation, await failure(files, error));
  }
  await commitAll(files);
  return 0;
}

function stripBom(bytes: Buffer, line: number): Buffer {
  return line === 0 && bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
}

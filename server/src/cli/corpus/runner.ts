// The streaming runner for a line-aligned pair: reads both files in batches of lines, learns corpus
// statistics from a bounded sample at the start (same pass), fans batches out to worker threads with
// a bounded number in flight, takes results back in order, runs the rules' whole-corpus hooks in line
// order (`corpus.line`, then `corpus.end` with the line counts), and hands each batch to a sink (findings
// output, filter, ...). Memory stays bounded.
import { DIGEST_STRIDE, type CorpusReport } from '../../core/rules/rule';
import type { Lang } from '../../core/types';
import type { BatchOutput, BatchSettings } from '../../core/corpus/batch';
import { decodeLines } from '../../core/corpus/batch';
import { resolveLineRules, type LineRuleConfig, type ResolvedLineRule } from '../../core/corpus/engine';
import { CORPUS_SAMPLE_LINES, learnCorpusStats } from '../../core/corpus/learn';
import type { CorpusStatsEx, LineFinding } from '../../core/corpus/types';
import { linePairRules } from '../../core/rules/corpus/index';
import { ByteLineReader } from './lines';
import { createBatchRunner } from './pool';

export interface RunOptions {
  workers: number;
  batchLines?: number;
  sampleLines?: number;
  config?: LineRuleConfig;
  /** Languages of side A and B; detected from the sample when not given. */
  langs?: [Lang, Lang];
  /** Called in line order for every batch, with its findings (inconsistency included, sorted by line). */
  sink(batch: SinkBatch): void | Promise<void>;
  onProgress?(lines: number): void;
}

export interface SinkBatch {
  start: number;
  n: number;
  findings: LineFinding[];
  bytesA: Buffer;
  bytesB: Buffer;
  countA: number;
  countB: number;
}

export interface RunSummary {
  linesA: number;
  linesB: number;
  pairs: number;
  bytes: number;
  seconds: number;
  findingsByRule: Map<string, number>;
  /** With the language profile when one was learned (written by --stats-out). */
  stats: CorpusStatsEx | undefined;
  langA: Lang;
  langB: Lang;
  workers: number;
  /** Notes of the whole-corpus rules for the summary (e.g. a full inconsistency table). */
  notes: string[];
}

/** A rule with whole-corpus hooks, and its state for this run. */
interface CorpusPass {
  resolved: ResolvedLineRule;
  state: unknown;
}

export async function runLineAligned(readerA: ByteLineReader, readerB: ByteLineReader, opts: RunOptions): Promise<RunSummary> {
  const startedAt = performance.now();
  const batchLines = opts.batchLines ?? 8192;
  const sampleLines = opts.sampleLines ?? CORPUS_SAMPLE_LINES;
  const rules = resolveLineRules(linePairRules, opts.config);
  const passes: CorpusPass[] = rules.filter((resolved) => resolved.corpus).map((resolved) => ({ resolved, state: resolved.corpus!.begin(resolved.options) }));

  // Bounded sample, same pass: the first lines, decoded here once for statistics and languages.
  const sampleA = await readerA.take(sampleLines);
  const sampleB = await readerB.take(sampleLines);
  const decodedA = decodeLines(sampleA.bytes, sampleA.count, true);
  const decodedB = decodeLines(sampleB.bytes, sampleB.count, true);
  const learned = learnCorpusStats(decodedA.lines, decodedB.lines, (i) => decodedA.bad.has(i) || decodedB.bad.has(i));
  const stats = learned.stats;
  const langA = opts.langs?.[0] ?? learned.langA;
  const langB = opts.langs?.[1] ?? learned.langB;
  const settings: BatchSettings = { config: opts.config ?? {}, stats, langA, langB, neighbours: true };
  const runner = createBatchRunner(opts.workers, settings);

  const byRule = new Map<string, number>();
  const maxInFlight = Math.max(2, runner.size * 3);
  const inFlight: { promise: Promise<BatchOutput>; bytesA: Buffer; bytesB: Buffer; countA: number; countB: number }[] = [];
  let start = 0;
  let pairs = 0;

  const drainOne = async () => {
    const job = inFlight.shift()!;
    const out = await job.promise;
    const findings = passes.length ? mergeCorpusLines(out, passes) : out.findings;
    for (const finding of findings) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
    pairs += out.n;
    await opts.sink({ start: out.start, n: out.n, findings, bytesA: job.bytesA, bytesB: job.bytesB, countA: job.countA, countB: job.countB });
    opts.onProgress?.(pairs);
  };

  const submit = async (chunkA: { bytes: Buffer; count: number }, chunkB: { bytes: Buffer; count: number }) => {
    const lineCount = Math.max(chunkA.count, chunkB.count);
    if (lineCount === 0) return;
    const input = { start, a: chunkA.bytes, b: chunkB.bytes, countA: chunkA.count, countB: chunkB.count };
    inFlight.push({ promise: runner.run(input), bytesA: chunkA.bytes, bytesB: chunkB.bytes, countA: chunkA.count, countB: chunkB.count });
    start += lineCount;
    while (inFlight.length >= maxInFlight) await drainOne();
  };

  try {
    // The sample goes through the same path, in batch-sized pieces.
    await submitSplit(sampleA, sampleB, batchLines, submit);
    for (;;) {
      const chunkA = await readerA.take(batchLines);
      const chunkB = await readerB.take(batchLines);
      if (chunkA.count === 0 && chunkB.count === 0) break;
      await submit(chunkA, chunkB);
    }
    while (inFlight.length) await drainOne();
  } finally {
    await runner.close();
  }

  const ending: LineFinding[] = [];
  for (const { resolved, state } of passes) {
    resolved.corpus!.end?.(state, { linesA: readerA.lines, linesB: readerB.lines }, (report) => ending.push(corpusFinding(resolved, report)));
  }
  if (ending.length) {
    for (const finding of ending) byRule.set(finding.rule, (byRule.get(finding.rule) ?? 0) + 1);
    await opts.sink({ start, n: 0, findings: ending, bytesA: Buffer.alloc(0), bytesB: Buffer.alloc(0), countA: 0, countB: 0 });
  }

  return {
    linesA: readerA.lines,
    linesB: readerB.lines,
    pairs,
    bytes: readerA.bytesRead + readerB.bytesRead,
    seconds: (performance.now() - startedAt) / 1000,
    findingsByRule: byRule,
    stats,
    langA,
    langB,
    workers: runner.size,
    notes: passes.flatMap(({ resolved, state }) => resolved.corpus!.summary?.(state) ?? []),
  };
}

async function submitSplit(
  sampleA: { bytes: Buffer; count: number },
  sampleB: { bytes: Buffer; count: number },
  batchLines: number,
  submit: (chunkA: { bytes: Buffer; count: number }, chunkB: { bytes: Buffer; count: number }) => Promise<void>,
): Promise<void> {
  let startA = 0;
  let startB = 0;
  let leftA = sampleA.count;
  let leftB = sampleB.count;
  while (leftA > 0 || leftB > 0) {
    const takeA = Math.min(batchLines, leftA);
    const takeB = Math.min(batchLines, leftB);
    const endA = skipLines(sampleA.bytes, startA, takeA);
    const endB = skipLines(sampleB.bytes, startB, takeB);
    await submit({ bytes: sampleA.bytes.subarray(startA, endA), count: takeA }, { bytes: sampleB.bytes.subarray(startB, endB), count: takeB });
    startA = endA;
    startB = endB;
    leftA -= takeA;
    leftB -= takeB;
  }
}

function skipLines(bytes: Buffer, pos: number, lineCount: number): number {
  for (let i = 0; i < lineCount; i++) {
    const newlineAt = bytes.indexOf(10, pos);
    pos = newlineAt < 0 ? bytes.length : newlineAt + 1;
  }
  return pos;
}

function corpusFinding(resolved: ResolvedLineRule, report: CorpusReport): LineFinding {
  return { rule: resolved.rule.id, severity: resolved.severity, line: report.line, side: report.side, message: report.message, span: report.span, data: report.data };
}

/** Runs the whole-corpus `line` hooks over a batch in line order and merges their findings in by line. */
function mergeCorpusLines(out: BatchOutput, passes: CorpusPass[]): LineFinding[] {
  let extra: LineFinding[] | undefined;
  for (const { resolved, state } of passes) {
    const digest = out.digests[resolved.rule.id];
    const line = resolved.corpus!.line;
    if (!digest || !line) continue;
    const report = (r: CorpusReport) => (extra ??= []).push(corpusFinding(resolved, r));
    for (let i = 0; i < out.n; i++) {
      if (digest[i * DIGEST_STRIDE] === 0) continue;
      line(state, out.start + i, digest, i * DIGEST_STRIDE + 1, report);
    }
  }
  if (!extra) return out.findings;
  const all = out.findings.concat(extra);
  // Stable sort by line keeps rule order within a line.
  return all.sort((x, y) => x.line - y.line);
}

// One batch of a line-aligned corpus: the bytes of N consecutive lines of each file in, findings and
// the whole-corpus rules' digests out. This is what a worker thread runs; it is pure (bytes in, data
// out), so the runner can also call it inline.
import { DIGEST_STRIDE, type CorpusStats } from '../rules/rule';
import type { Lang } from '../types';
import { checkLinePair, type LineRuleConfig, resolveLineRules, type ResolvedLineRule } from './engine';
import type { LineFinding, LinePairInContext } from './types';
import { linePairRules } from '../rules/corpus/index';

export interface BatchSettings {
  config: LineRuleConfig;
  stats: CorpusStats | undefined;
  langA: Lang;
  langB: Lang;
  /** Give rules the neighbouring lines (false in the stateless --stdin mode). */
  neighbours: boolean;
}

export interface BatchInput {
  /** 0-based number of the first line of the batch. */
  start: number;
  /** Bytes of `countA` lines of file A, each ending in '\n' except maybe the last line of the file. */
  a: Uint8Array;
  b: Uint8Array;
  countA: number;
  countB: number;
}

export interface BatchOutput {
  start: number;
  /** Number of line pairs (max of the two counts). */
  n: number;
  findings: LineFinding[];
  /**
   * Per rule with a `corpus.digest` hook, by rule id: `DIGEST_STRIDE` words a pair (a presence word,
   * 1 when the pair has a digest, then the digest), for the rule's `corpus.line` hook in line order.
   */
  digests: Record<string, Uint32Array>;
}

const fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lenient = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export interface DecodedLines {
  lines: string[];
  /** Line index in the batch -> byte offset (in the line) of its first invalid UTF-8 byte. */
  bad: Map<number, number>;
}

/** Splits and decodes `count` lines; strips '\r' before '\n' and, on the file's first line, a BOM. */
export function decodeLines(bytes: Uint8Array, count: number, firstOfFile: boolean): DecodedLines {
  const bad = new Map<number, number>();
  let lines: string[];
  try {
    lines = fatal.decode(bytes).split('\n', count);
  } catch {
    lines = [];
    let pos = 0;
    for (let i = 0; i < count; i++) {
      let end = bytes.indexOf(10, pos);
      if (end < 0) end = bytes.length;
      const slice = bytes.subarray(pos, end);
      try {
        lines.push(fatal.decode(slice));
      } catch {
        bad.set(i, firstInvalidByte(slice));
        lines.push(lenient.decode(slice));
      }
      pos = end + 1;
    }
  }
  while (lines.length < count) lines.push('');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length && line.charCodeAt(line.length - 1) === 13) lines[i] = line.slice(0, -1);
  }
  if (firstOfFile && lines.length && lines[0].charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
  return { lines, bad };
}

/** Byte offset of the first byte that is not part of a valid UTF-8 sequence. */
export function firstInvalidByte(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const lead = bytes[offset];
    let continuation: number;
    if (lead < 0x80) continuation = 0;
    else if (lead >= 0xc2 && lead <= 0xdf) continuation = 1;
    else if (lead >= 0xe0 && lead <= 0xef) continuation = 2;
    else if (lead >= 0xf0 && lead <= 0xf4) continuation = 3;
    else return offset;
    if (offset + continuation >= bytes.length && continuation > 0) return offset;
    for (let k = 1; k <= continuation; k++) if ((bytes[offset + k] & 0xc0) !== 0x80) return offset;
    if (continuation && !fatalOk(bytes.subarray(offset, offset + continuation + 1))) return offset;
    offset += continuation + 1;
  }
  return bytes.length;
}

function fatalOk(seq: Uint8Array): boolean {
  try {
    fatal.decode(seq);
    return true;
  } catch {
    return false;
  }
}

/** A batch checker with its rules resolved once. */
export function makeBatchChecker(settings: BatchSettings): (input: BatchInput) => BatchOutput {
  const rules = resolveLineRules(linePairRules, settings.config);
  return (input) => checkBatch(input, rules, settings);
}

export function checkBatch(input: BatchInput, rules: ResolvedLineRule[], settings: BatchSettings): BatchOutput {
  const decodedA = decodeLines(input.a, input.countA, input.start === 0);
  const decodedB = decodeLines(input.b, input.countB, input.start === 0);
  return checkDecodedBatch(input.start, decodedA, decodedB, input.countA, input.countB, rules, settings);
}

export function checkDecodedBatch(
  start: number,
  decodedA: DecodedLines,
  decodedB: DecodedLines,
  countA: number,
  countB: number,
  rules: ResolvedLineRule[],
  settings: BatchSettings,
): BatchOutput {
  const count = Math.max(countA, countB);
  const findings: LineFinding[] = [];
  const digesting = rules.filter((resolved) => resolved.corpus?.digest);
  const digests: Record<string, Uint32Array> = {};
  for (const resolved of digesting) digests[resolved.rule.id] = new Uint32Array(count * DIGEST_STRIDE);
  const { stats, langA, langB } = settings;
  const pairAt = (index: number) => ({ a: index < countA ? decodedA.lines[index] : '', b: index < countB ? decodedB.lines[index] : '' });
  for (let i = 0; i < count; i++) {
    const badA = decodedA.bad.get(i);
    const badB = decodedB.bad.get(i);
    const { a: lineA, b: lineB } = pairAt(i);
    const pair: LinePairInContext = {
      line: start + i,
      a: lineA,
      b: lineB,
      langA,
      langB,
      prev: settings.neighbours && i > 0 ? pairAt(i - 1) : undefined,
      next: settings.neighbours && i + 1 < count ? pairAt(i + 1) : undefined,
      invalidUtf8: badA !== undefined || badB !== undefined ? { a: badA, b: badB } : undefined,
      absent: i >= countA ? { side: 'a', why: 'shorter-file' } : i >= countB ? { side: 'b', why: 'shorter-file' } : undefined,
    };
    const found = checkLinePair(pair, rules, stats);
    for (const finding of found) findings.push(finding);
    if (pair.invalidUtf8 || digesting.length === 0) continue;
    const foundIds = found.map((finding) => finding.rule);
    for (const resolved of digesting) {
      const words = digests[resolved.rule.id];
      if (resolved.corpus!.digest!(pair, resolved.options, foundIds, words, i * DIGEST_STRIDE + 1)) words[i * DIGEST_STRIDE] = 1;
    }
  }
  return { start, n: count, findings, digests };
}

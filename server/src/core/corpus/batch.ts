// One batch of a line-aligned corpus: the bytes of N consecutive lines of each file in, findings and
// inconsistency hashes out. This is what a worker thread runs; it is pure (bytes in, data out), so the
// runner can also call it inline.
import type { CorpusStats } from '../rules/rule';
import type { Lang } from '../types';
import { checkLinePair, type LineRuleConfig, resolveLineRules, type ResolvedLineRule } from './engine';
import { sourceKeyHashes, targetKeyHash } from './hash';
import type { LineFinding } from './types';
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
  /** Per pair: source hash hi, lo and target hash; all 0 when the pair is not a consistency candidate. */
  hashes: Uint32Array;
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
    const l = lines[i];
    if (l.length && l.charCodeAt(l.length - 1) === 13) lines[i] = l.slice(0, -1);
  }
  if (firstOfFile && lines.length && lines[0].charCodeAt(0) === 0xfeff) lines[0] = lines[0].slice(1);
  return { lines, bad };
}

/** Byte offset of the first byte that is not part of a valid UTF-8 sequence. */
export function firstInvalidByte(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let n: number;
    if (c < 0x80) n = 0;
    else if (c >= 0xc2 && c <= 0xdf) n = 1;
    else if (c >= 0xe0 && c <= 0xef) n = 2;
    else if (c >= 0xf0 && c <= 0xf4) n = 3;
    else return i;
    if (i + n >= b.length && n > 0) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k] & 0xc0) !== 0x80) return i;
    if (n && !fatalOk(b.subarray(i, i + n + 1))) return i;
    i += n + 1;
  }
  return b.length;
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
  const A = decodeLines(input.a, input.countA, input.start === 0);
  const B = decodeLines(input.b, input.countB, input.start === 0);
  return checkDecodedBatch(input.start, A, B, input.countA, input.countB, rules, settings);
}

export function checkDecodedBatch(
  start: number,
  A: DecodedLines,
  B: DecodedLines,
  countA: number,
  countB: number,
  rules: ResolvedLineRule[],
  settings: BatchSettings,
): BatchOutput {
  const n = Math.max(countA, countB);
  const findings: LineFinding[] = [];
  const hashes = new Uint32Array(n * 3);
  const enc = rules.find((r) => r.rule.id === 'line-encoding');
  const inc = rules.find((r) => r.rule.id === 'line-inconsistent');
  const minChars = Number(inc?.options.minChars ?? 20);
  const { stats, langA, langB } = settings;
  const pairAt = (i: number) => ({ a: i < countA ? A.lines[i] : '', b: i < countB ? B.lines[i] : '' });
  for (let i = 0; i < n; i++) {
    const line = start + i;
    const badA = A.bad.get(i);
    const badB = B.bad.get(i);
    if (badA !== undefined || badB !== undefined) {
      if (enc) {
        for (const [side, at] of [['a', badA], ['b', badB]] as const) {
          if (at === undefined) continue;
          findings.push({
            rule: 'line-encoding',
            severity: enc.severity,
            line,
            side,
            message: `side ${side.toUpperCase()} is not valid UTF-8 (first bad byte at byte ${at} of the line); other checks skipped`,
            data: { byte: at },
          });
        }
      }
      continue;
    }
    const { a, b } = pairAt(i);
    const pair = {
      line,
      a,
      b,
      langA,
      langB,
      prev: settings.neighbours && i > 0 ? pairAt(i - 1) : undefined,
      next: settings.neighbours && i + 1 < n ? pairAt(i + 1) : undefined,
    };
    const found = checkLinePair(pair, rules, stats);
    for (const f of found) {
      if (f.rule === 'line-empty' && (i >= countA || i >= countB)) {
        f.message = `no line ${line + 1} in ${i >= countA ? '{A}' : '{B}'} (it has fewer lines): one-sided pair`;
      }
      findings.push(f);
    }
    if (inc && !found.some((f) => f.rule === 'line-empty' || f.rule === 'line-too-long')) {
      const [h1, h2, len] = sourceKeyHashes(a);
      if (len >= minChars) {
        hashes[i * 3] = h1;
        hashes[i * 3 + 1] = h2 | 1;
        hashes[i * 3 + 2] = targetKeyHash(b);
      }
    }
  }
  return { start, n, findings, hashes };
}

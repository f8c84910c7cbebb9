// A language profile learned from the corpus itself: character trigram log-probability differences
// between side A's text and side B's text, from the bounded sample the runner reads first. It tells,
// for any line, whether it reads more like side A's language or side B's, for any language pair and
// without word lists. Trigrams are hashed into 2^16 buckets (a 256 KiB table). Each difference is
// rounded to 1/16 nat and clipped to +-127/16, so that the table is exactly one signed byte a bucket:
// `--stats-out` writes it and `--stdin --stats` reads it back bit for bit (profileBytes/profileFromBytes),
// and a line scores the same in the whole-corpus run and in any --stdin task.
import { lowerCodeUnit } from '../lower-case';

const BITS = 16;
const SIZE = 1 << BITS;
/** Steps of a nat the table is rounded to. */
const STEPS_PER_NAT = 16;

/** The code unit as the profile reads it: ASCII letters lower-cased, digits and punctuation a space. */
function profileCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 65 || (code > 90 && code < 97) || (code > 122 && code < 0xc0)) return 32;
  return code >= 0xc0 ? lowerCodeUnit(code) : code;
}

function trigramHash(first: number, second: number, third: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b) ^ Math.imul(third, 0xc2b2ae35)) >>> (32 - BITS);
}

function trigramHashes(line: string, visit: (bucket: number) => void): void {
  let first = 32;
  let second = 32;
  const length = Math.min(line.length, 1000);
  for (let i = 0; i <= length; i++) {
    const code = i < length ? profileCode(line.charCodeAt(i)) : 32;
    if (code === 32 && second === 32) continue;
    visit(trigramHash(first, second, code));
    first = second;
    second = code;
  }
}

export class LangProfileBuilder {
  private readonly a = new Uint32Array(SIZE);
  private readonly b = new Uint32Array(SIZE);
  private na = 0;
  private nb = 0;

  add(side: 'a' | 'b', line: string): void {
    const table = side === 'a' ? this.a : this.b;
    let count = 0;
    trigramHashes(line, (bucket) => {
      table[bucket]++;
      count++;
    });
    if (side === 'a') this.na += count;
    else this.nb += count;
  }

  /** The table, or undefined when the sample is too small to tell the sides apart. */
  finish(minTrigrams = 20000): Float32Array | undefined {
    if (this.na < minTrigrams || this.nb < minTrigrams) return undefined;
    const table = new Float32Array(SIZE);
    const logTotalA = Math.log(this.na + SIZE);
    const logTotalB = Math.log(this.nb + SIZE);
    for (let i = 0; i < SIZE; i++) table[i] = quantize(Math.log(this.a[i] + 1) - logTotalA - (Math.log(this.b[i] + 1) - logTotalB));
    return table;
  }
}

/** To a whole number of 1/16 nats, clipped to one signed byte. */
function quantize(logRatio: number): number {
  return Math.max(-127, Math.min(127, Math.round(logRatio * STEPS_PER_NAT))) / STEPS_PER_NAT;
}

/** The table as one signed byte a bucket (64 KiB; mostly one value, so it compresses to ~15-60 KiB). */
export function profileBytes(profile: Float32Array): Uint8Array {
  const bytes = new Int8Array(SIZE);
  for (let i = 0; i < SIZE; i++) bytes[i] = Math.round(profile[i] * STEPS_PER_NAT);
  return new Uint8Array(bytes.buffer);
}

/** profileBytes' table back, or undefined when `bytes` is not one (wrong size). */
export function profileFromBytes(bytes: Uint8Array): Float32Array | undefined {
  if (bytes.length !== SIZE) return undefined;
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const profile = new Float32Array(SIZE);
  for (let i = 0; i < SIZE; i++) profile[i] = signed[i] / STEPS_PER_NAT;
  return profile;
}

export interface SideScore {
  /** Mean log-likelihood ratio per trigram: > 0 reads like side A, < 0 like side B. */
  mean: number;
  trigrams: number;
}

export function scoreLine(profile: Float32Array, line: string): SideScore {
  // trigramHashes' loop again, without a callback: this runs on every line of a corpus
  let sum = 0;
  let count = 0;
  let first = 32;
  let second = 32;
  const len = Math.min(line.length, 1000);
  for (let i = 0; i <= len; i++) {
    const code = i < len ? profileCode(line.charCodeAt(i)) : 32;
    if (code === 32 && second === 32) continue;
    sum += profile[trigramHash(first, second, code)];
    count++;
    first = second;
    second = code;
  }
  return { mean: count ? sum / count : 0, trigrams: count };
}

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
function profileCode(c: number): number {
  if (c >= 65 && c <= 90) return c + 32;
  if (c < 65 || (c > 90 && c < 97) || (c > 122 && c < 0xc0)) return 32;
  return c >= 0xc0 ? lowerCodeUnit(c) : c;
}

function trigramHash(c1: number, c2: number, c: number): number {
  return (Math.imul(c1, 0x9e3779b1) ^ Math.imul(c2, 0x85ebca6b) ^ Math.imul(c, 0xc2b2ae35)) >>> (32 - BITS);
}

function trigramHashes(line: string, visit: (h: number) => void): void {
  let c1 = 32;
  let c2 = 32;
  const n = Math.min(line.length, 1000);
  for (let i = 0; i <= n; i++) {
    const c = i < n ? profileCode(line.charCodeAt(i)) : 32;
    if (c === 32 && c2 === 32) continue;
    visit(trigramHash(c1, c2, c));
    c1 = c2;
    c2 = c;
  }
}

export class LangProfileBuilder {
  private readonly a = new Uint32Array(SIZE);
  private readonly b = new Uint32Array(SIZE);
  private na = 0;
  private nb = 0;

  add(side: 'a' | 'b', line: string): void {
    const t = side === 'a' ? this.a : this.b;
    let n = 0;
    trigramHashes(line, (h) => {
      t[h]++;
      n++;
    });
    if (side === 'a') this.na += n;
    else this.nb += n;
  }

  /** The table, or undefined when the sample is too small to tell the sides apart. */
  finish(minTrigrams = 20000): Float32Array | undefined {
    if (this.na < minTrigrams || this.nb < minTrigrams) return undefined;
    const d = new Float32Array(SIZE);
    const la = Math.log(this.na + SIZE);
    const lb = Math.log(this.nb + SIZE);
    for (let i = 0; i < SIZE; i++) d[i] = quantize(Math.log(this.a[i] + 1) - la - (Math.log(this.b[i] + 1) - lb));
    return d;
  }
}

/** To a whole number of 1/16 nats, clipped to one signed byte. */
function quantize(x: number): number {
  return Math.max(-127, Math.min(127, Math.round(x * STEPS_PER_NAT))) / STEPS_PER_NAT;
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
  let n = 0;
  let c1 = 32;
  let c2 = 32;
  const len = Math.min(line.length, 1000);
  for (let i = 0; i <= len; i++) {
    const c = i < len ? profileCode(line.charCodeAt(i)) : 32;
    if (c === 32 && c2 === 32) continue;
    sum += profile[trigramHash(c1, c2, c)];
    n++;
    c1 = c2;
    c2 = c;
  }
  return { mean: n ? sum / n : 0, trigrams: n };
}

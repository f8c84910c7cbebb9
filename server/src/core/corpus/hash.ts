// String hashing for the inconsistency detector: two independent 32-bit hashes of a line's key make
// a 64-bit identity (a false match needs a collision on both, about 1 in 2^64 per pair of lines).

/** 32-bit FNV-1a over UTF-16 code units, with a seed, finished with a murmur3 mix. */
export function hash32(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix(h);
}

export const SEED_A = 0x811c9dc5;
export const SEED_B = 0x9747b28c;

/** The form under which two lines count as "the same": NFC, spaces collapsed, trimmed. */
export function sourceKey(line: string): string {
  return nfc(line).replace(/\s+/g, ' ').trim();
}

/** The form under which two translations count as "the same": also case and punctuation ignored. */
export function targetKey(line: string): string {
  return nfc(line)
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** NFC only when the text holds combining marks (the common precomposed text is returned as is). */
export function nfc(s: string): string {
  return COMBINING.test(s) ? s.normalize('NFC') : s;
}
const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x1680 || c === 0x2028 || c === 0x2029 || c === 0x85 || c === 0xfeff;

/**
 * Hashes of `sourceKey(line)` without building it: [hashA, hashB, key length]. Equal to
 * `[hash32(k, SEED_A), hash32(k, SEED_B), k.length]` for `k = sourceKey(line)`.
 */
export function sourceKeyHashes(line: string, normalized = false): [number, number, number] {
  const s = line;
  let h1 = SEED_A;
  let h2 = SEED_B;
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f && !normalized) return sourceKeyHashes(nfc(line), true);
    if (isSpace(c)) {
      if (n > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      h1 = Math.imul(h1 ^ 32, 0x01000193);
      h2 = Math.imul(h2 ^ 32, 0x01000193);
      n++;
      pendingSpace = false;
    }
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193);
    n++;
  }
  return [fmix(h1), fmix(h2), n];
}

// 0: separator (space, punctuation, symbol), else the lower-case code unit; filled on first use
// (-1 = not known yet).
const keyTable = new Int32Array(65536).fill(-1);
const PUNCT_OR_SPACE = /[\p{P}\p{S}\s]/u;
function keyChar(c: number): number {
  if (c < 128) {
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) return c;
    if (c >= 65 && c <= 90) return c + 32;
    return 0;
  }
  let k = keyTable[c];
  if (k < 0) {
    const ch = String.fromCharCode(c);
    if (c >= 0xd800 && c <= 0xdfff) k = c;
    else if (PUNCT_OR_SPACE.test(ch)) k = 0;
    else {
      const l = ch.toLowerCase();
      k = l.length === 1 ? l.charCodeAt(0) : c;
    }
    keyTable[c] = k;
  }
  return k;
}

/** Hash of `targetKey(line)` without building it (equal to `hash32(targetKey(line))` for text whose lower case keeps its length). */
export function targetKeyHash(line: string, normalized = false): number {
  const s = line;
  let h = SEED_A;
  let started = false;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f && !normalized) return targetKeyHash(nfc(line), true);
    const k = keyChar(c);
    if (k === 0) {
      if (started) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      h = Math.imul(h ^ 32, 0x01000193);
      pendingSpace = false;
    }
    h = Math.imul(h ^ k, 0x01000193);
    started = true;
  }
  return fmix(h);
}

/** murmur3's finalizer: every input bit moves about half of the output bits. */
function fmix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

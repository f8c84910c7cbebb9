// String hashing for the inconsistency detector: two independent 32-bit hashes of a line's key make
// a 64-bit identity (a false match needs a collision on both, about 1 in 2^64 per pair of lines).

/** 32-bit FNV-1a over UTF-16 code units, with a seed, finished with a murmur3 mix. */
export function hash32(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return fmix(hash);
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
export function nfc(text: string): string {
  return COMBINING.test(text) ? text.normalize('NFC') : text;
}
const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;

const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0x85 || code === 0xfeff;

/**
 * Hashes of `sourceKey(line)` without building it: [hashA, hashB, key length]. Equal to
 * `[hash32(k, SEED_A), hash32(k, SEED_B), k.length]` for `k = sourceKey(line)`.
 */
export function sourceKeyHashes(line: string, normalized = false): [number, number, number] {
  const text = line;
  let hashA = SEED_A;
  let hashB = SEED_B;
  let length = 0;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f && !normalized) return sourceKeyHashes(nfc(line), true);
    if (isSpace(code)) {
      if (length > 0) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      hashA = Math.imul(hashA ^ 32, 0x01000193);
      hashB = Math.imul(hashB ^ 32, 0x01000193);
      length++;
      pendingSpace = false;
    }
    hashA = Math.imul(hashA ^ code, 0x01000193);
    hashB = Math.imul(hashB ^ code, 0x01000193);
    length++;
  }
  return [fmix(hashA), fmix(hashB), length];
}

// 0: separator (space, punctuation, symbol), else the lower-case code unit; filled on first use
// (-1 = not known yet).
const keyTable = new Int32Array(65536).fill(-1);
const PUNCT_OR_SPACE = /[\p{P}\p{S}\s]/u;
function keyChar(code: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) return code;
    if (code >= 65 && code <= 90) return code + 32;
    return 0;
  }
  let key = keyTable[code];
  if (key < 0) {
    const char = String.fromCharCode(code);
    if (code >= 0xd800 && code <= 0xdfff) key = code;
    else if (PUNCT_OR_SPACE.test(char)) key = 0;
    else {
      const lower = char.toLowerCase();
      key = lower.length === 1 ? lower.charCodeAt(0) : code;
    }
    keyTable[code] = key;
  }
  return key;
}

/** Hash of `targetKey(line)` without building it (equal to `hash32(targetKey(line))` for text whose lower case keeps its length). */
export function targetKeyHash(line: string, normalized = false): number {
  const text = line;
  let hash = SEED_A;
  let started = false;
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x300 && code <= 0x36f && !normalized) return targetKeyHash(nfc(line), true);
    const key = keyChar(code);
    if (key === 0) {
      if (started) pendingSpace = true;
      continue;
    }
    if (pendingSpace) {
      hash = Math.imul(hash ^ 32, 0x01000193);
      pendingSpace = false;
    }
    hash = Math.imul(hash ^ key, 0x01000193);
    started = true;
  }
  return fmix(hash);
}

/** murmur3's finalizer: every input bit moves about half of the output bits. */
function fmix(hash: number): number {
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

// Per-unit features for alignment: character length and token ids (shared id space for both sides,
// so identical tokens on the two sides get the same id). Pure; no I/O.
import { lowerCodeUnit } from '../lower-case';

export interface UnitFeatures {
  /** Length of each unit in characters (whitespace not counted), at least 1. */
  len: Float64Array;
  /** Prefix sums of `len`: lenSum[i] = len[0] + ... + len[i-1]. */
  lenSum: Float64Array;
  /** Token offsets: tokens of unit i are tokFull/tokStem[tokStart[i] .. tokStart[i+1]). */
  tokStart: Int32Array;
  /** Full lower-cased form id of each token. */
  tokFull: Int32Array;
  /** Stem id (lower-cased prefix) of each token, for the learned lexicon. */
  tokStem: Int32Array;
  /** Prefix sums of markup units (a line with no letter or digit outside tags, e.g. `<p>`, `***`). */
  markSum: Int32Array;
}

/**
 * Interns UTF-16 sequences to small integers with an open-addressing hash over a shared character
 * pool, so tokenising a text makes no string per token.
 */
class Interner {
  private table = new Int32Array(1 << 12);
  private pool = new Uint16Array(1 << 14);
  private poolLen = 0;
  private start: Int32Array = new Int32Array(1024);
  private len: Int32Array = new Int32Array(1024);
  count = 0;

  /** Id of buf[0, length) whose hash is `hash`. */
  intern(buf: Uint16Array, length: number, hash: number): number {
    const mask = this.table.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.table[slot];
      if (entry === 0) break;
      const candidateId = entry - 1;
      if (this.len[candidateId] === length) {
        const offset = this.start[candidateId];
        let matched = 0;
        while (matched < length && this.pool[offset + matched] === buf[matched]) matched++;
        if (matched === length) return candidateId;
      }
      slot = (slot + 1) & mask;
    }
    const newId = this.count++;
    if (newId === this.start.length) {
      this.start = grow32(this.start);
      this.len = grow32(this.len);
    }
    if (this.poolLen + length > this.pool.length) {
      const grown = new Uint16Array(Math.max(this.pool.length * 2, this.poolLen + length));
      grown.set(this.pool);
      this.pool = grown;
    }
    this.pool.set(buf.subarray(0, length), this.poolLen);
    this.start[newId] = this.poolLen;
    this.len[newId] = length;
    this.poolLen += length;
    this.table[slot] = newId + 1;
    if (this.count * 2 > this.table.length) this.rehash();
    return newId;
  }

  private rehash(): void {
    const table = new Int32Array(this.table.length * 2);
    const mask = table.length - 1;
    for (let tokenId = 0; tokenId < this.count; tokenId++) {
      let hash = HASH0;
      const offset = this.start[tokenId];
      for (let k = 0; k < this.len[tokenId]; k++) hash = Math.imul(hash ^ this.pool[offset + k], HASH_MUL);
      let slot = hash & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = tokenId + 1;
    }
    this.table = table;
  }
}

const HASH0 = 0x811c9dc5 | 0;
const HASH_MUL = 0x01000193;

function grow32(array: Int32Array): Int32Array {
  const grown = new Int32Array(array.length * 2);
  grown.set(array);
  return grown;
}

/** Interns tokens to small integers; one instance is shared by both sides of a pair. */
export class Vocab {
  private readonly fulls = new Interner();
  private readonly stems = new Interner();
  /** Per full id: 1 when the token may anchor across languages (number, name, ?/!/quote, markup). */
  anchor: Uint8Array = new Uint8Array(1024);
  /** Per full id: its stem id (the lower-cased first STEM_LEN characters). */
  stemOf: Int32Array = new Int32Array(1024);

  /** Id of the (lower-cased) token buf[0, length), `hash` over all its characters and `stemHash` over the first STEM_LEN. */
  id(buf: Uint16Array, length: number, hash: number, stemHash: number): number {
    const before = this.fulls.count;
    const fullId = this.fulls.intern(buf, length, hash);
    if (fullId === before) {
      if (fullId >= this.anchor.length) {
        const grown = new Uint8Array(this.anchor.length * 2);
        grown.set(this.anchor);
        this.anchor = grown;
        this.stemOf = grow32(this.stemOf);
      }
      this.stemOf[fullId] = this.stems.intern(buf, Math.min(length, STEM_LEN), stemHash);
    }
    return fullId;
  }

  /** Id of a one-character token. */
  sign(codeUnit: number): number {
    SCRATCH[0] = codeUnit;
    const hash = Math.imul(HASH0 ^ codeUnit, HASH_MUL);
    const signId = this.id(SCRATCH, 1, hash, hash);
    this.anchor[signId] = 1;
    return signId;
  }

  /**
   * The stem id of a word as the tokeniser would give it (lower case, full-width folded, its first
   * STEM_LEN characters), interned if new; -1 for a word that is not one token (a phrase, punctuation).
   */
  stemOfWord(word: string): number {
    const text = word.normalize('NFC');
    if (!text.length || text.length > 64) return -1;
    let hash = HASH0;
    let stemHash = HASH0;
    const buf = new Uint16Array(text.length);
    for (let k = 0; k < text.length; k++) {
      const codeUnit = text.charCodeAt(k);
      const cls = codeUnit < 128 ? charClass[codeUnit] : classOf(codeUnit);
      if (cls !== WORD && cls !== WORD_DIGIT && !(cls === UNSPACED && text.length === 1)) return -1;
      const folded = codeUnit < 128 ? (codeUnit >= 65 && codeUnit <= 90 ? codeUnit | 32 : codeUnit) : foldCodeUnit(codeUnit);
      buf[k] = folded;
      hash = Math.imul(hash ^ folded, HASH_MUL);
      if (k + 1 === STEM_LEN) stemHash = hash;
    }
    if (text.length < STEM_LEN) stemHash = hash;
    return this.stemOf[this.id(buf, text.length, hash, stemHash)];
  }

  get fullCount(): number {
    return this.fulls.count;
  }
  get stemCount(): number {
    return this.stems.count;
  }
}
let SCRATCH = new Uint16Array(256);

const STEM_LEN = 5;

// Character classes, cached per UTF-16 code unit: 1 letter/mark/digit, 2 an anchoring sign
// (? ! < > and every kind of double quote, all one token, full-width forms included), 3 anything
// else, 5 a character of a script written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar):
// each is a token of its own, so the lexicon can learn from Chinese or Japanese text as from words.
// 0 = not yet known.
const WORD = 1;
const SIGN = 2;
const OTHER = 3;
/** A non-ASCII decimal digit: a word character that makes its token a number. */
const WORD_DIGIT = 4;
const UNSPACED = 5;
const charClass = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DIGIT_CHAR = /\p{Nd}/u;
const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
for (let codeUnit = 0; codeUnit < 128; codeUnit++) {
  charClass[codeUnit] = (codeUnit >= 48 && codeUnit <= 57) || (codeUnit >= 65 && codeUnit <= 90) || (codeUnit >= 97 && codeUnit <= 122) ? WORD : OTHER;
}
for (const sign of '?!"<>\u201c\u201d\u201e\u00ab\u00bb\uff1f\uff01\u300c\u300d\u300e\u300f\uff02') charClass[sign.charCodeAt(0)] = SIGN;
function classOf(codeUnit: number): number {
  let kind = charClass[codeUnit];
  if (kind === 0) {
    const text = String.fromCharCode(codeUnit);
    kind =
      codeUnit >= 0xd800 && codeUnit <= 0xdfff
        ? OTHER
        : UNSPACED_CHAR.test(text) && !DIGIT_CHAR.test(text)
          ? UNSPACED
          : WORD_CHAR.test(text)
            ? DIGIT_CHAR.test(text)
              ? WORD_DIGIT
              : WORD
            : OTHER;
    charClass[codeUnit] = kind;
  }
  return kind;
}

/**
 * The form a word character is compared in: lower case, and full-width Latin letters and digits
 * (`Ｇ`, `１`) as their ASCII forms, so that `１２` in Chinese text anchors `12` in English.
 */
function foldCodeUnit(codeUnit: number): number {
  if (codeUnit >= 0xff10 && codeUnit <= 0xff19) return codeUnit - 0xff10 + 48;
  if (codeUnit >= 0xff21 && codeUnit <= 0xff3a) return codeUnit - 0xff21 + 97;
  if (codeUnit >= 0xff41 && codeUnit <= 0xff5a) return codeUnit - 0xff41 + 97;
  return lowerCodeUnit(codeUnit);
}
const QUOTE = 34;

/** Growable Int32 buffer. */
class IntBuf {
  data = new Int32Array(4096);
  size = 0;
  push(value: number): void {
    if (this.size === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.size++] = value;
  }
}

export function unitFeatures(units: readonly string[], vocab: Vocab): UnitFeatures {
  const count = units.length;
  const len = new Float64Array(count);
  const lenSum = new Float64Array(count + 1);
  const tokStart = new Int32Array(count + 1);
  const markSum = new Int32Array(count + 1);
  const full = new IntBuf();
  const quoteId = vocab.sign(QUOTE);
  const qId = vocab.sign(63);
  const xId = vocab.sign(33);
  const ltId = vocab.sign(60);
  const gtId = vocab.sign(62);
  for (let i = 0; i < count; i++) {
    let text = units[i];
    // decomposed (NFD) text is tokenised as composed
    for (let k = 0; k < text.length; k++) {
      const codeUnit = text.charCodeAt(k);
      if (codeUnit >= 0x300 && codeUnit <= 0x36f) {
        text = text.normalize('NFC');
        break;
      }
    }
    tokStart[i] = full.size;
    let length = 0;
    let words = 0;
    let hasTag = false;
    const textLength = text.length;
    if (SCRATCH.length < textLength) SCRATCH = new Uint16Array(textLength * 2);
    const buf = SCRATCH;
    let pos = 0;
    while (pos < textLength) {
      const codeUnit = text.charCodeAt(pos);
      const cls = codeUnit < 128 ? charClass[codeUnit] : classOf(codeUnit);
      if (cls === UNSPACED) {
        buf[0] = codeUnit;
        const hash = Math.imul(HASH0 ^ codeUnit, HASH_MUL);
        full.push(vocab.id(buf, 1, hash, hash));
        length++;
        words++;
        pos++;
        continue;
      }
      if (cls === WORD || cls === WORD_DIGIT) {
        const wordStart = pos;
        let digit = false;
        let hash = HASH0;
        let stemHash = HASH0;
        let tokenLength = 0;
        while (pos < textLength) {
          const wordUnit = text.charCodeAt(pos);
          let folded: number;
          if (wordUnit < 128) {
            if (charClass[wordUnit] !== WORD) break;
            if (wordUnit <= 57) digit = true;
            folded = wordUnit >= 65 && wordUnit <= 90 ? wordUnit | 32 : wordUnit;
          } else {
            const kind = classOf(wordUnit);
            if (kind === WORD_DIGIT) digit = true;
            else if (kind !== WORD) break;
            folded = foldCodeUnit(wordUnit);
          }
          buf[tokenLength++] = folded;
          hash = Math.imul(hash ^ folded, HASH_MUL);
          if (tokenLength === STEM_LEN) stemHash = hash;
          pos++;
        }
        if (tokenLength < STEM_LEN) stemHash = hash;
        length += tokenLength;
        words++;
        const tokenId = vocab.id(buf, tokenLength, hash, stemHash);
        if (!vocab.anchor[tokenId] && (digit || (tokenLength >= 3 && buf[0] !== text.charCodeAt(wordStart)))) vocab.anchor[tokenId] = 1;
        full.push(tokenId);
        continue;
      }
      if (cls === SIGN) {
        if (codeUnit === 60) hasTag = true;
        full.push(codeUnit === 63 || codeUnit === 0xff1f ? qId : codeUnit === 33 || codeUnit === 0xff01 ? xId : codeUnit === 60 ? ltId : codeUnit === 62 ? gtId : quoteId);
        length++;
      } else if (codeUnit !== 32 && codeUnit !== 9 && codeUnit !== 10 && codeUnit !== 13) length++;
      pos++;
    }
    len[i] = Math.max(1, length);
    lenSum[i + 1] = lenSum[i] + len[i];
    markSum[i + 1] = markSum[i] + (hasTag ? (isMarkup(text) ? 1 : 0) : words === 0 && length > 0 ? 1 : 0);
  }
  tokStart[count] = full.size;
  const tokFull = full.data.slice(0, full.size);
  const tokStem = new Int32Array(full.size);
  const stemOf = vocab.stemOf;
  for (let k = 0; k < full.size; k++) tokStem[k] = stemOf[tokFull[k]];
  return { len, lenSum, tokStart, tokFull, tokStem, markSum };
}

const TAG = /<[^<>]*>/g;
/** A unit that is only markup or decoration: no letter or digit once tags are removed. */
export function isMarkup(text: string): boolean {
  const stripped = text.replace(TAG, '');
  return stripped.length < text.length || text.trim().length > 0 ? !/[\p{L}\p{N}]/u.test(stripped) : false;
}

/** The features of units [start, end) alone, as if they were the whole input (same vocabulary). */
export function sliceFeatures(features: UnitFeatures, start: number, end: number): UnitFeatures {
  const count = end - start;
  const lenSum = new Float64Array(count + 1);
  const tokStart = new Int32Array(count + 1);
  const markSum = new Int32Array(count + 1);
  for (let k = 0; k <= count; k++) {
    lenSum[k] = features.lenSum[start + k] - features.lenSum[start];
    tokStart[k] = features.tokStart[start + k] - features.tokStart[start];
    markSum[k] = features.markSum[start + k] - features.markSum[start];
  }
  const tokFrom = features.tokStart[start];
  const tokTo = features.tokStart[end];
  return {
    len: features.len.subarray(start, end),
    lenSum,
    tokStart,
    tokFull: features.tokFull.subarray(tokFrom, tokTo),
    tokStem: features.tokStem.subarray(tokFrom, tokTo),
    markSum,
  };
}

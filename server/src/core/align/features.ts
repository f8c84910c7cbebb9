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

  /** Id of buf[0, n) whose hash is h. */
  intern(buf: Uint16Array, n: number, h: number): number {
    const mask = this.table.length - 1;
    let slot = h & mask;
    for (;;) {
      const e = this.table[slot];
      if (e === 0) break;
      const id = e - 1;
      if (this.len[id] === n) {
        const s = this.start[id];
        let k = 0;
        while (k < n && this.pool[s + k] === buf[k]) k++;
        if (k === n) return id;
      }
      slot = (slot + 1) & mask;
    }
    const id = this.count++;
    if (id === this.start.length) {
      this.start = grow32(this.start);
      this.len = grow32(this.len);
    }
    if (this.poolLen + n > this.pool.length) {
      const g = new Uint16Array(Math.max(this.pool.length * 2, this.poolLen + n));
      g.set(this.pool);
      this.pool = g;
    }
    this.pool.set(buf.subarray(0, n), this.poolLen);
    this.start[id] = this.poolLen;
    this.len[id] = n;
    this.poolLen += n;
    this.table[slot] = id + 1;
    if (this.count * 2 > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    const t = new Int32Array(this.table.length * 2);
    const mask = t.length - 1;
    for (let id = 0; id < this.count; id++) {
      let h = HASH0;
      const s = this.start[id];
      for (let k = 0; k < this.len[id]; k++) h = Math.imul(h ^ this.pool[s + k], HASH_MUL);
      let slot = h & mask;
      while (t[slot] !== 0) slot = (slot + 1) & mask;
      t[slot] = id + 1;
    }
    this.table = t;
  }
}

const HASH0 = 0x811c9dc5 | 0;
const HASH_MUL = 0x01000193;

function grow32(a: Int32Array): Int32Array {
  const g = new Int32Array(a.length * 2);
  g.set(a);
  return g;
}

/** Interns tokens to small integers; one instance is shared by both sides of a pair. */
export class Vocab {
  private readonly fulls = new Interner();
  private readonly stems = new Interner();
  /** Per full id: 1 when the token may anchor across languages (number, name, ?/!/quote, markup). */
  anchor: Uint8Array = new Uint8Array(1024);
  /** Per full id: its stem id (the lower-cased first STEM_LEN characters). */
  stemOf: Int32Array = new Int32Array(1024);

  /** Id of the (lower-cased) token buf[0, n), hash h over all n characters and hs over the first STEM_LEN. */
  id(buf: Uint16Array, n: number, h: number, hs: number): number {
    const before = this.fulls.count;
    const id = this.fulls.intern(buf, n, h);
    if (id === before) {
      if (id >= this.anchor.length) {
        const g = new Uint8Array(this.anchor.length * 2);
        g.set(this.anchor);
        this.anchor = g;
        this.stemOf = grow32(this.stemOf);
      }
      this.stemOf[id] = this.stems.intern(buf, Math.min(n, STEM_LEN), hs);
    }
    return id;
  }

  /** Id of a one-character token. */
  sign(c: number): number {
    SCRATCH[0] = c;
    const h = Math.imul(HASH0 ^ c, HASH_MUL);
    const id = this.id(SCRATCH, 1, h, h);
    this.anchor[id] = 1;
    return id;
  }

  /**
   * The stem id of a word as the tokeniser would give it (lower case, full-width folded, its first
   * STEM_LEN characters), interned if new; -1 for a word that is not one token (a phrase, punctuation).
   */
  stemOfWord(word: string): number {
    const text = word.normalize('NFC');
    if (!text.length || text.length > 64) return -1;
    let h = HASH0;
    let hs = HASH0;
    const buf = new Uint16Array(text.length);
    for (let k = 0; k < text.length; k++) {
      const c = text.charCodeAt(k);
      const cls = c < 128 ? charClass[c] : classOf(c);
      if (cls !== WORD && cls !== WORD_DIGIT && !(cls === UNSPACED && text.length === 1)) return -1;
      const folded = c < 128 ? (c >= 65 && c <= 90 ? c | 32 : c) : foldCodeUnit(c);
      buf[k] = folded;
      h = Math.imul(h ^ folded, HASH_MUL);
      if (k + 1 === STEM_LEN) hs = h;
    }
    if (text.length < STEM_LEN) hs = h;
    return this.stemOf[this.id(buf, text.length, h, hs)];
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
for (let c = 0; c < 128; c++) {
  charClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? WORD : OTHER;
}
for (const ch of '?!"<>\u201c\u201d\u201e\u00ab\u00bb\uff1f\uff01\u300c\u300d\u300e\u300f\uff02') charClass[ch.charCodeAt(0)] = SIGN;
function classOf(c: number): number {
  let k = charClass[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k =
      c >= 0xd800 && c <= 0xdfff
        ? OTHER
        : UNSPACED_CHAR.test(ch) && !DIGIT_CHAR.test(ch)
          ? UNSPACED
          : WORD_CHAR.test(ch)
            ? DIGIT_CHAR.test(ch)
              ? WORD_DIGIT
              : WORD
            : OTHER;
    charClass[c] = k;
  }
  return k;
}

/**
 * The form a word character is compared in: lower case, and full-width Latin letters and digits
 * (`Ｇ`, `１`) as their ASCII forms, so that `１２` in Chinese text anchors `12` in English.
 */
function foldCodeUnit(c: number): number {
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10 + 48;
  if (c >= 0xff21 && c <= 0xff3a) return c - 0xff21 + 97;
  if (c >= 0xff41 && c <= 0xff5a) return c - 0xff41 + 97;
  return lowerCodeUnit(c);
}
const QUOTE = 34;

/** Growable Int32 buffer. */
class IntBuf {
  a = new Int32Array(4096);
  n = 0;
  push(x: number): void {
    if (this.n === this.a.length) {
      const g = new Int32Array(this.a.length * 2);
      g.set(this.a);
      this.a = g;
    }
    this.a[this.n++] = x;
  }
}

export function unitFeatures(units: readonly string[], vocab: Vocab): UnitFeatures {
  const n = units.length;
  const len = new Float64Array(n);
  const lenSum = new Float64Array(n + 1);
  const tokStart = new Int32Array(n + 1);
  const markSum = new Int32Array(n + 1);
  const full = new IntBuf();
  const quoteId = vocab.sign(QUOTE);
  const qId = vocab.sign(63);
  const xId = vocab.sign(33);
  const ltId = vocab.sign(60);
  const gtId = vocab.sign(62);
  for (let i = 0; i < n; i++) {
    let u = units[i];
    // decomposed (NFD) text is tokenised as composed
    for (let k = 0; k < u.length; k++) {
      const c = u.charCodeAt(k);
      if (c >= 0x300 && c <= 0x36f) {
        u = u.normalize('NFC');
        break;
      }
    }
    tokStart[i] = full.n;
    let l = 0;
    let words = 0;
    let hasTag = false;
    const L = u.length;
    if (SCRATCH.length < L) SCRATCH = new Uint16Array(L * 2);
    const buf = SCRATCH;
    let k = 0;
    while (k < L) {
      const c = u.charCodeAt(k);
      const cls = c < 128 ? charClass[c] : classOf(c);
      if (cls === UNSPACED) {
        buf[0] = c;
        const h = Math.imul(HASH0 ^ c, HASH_MUL);
        full.push(vocab.id(buf, 1, h, h));
        l++;
        words++;
        k++;
        continue;
      }
      if (cls === WORD || cls === WORD_DIGIT) {
        const s = k;
        let digit = false;
        let h = HASH0;
        let hs = HASH0;
        let t = 0;
        while (k < L) {
          const d = u.charCodeAt(k);
          let lo: number;
          if (d < 128) {
            if (charClass[d] !== WORD) break;
            if (d <= 57) digit = true;
            lo = d >= 65 && d <= 90 ? d | 32 : d;
          } else {
            const e = classOf(d);
            if (e === WORD_DIGIT) digit = true;
            else if (e !== WORD) break;
            lo = foldCodeUnit(d);
          }
          buf[t++] = lo;
          h = Math.imul(h ^ lo, HASH_MUL);
          if (t === STEM_LEN) hs = h;
          k++;
        }
        if (t < STEM_LEN) hs = h;
        l += t;
        words++;
        const id = vocab.id(buf, t, h, hs);
        if (!vocab.anchor[id] && (digit || (t >= 3 && buf[0] !== u.charCodeAt(s)))) vocab.anchor[id] = 1;
        full.push(id);
        continue;
      }
      if (cls === SIGN) {
        if (c === 60) hasTag = true;
        full.push(c === 63 || c === 0xff1f ? qId : c === 33 || c === 0xff01 ? xId : c === 60 ? ltId : c === 62 ? gtId : quoteId);
        l++;
      } else if (c !== 32 && c !== 9 && c !== 10 && c !== 13) l++;
      k++;
    }
    len[i] = Math.max(1, l);
    lenSum[i + 1] = lenSum[i] + len[i];
    markSum[i + 1] = markSum[i] + (hasTag ? (isMarkup(u) ? 1 : 0) : words === 0 && l > 0 ? 1 : 0);
  }
  tokStart[n] = full.n;
  const tokFull = full.a.slice(0, full.n);
  const tokStem = new Int32Array(full.n);
  const stemOf = vocab.stemOf;
  for (let k = 0; k < full.n; k++) tokStem[k] = stemOf[tokFull[k]];
  return { len, lenSum, tokStart, tokFull, tokStem, markSum };
}

const TAG = /<[^<>]*>/g;
/** A unit that is only markup or decoration: no letter or digit once tags are removed. */
export function isMarkup(u: string): boolean {
  const t = u.replace(TAG, '');
  return t.length < u.length || u.trim().length > 0 ? !/[\p{L}\p{N}]/u.test(t) : false;
}

/** The features of units [from, to) alone, as if they were the whole input (same vocabulary). */
export function sliceFeatures(features: UnitFeatures, from: number, to: number): UnitFeatures {
  const count = to - from;
  const lenSum = new Float64Array(count + 1);
  const tokStart = new Int32Array(count + 1);
  const markSum = new Int32Array(count + 1);
  for (let k = 0; k <= count; k++) {
    lenSum[k] = features.lenSum[from + k] - features.lenSum[from];
    tokStart[k] = features.tokStart[from + k] - features.tokStart[from];
    markSum[k] = features.markSum[from + k] - features.markSum[from];
  }
  const tokFrom = features.tokStart[from];
  const tokTo = features.tokStart[to];
  return {
    len: features.len.subarray(from, to),
    lenSum,
    tokStart,
    tokFull: features.tokFull.subarray(tokFrom, tokTo),
    tokStem: features.tokStem.subarray(tokFrom, tokTo),
    markSum,
  };
}

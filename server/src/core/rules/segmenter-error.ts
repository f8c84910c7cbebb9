// segmenter-error: a name glued by `_` to the following words (`Kim_là`, `Moskva_trợ_giúp`), to another
// name (`Triều_Tiên_Kim_Jong-un`), or across a word boundary (`Nam_vô cùng` for `Nam vô_cùng`). Found
// from evidence a segmenter cannot fake: how the text writes the same syllables elsewhere, the syllable
// lexicon, capitalisation, and function words that never continue a word after a name.
import type { SideRule } from './rule';
import type { Side, TextEdit } from '../types';
import * as chars from './support/chars';
import { isLexiconSyllable } from '../vi-lexicon';
import data from './data/vi-segmentation.json';
// local copies: module exports are getters under some loaders, and these run per character
const { DIGIT, flagsAt, JOINER, LETTER, LOWER, MARK, UPPER } = chars;

const NAME_BREAKERS = new Set<string>(data.nameBreakers);
const PERSON_TITLES = new Set<string>(data.personTitles);
const TOKEN_CHAR = LETTER | MARK | DIGIT | JOINER;
/** Characters after which a word starts a sentence or a quotation (its capital proves nothing). */
const SENTENCE_START = '.!?\n"“”:;(…•*#>';
/** Dashes start a sentence (a line of dialogue) only after a sentence start: `Nga - Triều` is mid-sentence. */
const DASHES = '-–—';

/** One whitespace- or punctuation-delimited word of the side, `_`-joined parts included. */
interface Tok {
  start: number;
  end: number;
  text: string;
  /** Starts a sentence, line or quotation. */
  initial: boolean;
  /** The next token, when only spaces or tabs lie between them. */
  next?: Tok;
  /** The previous token, when only spaces or tabs lie between them. */
  prev?: Tok;
  /** Punctuation or the end of the line follows it (not another word). */
  beforeBreak: boolean;
  /** The punctuation mark after it (past spaces), if any. */
  after?: string;
}

const isCap = (s: string) => s.length > 0 && s.charAt(0) !== s.charAt(0).toLowerCase();
const isLowerStart = (s: string) => s.length > 0 && s.charAt(0) !== s.charAt(0).toUpperCase();
const isAcronym = (s: string) => s.length >= 2 && s === s.toUpperCase() && s !== s.toLowerCase();
/** A syllable or word part that is not Vietnamese: not in the lexicon, not an acronym (`Moskva`, `Fred`, `Jong-un`). */
const isForeign = (s: string) => !isAcronym(s) && /[aeiouyàáâãèéêìíòóôõùúý]/i.test(s) && !/['’-]$/.test(s) && s.split('-').some((q) => q.length > 0 && !isLexiconSyllable(q));
const isVietnameseLower = (s: string) => isLowerStart(s) && isLexiconSyllable(s);

function tokensOf(side: Side): Tok[] {
  const t = side.text;
  const { start: lo, end: hi } = side.region;
  const out: Tok[] = [];
  let prev: Tok | undefined;
  let i = lo;
  while (i < hi) {
    const f = flagsAt(t, i);
    if (!(f & (LETTER | MARK | DIGIT)) && t.charCodeAt(i) !== 95) {
      i++;
      continue;
    }
    let e = i + 1;
    while (e < hi && (flagsAt(t, e) & TOKEN_CHAR || t.charCodeAt(e) === 95)) e++;
    let end = e;
    while (end > i + 1 && flagsAt(t, end - 1) & JOINER && !(flagsAt(t, end - 1) & LETTER)) end--;
    let k = i - 1;
    while (k >= lo && (t[k] === ' ' || t[k] === '\t')) k--;
    let initial = k < lo || SENTENCE_START.includes(t[k]);
    if (!initial && DASHES.includes(t[k])) {
      k--;
      while (k >= lo && (t[k] === ' ' || t[k] === '\t')) k--;
      initial = k < lo || SENTENCE_START.includes(t[k]);
    }
    let n = end;
    while (n < hi && (t[n] === ' ' || t[n] === '\t')) n++;
    const beforeBreak = n >= hi || !(flagsAt(t, n) & (LETTER | MARK | DIGIT));
    const tok: Tok = { start: i, end, text: t.slice(i, end), initial, beforeBreak, after: n < hi && t[n] !== '\n' && t[n] !== '\r' ? t[n] : undefined };
    if (prev && !prev.beforeBreak && prev.end <= i && /^[ \t]+$/.test(t.slice(prev.end, i))) {
      prev.next = tok;
      tok.prev = prev;
    }
    out.push(tok);
    prev = tok;
    i = e;
  }
  return out;
}

/** What the text says about words and names, counted over all its tokens. */
interface Evidence {
  /** Tokens written with a lower-case first letter (lower-cased text): words as the text writes them. */
  lowerTokens: Map<string, number>;
  /**
   * Capitalised tokens that stand free as names: not at a sentence start (unless foreign or an
   * acronym, whose capitals are their own), and followed by punctuation or a lower-case word, not by
   * another capitalised word of a longer name (`Bộ Y_tế` proves nothing about `Bộ`).
   */
  freeNames: Map<string, number>;
  /** Capitalised tokens as written, wherever they stand. */
  capTokens: Map<string, number>;
  /** Two lower-case tokens in a row (`xích lại`), lower-cased, joined by a space. */
  lowerPairs: Set<string>;
}

function evidenceOf(tokens: Tok[]): Evidence {
  const lowerTokens = new Map<string, number>();
  const freeNames = new Map<string, number>();
  const capTokens = new Map<string, number>();
  const lowerPairs = new Set<string>();
  for (const tok of tokens) {
    const w = tok.text;
    if (isLowerStart(w)) {
      const key = w.toLowerCase();
      lowerTokens.set(key, (lowerTokens.get(key) ?? 0) + 1);
      if (tok.next && isLowerStart(tok.next.text)) lowerPairs.add(`${key} ${tok.next.text.toLowerCase()}`);
      else if (tok.beforeBreak && tok.after) lowerPairs.add(`${key} ${tok.after}`);
    } else if (isCap(w)) {
      capTokens.set(w, (capTokens.get(w) ?? 0) + 1);
      const intrinsic = isAcronym(w.replaceAll('_', '')) || w.split('_').every(isForeign);
      if (tok.initial && !intrinsic) continue;
      // an acronym is its own name (`KCNA` before the next sentence); any other word followed by a
      // capitalised one may be the start of a longer name
      if (tok.next && isCap(tok.next.text) && !(w.length >= 3 && isAcronym(w))) continue;
      freeNames.set(w, (freeNames.get(w) ?? 0) + 1);
    }
  }
  return { lowerTokens, freeNames, capTokens, lowerPairs };
}

export interface GluedName {
  /** The token as written, e.g. `Kim_là`. */
  token: { start: number; end: number; text: string };
  kind: 'name+words' | 'name+name' | 'across';
  /** The left name and the rest, as written. */
  left: string;
  right: string;
  /** One edit that repairs it: `_` to spaces at the cuts (and, across a boundary, the space moved). */
  edit: TextEdit;
  /** The repaired text of the edit's span, whole words: e.g. `Thanh được vay_vốn`. */
  repaired: string;
}

/**
 * Splits the lower-case rest after a name into the words the text uses: a function word stands alone;
 * otherwise the longest run of syllables the text writes elsewhere as one lower-case token; two syllables
 * the text writes apart and never joined are split; syllables with no evidence stay joined as the
 * segmenter joined them.
 */
function resegment(parts: string[], ev: Evidence): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(run.join('_'));
    run = [];
  };
  let i = 0;
  while (i < parts.length) {
    if (NAME_BREAKERS.has(parts[i].toLowerCase())) {
      flush();
      out.push(parts[i++]);
      continue;
    }
    let j = i;
    for (let k = parts.length; k > i + 1; k--) {
      if (ev.lowerTokens.has(parts.slice(i, k).join('_').toLowerCase())) {
        j = k;
        break;
      }
    }
    if (j > i) {
      flush();
      out.push(parts.slice(i, j).join('_'));
      i = j;
      continue;
    }
    // two syllables the text writes apart (`vay vốn`) and never joined are two words
    const last = run[run.length - 1];
    if (last && ev.lowerPairs.has(`${last} ${parts[i]}`.toLowerCase()) && !ev.lowerTokens.has(`${last}_${parts[i]}`.toLowerCase())) flush();
    run.push(parts[i++]);
  }
  flush();
  return out;
}

function decide(tok: Tok, ev: Evidence, uri: string): GluedName | undefined {
  const parts = tok.text.split('_');
  if (parts.length < 2 || !isCap(parts[0]) || parts.some((p) => !p)) return undefined;
  // a word the text also writes in lower case is a word (`Tổng_thống` / `tổng_thống`)
  if (ev.lowerTokens.has(tok.text.toLowerCase())) return undefined;
  const free = (s: string) => (ev.freeNames.get(s) ?? 0) > 0;
  const nCap = parts.findIndex((p) => !isCap(p));
  const make = (kind: GluedName['kind'], cut: number, words: string[], across?: Tok): GluedName => {
    const left = parts.slice(0, cut).join('_');
    const right = parts.slice(cut).join('_');
    // the edit spans the first to the last changed character
    const repaired = [left, ...words].join(' ') + (across ? '_' + across.text : '');
    const original = tok.text + (across ? ' ' + across.text : '');
    let a = 0;
    while (a < original.length && original[a] === repaired[a]) a++;
    let b = 0;
    while (b < original.length - a && original[original.length - 1 - b] === repaired[repaired.length - 1 - b]) b++;
    const edit = { uri, start: tok.start + a, end: tok.start + original.length - b, newText: repaired.slice(a, repaired.length - b) };
    return { token: { start: tok.start, end: across ? across.end : tok.end, text: original }, kind, left, right, edit, repaired };
  };
  if (nCap > 0) {
    // a name, then lower-case Vietnamese syllables to the end
    const rest = parts.slice(nCap);
    if (!rest.every(isVietnameseLower)) return undefined;
    const nameParts = parts.slice(0, nCap);
    const left = nameParts.join('_');
    const foreign = nameParts.every(isForeign);
    const breaker = NAME_BREAKERS.has(rest[0].toLowerCase());
    const personTitled = !!tok.prev && PERSON_TITLES.has(tok.prev.text.toLowerCase());
    // the rest is a word the text writes on its own: a token of two syllables or more, or one syllable
    // that the text writes before the same next word or mark elsewhere (`Triều_xích lại` / `xích lại`)
    const restWord = rest.join('_').toLowerCase();
    const context = tok.next ? tok.next.text.toLowerCase() : tok.beforeBreak ? tok.after : undefined;
    const restSeen = ev.lowerTokens.has(restWord) && (rest.length >= 2 || (!!context && ev.lowerPairs.has(`${restWord} ${context}`)));
    let glued = false;
    if (tok.initial) {
      // a capital at a sentence start proves nothing: only a longer name the text writes free
      glued = nCap >= 2 && free(left);
    } else if (foreign) glued = true;
    else if (free(left) || (nCap === 1 && personTitled)) {
      // a free name glued to words, or a person's name after a title (`ông Kim_thất_vọng`): a person's
      // name is capitalised throughout, so the lower-case syllables are the next words
      // (a one-syllable name before a word the text also writes, `Viện_kiểm_sát` / `kiểm_sát`, is no
      // evidence: institutions capitalise their first syllable only)
      glued = nCap >= 2 || breaker || (restSeen && rest.length === 1) || (personTitled && rest.length >= 2);
    } else if (nCap === 1) glued = breaker;
    // across a word boundary: `Nam_vô cùng` where the text writes `vô_cùng`
    const next = tok.next;
    const acrossWord = rest.length === 1 && next && !next.text.includes('_') && isVietnameseLower(next.text) && ev.lowerTokens.has(`${rest[0]}_${next.text}`.toLowerCase());
    if (acrossWord && !tok.initial && !breaker) return make('across', nCap, [rest[0]], next);
    if (!glued) return undefined;
    return make('name+words', nCap, resegment(rest, ev));
  }
  if (nCap < 0) {
    // two names: both stand free elsewhere; a one-syllable side must be foreign or an acronym
    // (`Trung_Quốc` is not `Trung` + `Quốc`)
    const strong = (p: string[]) => p.length >= 2 || isForeign(p[0]) || isAcronym(p[0]);
    for (let k = 1; k < parts.length; k++) {
      const a = parts.slice(0, k);
      const b = parts.slice(k);
      if (!strong(a) || !strong(b) || (a.length < 2 && b.length < 2)) continue;
      const freeA = free(a.join('_'));
      const freeB = free(b.join('_'));
      if (freeA && freeB) return make('name+name', k, [b.join('_')]);
      // a foreign name glued to a Vietnamese one the text writes free (`Formosa_Hà_Tĩnh`), or the reverse
      const vietnamese = (p: string[]) => p.length >= 2 && p.every((q) => isLexiconSyllable(q));
      if ((freeB && a.every(isForeign) && vietnamese(b)) || (freeA && b.every(isForeign) && vietnamese(a))) return make('name+name', k, [b.join('_')]);
    }
  }
  return undefined;
}

const cache = new WeakMap<Side, GluedName[]>();

/** The segmenter errors of a side, in text order (cached per side object). */
export function findGluedNames(side: Side): GluedName[] {
  const hit = cache.get(side);
  if (hit) return hit;
  const out: GluedName[] = [];
  if (side.text.indexOf('_', side.region.start) >= 0) {
    const tokens = tokensOf(side);
    let candidates = false;
    for (const tok of tokens) if (tok.text.includes('_') && flagsAt(tok.text, 0) & UPPER) candidates = true;
    if (candidates) {
      const ev = evidenceOf(tokens);
      let lastEnd = -1;
      for (const tok of tokens) {
        if (tok.start < lastEnd || !tok.text.includes('_') || !(flagsAt(tok.text, 0) & UPPER)) continue;
        const g = decide(tok, ev, side.uri);
        if (!g) continue;
        out.push(g);
        lastEnd = g.token.end;
      }
    }
  }
  cache.set(side, out);
  return out;
}

export const segmenterError: SideRule = {
  id: 'segmenter-error',
  scope: 'side',
  description: 'A name glued by `_` to the next word or name (`Kim_là`, `Triều_Tiên_Kim_Jong-un`).',
  docs:
    'Word segmenters sometimes let a capitalised name swallow the following words (`Kim_là` = `Kim` + `là`, ' +
    '`Thanh_được_vay_vốn`), another name (`Triều_Tiên_Kim_Jong-un`), or a syllable of the next word ' +
    '(`Nam_vô cùng` for `Nam vô_cùng`). Reported only on evidence a segmenter cannot fake: the name stands ' +
    'free elsewhere in the text (not at a sentence start, not inside a longer name) or is not Vietnamese ' +
    '(`Moskva`, by the shipped syllable lexicon), and the rest is a function word that never continues a ' +
    'word after a name, or a word the text writes on its own. A token the text also writes in lower case ' +
    '(`Bộ_trưởng` / `bộ_trưởng`) is a word. The fix splits where the evidence says, all of it (`Thanh được ' +
    'vay_vốn`), changing only `_` and spaces.',
  defaultSeverity: 'warning',
  fix: 'safe',
  tags: ['segmentation', 'side'],
  check(side, ctx) {
    for (const g of findGluedNames(side)) {
      const message =
        g.kind === 'name+name'
          ? `two names glued together: "${g.left}" + "${g.right}"`
          : g.kind === 'across'
            ? `the name "${g.left}" is glued to the first syllable of the next word: "${g.repaired}"`
            : `the name "${g.left}" is glued to the next word "${g.right}"`;
      ctx.report({
        message,
        uri: side.uri,
        span: { start: g.token.start, end: g.token.end },
        data: { left: g.left, right: g.right, repaired: g.repaired },
        fixes: [{ title: `Split into "${g.repaired}"`, edits: [g.edit], safe: true }],
      });
    }
  },
};

// Evidence that one side of a line pair holds two lines' worth of text: the line's own partner plus the
// NEXT line of the other side. This is what a real shift looks like: when side A merges two sentences
// into line N, A[N] = a(N) + a(N+1) while B[N] = b(N) and B[N+1] = b(N+1), and every later A line is one
// ahead. Side A's line N then matches B[N] followed by B[N+1] better than B[N] alone: by length, by the
// tokens that pass unchanged between languages (numbers, names, markup such as `<p>`), and by the
// punctuation that closes the glued sentence ("No!" against "Nem!"). Nothing here looks at the same
// side's next line, so the test holds whether or not the text after the merge moved up.
import type { CorpusStats } from '../rule';
import { lengthRatioZ } from '../../corpus/stats';

/** A sentence end, then (after quotes/brackets and spaces) a dash, quote or capital/digit/markup. */
const END = /([.!?…]+)["'”’»)\]]*\s+(?=[-–—]?\s?["'“‘«„(\[<]?[\p{Lu}\d<])/gu;
const ABBREV = /(?:^|[\s(])(?:\p{L}|\p{Lu}\p{Ll}|Mrs|Rev|Gen|Col|Capt|Sgt|St|Jr|Sr|Prof|No|vs|etc|ông|bà|TS|ThS|PGS|GS)\.$/u;

/** Offsets where each sentence after the first starts, dialogue dashes included ("… hagyta. - Nem!"). */
export function splitPoints(line: string): number[] {
  const out: number[] = [];
  END.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = END.exec(line))) {
    if (match[1] === '.' && ABBREV.test(line.slice(Math.max(0, match.index - 6), match.index + 1))) continue;
    out.push(match.index + match[0].length);
  }
  return out;
}

/**
 * Tokens that a translation usually keeps as they are: numbers, markup and capitalised words that do not
 * open a sentence (names), cut to 4 letters so that inflected names (Ysobelt, Ysobel) still meet.
 */
export function anchors(text: string): Set<string> {
  const out = new Set<string>();
  const pattern = /<[^>\s]{1,20}>|\d+|\p{Lu}\p{Ll}+/gu;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const token = match[0];
    if (/^\p{Lu}/u.test(token)) {
      const before = text.slice(Math.max(0, match.index - 4), match.index);
      if (match.index === 0 || /[.!?…:"'“‘«„—–-]\s*$|^\s*$/u.test(before)) continue;
      out.add(token.slice(0, 4).toLowerCase());
    } else out.add(token);
  }
  return out;
}

/** The punctuation that closes a text (past closing quotes and brackets): '.', '!', '?', ';', ':' or ''. */
function closing(text: string): string {
  for (let i = text.length - 1; i >= 0 && i >= text.length - 6; i--) {
    const char = text[i];
    if (char === '.' || char === '…') return '.';
    if (char === '!' || char === '?' || char === ';' || char === ':') return char;
    if (!TRAILING.includes(char)) return '';
  }
  return '';
}
const TRAILING = '"\'”’»)]>- ';

/** Length-ratio z of `mine` against `other`, `mine` being side A or B. */
function zOf(mine: string, other: string, mineIsA: boolean, stats: CorpusStats, short: number): number {
  return mineIsA ? lengthRatioZ(mine, other, stats, short) : lengthRatioZ(other, mine, stats, short);
}

function zMaybe(mine: string, other: string, mineIsA: boolean, stats: CorpusStats | undefined, short: number): number {
  return stats ? zOf(mine, other, mineIsA, stats, short) : 0;
}

/** Text that passes unchanged between languages: markup, numbers, punctuation; no lower-case word. */
function neutral(text: string): boolean {
  return !/\p{Ll}{2}/u.test(text);
}

export interface CrossShift {
  /** Where, in `mine`, the other side's next line starts (or, for a glued-on head, where it ends). */
  at: number;
  end: number;
  /** Which evidence decided: identical text, shared anchors, or the length ratio. */
  by: 'identical' | 'anchors' | 'length';
  zBefore: number;
  zAfter: number;
}

/**
 * Does `mine` (one side of line N) hold `otherHere` (the other side of line N) followed by `otherNext`
 * (the other side of line N+1)? `mineIsA` orders the length ratio. Undefined when it does not.
 */
export function crossShift(
  mine: string,
  otherHere: string,
  otherNext: string,
  mineIsA: boolean,
  stats: CorpusStats | undefined,
  short: number,
): CrossShift | undefined {
  if (!otherNext) return undefined;
  // Identical, language-neutral text (markup such as <p>, a number) on the other side, glued on here.
  if (mine.length > otherHere.length + 1 && mine.charCodeAt(otherHere.length) === 32 && mine.startsWith(otherHere) && neutral(otherHere)) {
    const tail = mine.slice(otherHere.length + 1);
    if (tail === otherNext || (!neutral(tail) && !neutral(otherNext) && Math.abs(zMaybe(tail, otherNext, mineIsA, stats, short)) < 2.5)) {
      return { at: 0, end: otherHere.length, by: 'identical', zBefore: zMaybe(mine, otherHere, mineIsA, stats, short), zAfter: zMaybe(tail, otherNext, mineIsA, stats, short) };
    }
  }
  const at0 = mine.length - otherNext.length;
  if (at0 > 1 && mine.charCodeAt(at0 - 1) === 32 && mine.endsWith(otherNext) && neutral(otherNext)) {
    const head = mine.slice(0, at0 - 1);
    if (head === otherHere || (!otherHere.includes(otherNext) && !neutral(head))) {
      return { at: at0, end: mine.length, by: 'identical', zBefore: zMaybe(mine, otherHere, mineIsA, stats, short), zAfter: zMaybe(head, otherHere, mineIsA, stats, short) };
    }
  }
  if (!stats) return undefined;
  const zBefore = zOf(mine, otherHere, mineIsA, stats, short);
  // Positive when `mine` is longer than usual against the other side: the only way a merge can show.
  const over = mineIsA ? -zBefore : zBefore;
  const long = over >= 1.8;
  const closeNext = closing(otherNext);
  const shortNext = otherNext.length <= 30 && (closeNext === '!' || closeNext === '?');
  // Without a length outlier, only a short exclamation or question can tell (it adds little length).
  if (!long && !(shortNext && over > -0.5)) return undefined;
  const points = splitPoints(mine);
  if (!points.length) return undefined;
  // The split that best fits: the head to this line's other side, the tail to the next line's.
  let splitAt = 0;
  let zHead = 0;
  let zTail = 0;
  let worst = Infinity;
  for (const point of points) {
    const headZ = zOf(mine.slice(0, point).trim(), otherHere, mineIsA, stats, short);
    const tailZ = zOf(mine.slice(point).trim(), otherNext, mineIsA, stats, short);
    const worstHere = Math.max(Math.abs(headZ), Math.abs(tailZ));
    if (worstHere < worst) {
      worst = worstHere;
      splitAt = point;
      zHead = headZ;
      zTail = tailZ;
    }
  }
  const tail = mine.slice(splitAt).trim();
  const punct = closing(tail) === closeNext && closing(otherHere) !== '';
  if (long && closing(otherHere) !== '') {
    const gain = over - worst;
    if (worst <= 3 && gain >= (punct && worst <= 2.5 ? 1 : 2.5) && !numbersDisagree(tail, otherNext)) return { at: splitAt, end: mine.length, by: 'length', zBefore, zAfter: zHead };
  }
  if (!punct || worst > 3) return undefined;
  // A short exclamation or question glued on ("Kneel!", "Nem; nekem!"): one sentence more than the
  // other side, closing as the other side's next line does, and about as long as it.
  if (shortNext && tail.length <= 40 && Math.abs(zTail) <= 1.5 && Math.abs(zHead) <= Math.abs(zBefore) + 0.5 && points.length > splitPoints(otherHere).length && closing(otherHere) !== closeNext) {
    return { at: splitAt, end: mine.length, by: 'length', zBefore, zAfter: zHead };
  }
  if (!long) return undefined;
  // A length outlier whose best split is not a clear gain: the names and numbers of the next line tell.
  const yAnchors = anchors(tail);
  const nextAnchors = anchors(otherNext);
  const hereAnchors = anchors(otherHere);
  let shared = 0;
  let missing = 0;
  for (const anchor of nextAnchors) {
    if (hereAnchors.has(anchor)) continue;
    if (yAnchors.has(anchor)) shared++;
    else missing++;
  }
  if (shared > 0 && shared >= missing) return { at: splitAt, end: mine.length, by: 'anchors', zBefore, zAfter: zHead };
  return undefined;
}

/** The numbers of two texts differ (both have some, and they are not the same set). */
function numbersDisagree(first: string, second: string): boolean {
  const numbersFirst = first.match(/\d+/g);
  const numbersSecond = second.match(/\d+/g);
  if (!numbersFirst && !numbersSecond) return false;
  if (!numbersFirst || !numbersSecond) return true;
  return numbersFirst.sort().join() !== numbersSecond.sort().join();
}

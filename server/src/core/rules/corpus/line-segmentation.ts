import type { LinePairRule, LineReport } from '../rule';
import { sideToken } from '../support/side-names';

// Letters joined by '_' (củng_cố, Kim_Jong-un), outside URLs, e-mails and code identifiers.
const JOINED = /\p{L}_(?=\p{L})/gu;
const URLISH = /(?:https?:\/\/|www\.)\S+|\S+@\S+\.\S+/gu;
// A space before , . ) ] or after ( [ (the tokeniser's "Nga , Triều", "( CSIS )"); a space before
// ; : ! ? too, except in French (whose typography puts one there).
const SPACED = / [,.)\]](?= |$)|[(\[] (?=\S)/gu;
const SPACED_HIGH = / [;:!?](?= |$)/gu;

function count(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  const matches = text.match(pattern);
  return matches ? matches.length : 0;
}

/** Word-segmenter or tokeniser output left in a corpus: `_`-joined syllables, spaced punctuation. */
export const lineSegmentation: LinePairRule = {
  id: 'line-segmentation',
  scope: 'line-pair',
  description: 'Word-segmentation artifacts: syllables joined by `_`, spaces around punctuation.',
  docs:
    'Vietnamese word segmenters join the syllables of a word with `_` (`củng_cố`) and tokenisers put spaces ' +
    'around every punctuation mark (`Nga , Triều`, `( CSIS )`). Such lines do not match the untokenised side ' +
    'and read badly. Reported when a side has at least `minJoined` `_`-joined words (default 2) or ' +
    '`minSpaced` spaced punctuation marks (default 1; a space before ; : ! ? is not counted in French), or one of each. Fix: `bitext fix` removes the ' +
    'segmentation (letters and words are never changed), or filter the pair out.',
  defaultSeverity: 'warning',
  tags: ['corpus'],
  options: { minJoined: { type: 'integer', default: 2, min: 0 }, minSpaced: { type: 'integer', default: 1, min: 0 } },
  checkLine(pair, options) {
    const minJoined = options.minJoined as number;
    const minSpaced = options.minSpaced as number;
    const out: LineReport[] = [];
    for (const side of ['a', 'b'] as const) {
      let text = pair[side];
      const hasUnderscore = text.includes('_');
      if (!hasUnderscore && !text.includes(' ')) continue;
      if (hasUnderscore && (text.includes('://') || text.includes('@') || text.includes('www.'))) text = text.replace(URLISH, ' ');
      const joined = hasUnderscore ? count(JOINED, text) : 0;
      const lang = side === 'a' ? pair.langA : pair.langB;
      const spaced = count(SPACED, text) + (lang === 'fr' ? 0 : count(SPACED_HIGH, text));
      if (joined >= minJoined || spaced >= minSpaced || (joined >= 1 && spaced >= 1)) {
        const what: string[] = [];
        if (joined) what.push(`${joined} word${joined > 1 ? 's' : ''} joined by '_'`);
        if (spaced) what.push(`${spaced} spaced punctuation mark${spaced > 1 ? 's' : ''}`);
        JOINED.lastIndex = 0;
        const match = joined ? JOINED.exec(text) : null;
        out.push({
          side,
          message: `segmentation artifacts in ${sideToken(side)}: ${what.join(', ')}`,
          span: match ? { start: match.index + 1, end: match.index + 2 } : undefined,
          data: { joined, spaced },
        });
      }
    }
    return out;
  },
};

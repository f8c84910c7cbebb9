// Vietnamese syllable structure (docs/formats.md): (onset)(medial o/u)(nucleus)(coda) + one tone mark.
// Used to tell Vietnamese syllables from foreign names (segmenter-error) and to find impossible
// spellings (vietnamese-orthography). Works on one syllable at a time; no dictionary.

export type Tone = 'ngang' | 'huyen' | 'sac' | 'hoi' | 'nga' | 'nang';

const TONE_MARKS: Record<string, Tone> = {
  '\u0300': 'huyen',
  '\u0301': 'sac',
  '\u0309': 'hoi',
  '\u0303': 'nga',
  '\u0323': 'nang',
};

export interface SyllableParts {
  onset: string;
  /** Vowel letters (medial + nucleus + semivowel), tone removed, lower case. */
  vowels: string;
  coda: string;
  tone: Tone;
  /** Index (in `vowels`) of the letter carrying the tone mark, -1 for ngang. */
  toneAt: number;
}

const ONSETS = ['ngh', 'ng', 'gh', 'gi', 'kh', 'ch', 'nh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'];
const CODAS = ['ng', 'nh', 'ch', 'c', 'm', 'n', 'p', 't'];
const STOP_CODAS = new Set(['c', 'ch', 'p', 't']);
const VOWEL_LETTERS = 'aăâeêioôơuưy';

/** Vowel clusters (medial + nucleus + final semivowel, without tone) that Vietnamese uses. */
const CLUSTERS = new Set(
  (
    'a ă â e ê i o ô ơ u ư y ' +
    'ai ao au ay âu ây eo êu ia iu iê oi ôi ơi ua ui uô ưa ưi ưu ươ uy uê uâ uơ oa oă oe oo ' +
    'iêu yêu yê ươi ươu uôi oai oay oao oeo uây uya uyê uyu ' +
    // after gi / qu the first vowel may belong to the onset letters; clusters seen then:
    'ua uă uâ ue uê ui uo uô uơ uy uyê uya uyu'
  ).split(/\s+/),
);

/** Lower-cases and strips the tone mark; returns the toneless form and the tone. */
export function stripTone(syllable: string): { base: string; tone: Tone; toneAt: number } {
  const decomposed = syllable.toLowerCase().normalize('NFD');
  let out = '';
  let tone: Tone = 'ngang';
  let toneAt = -1;
  for (const character of decomposed) {
    const markTone = TONE_MARKS[character];
    if (markTone) {
      tone = markTone;
      toneAt = [...out.normalize('NFC')].length - 1;
    } else out += character;
  }
  return { base: out.normalize('NFC'), tone, toneAt };
}

/** Splits a syllable into onset, vowels and coda by shape; undefined when it has no such shape. */
export function parseSyllable(syllable: string): SyllableParts | undefined {
  if (!syllable) return undefined;
  const { base, tone, toneAt } = stripTone(syllable);
  if (!/^[a-zăâđêôơư]+$/.test(base)) return undefined;
  let onset = '';
  for (const candidateOnset of ONSETS) {
    if (base.startsWith(candidateOnset)) {
      onset = candidateOnset;
      break;
    }
  }
  // `gi` + consonant (gìn) is g + i; `qu` needs a vowel after it.
  if (onset === 'gi' && (base.length === 2 || !VOWEL_LETTERS.includes(base[2]))) onset = 'g';
  if (base[0] === 'q' && onset !== 'qu') return undefined;
  let rest = base.slice(onset.length);
  let coda = '';
  for (const candidateCoda of CODAS) {
    if (rest.endsWith(candidateCoda) && rest.length > candidateCoda.length) {
      coda = candidateCoda;
      break;
    }
  }
  rest = rest.slice(0, rest.length - coda.length);
  if (!rest || ![...rest].every((ch) => VOWEL_LETTERS.includes(ch))) return undefined;
  return { onset, vowels: rest, coda, tone, toneAt: toneAt < 0 ? -1 : toneAt - onset.length };
}

/** Which spelling rule a syllable breaks: an onset letter before the wrong vowel, or a tone on a stop coda. */
export type SpellingRule = 'ng-before-front' | 'g-before-front' | 'c-before-front' | 'k-before-back' | 'gh-before-back' | 'ngh-before-back' | 'stop-coda-tone';

export interface SpellingProblem {
  /** Short reason, e.g. "`ng` cannot stand before e/ê/i; it must be `ngh`". */
  reason: string;
  rule: SpellingRule;
}

/**
 * Checks a syllable that has a Vietnamese shape against the spelling rules of formats.md.
 * Returns undefined when it is fine or when it does not look like a Vietnamese syllable at all.
 */
export function spellingProblem(syllable: string): SpellingProblem | undefined {
  const parts = parseSyllable(syllable);
  if (!parts) return undefined;
  const first = parts.vowels[0];
  const front = first === 'i' || first === 'e' || first === 'ê';
  if (parts.onset === 'ng' && front) return { reason: '`ng` cannot stand before e/ê/i; it must be `ngh`', rule: 'ng-before-front' };
  if (parts.onset === 'g' && (first === 'e' || first === 'ê')) return { reason: '`g` cannot stand before e/ê; it must be `gh`', rule: 'g-before-front' };
  if (parts.onset === 'c' && (front || first === 'y')) return { reason: '`c` cannot stand before e/ê/i/y; it must be `k`', rule: 'c-before-front' };
  if (parts.onset === 'k' && !(front || first === 'y')) return { reason: '`k` stands only before e/ê/i/y', rule: 'k-before-back' };
  if ((parts.onset === 'gh' || parts.onset === 'ngh') && !front) return { reason: `\`${parts.onset}\` stands only before e/ê/i`, rule: parts.onset === 'gh' ? 'gh-before-back' : 'ngh-before-back' };
  if (!CLUSTERS.has(parts.vowels)) return undefined; // an unknown shape: likely foreign, not a typo we can name
  if (STOP_CODAS.has(parts.coda) && parts.tone !== 'sac' && parts.tone !== 'nang' && parts.tone !== 'ngang') {
    return { reason: `a syllable ending in \`${parts.coda}\` takes only the sắc or nặng tone`, rule: 'stop-coda-tone' };
  }
  return undefined;
}

/** True when the syllable is a well-formed Vietnamese syllable (shape, known vowel cluster, spelling). */
export function isVietnameseSyllable(syllable: string): boolean {
  const parts = parseSyllable(syllable);
  if (!parts) return false;
  if (!CLUSTERS.has(parts.vowels)) return false;
  if (parts.vowels.length > 1 && parts.vowels[0] === parts.vowels[1] && parts.vowels !== 'oo') return false;
  if (STOP_CODAS.has(parts.coda) && parts.tone !== 'sac' && parts.tone !== 'nang') return false;
  if (parts.coda && /[iyou]$/.test(parts.vowels) && parts.vowels.length > 1 && !/(uy|oo|uô|ươ|iê|yê|uyê)$/.test(parts.vowels)) {
    // a final semivowel (ai, ao, êu...) cannot take a consonant coda, except the glides above
    if (!/^(o|u)/.test(parts.vowels) || /[iyu]$/.test(parts.vowels)) return false;
  }
  return spellingProblem(syllable) === undefined;
}

// A bilingual dictionary the user supplies, in hunalign's format: one entry a line, `target @ source`
// (the second file's phrase, " @ ", the first file's phrase). Its one-word entries become links of the
// aligner's lexicon, beside those it learns from the pair itself. Pure: the text comes in.

export interface DictionaryEntry {
  /** Phrase of the first side (A, the source file). */
  source: string;
  /** Phrase of the second side (B). */
  target: string;
}

export interface Dictionary {
  entries: DictionaryEntry[];
  /** Lines that are not `target @ source` (1-based), for a message. */
  skippedLines: number[];
}

/** Parses hunalign's dictionary format; blank lines and lines starting with `#` are ignored. */
export function parseDictionary(text: string): Dictionary {
  const entries: DictionaryEntry[] = [];
  const skippedLines: number[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].trim();
    if (!line || line.startsWith('#')) continue;
    const separator = line.indexOf(' @ ');
    if (separator < 0) {
      skippedLines.push(index + 1);
      continue;
    }
    const target = line.slice(0, separator).trim();
    const source = line.slice(separator + 3).trim();
    if (!target || !source) skippedLines.push(index + 1);
    else entries.push({ source, target });
  }
  return { entries, skippedLines };
}

/** A dictionary with its sides swapped (when the files are given the other way round). */
export function swapDictionary(dictionary: Dictionary): Dictionary {
  return { entries: dictionary.entries.map((entry) => ({ source: entry.target, target: entry.source })), skippedLines: dictionary.skippedLines };
}

/** Words of a text, folded to lower case: what a dictionary's one-word entries are looked up in. */
function wordsOf(text: string): Set<string> {
  return new Set(text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []);
}

/**
 * Whether the dictionary is written the other way round for the sides A and B: more of its one-word
 * entries have their source word in B and their target word in A than as written. (An editor pairs
 * files in whatever order they open; the user's dictionary has one direction.)
 */
export function dictionaryIsSwapped(dictionary: Dictionary, textA: string, textB: string): boolean {
  const wordsA = wordsOf(textA);
  const wordsB = wordsOf(textB);
  let asWritten = 0;
  let swapped = 0;
  for (const entry of dictionary.entries) {
    const source = entry.source.toLowerCase();
    const target = entry.target.toLowerCase();
    if (source === target) continue;
    if (wordsA.has(source) && wordsB.has(target)) asWritten++;
    if (wordsA.has(target) && wordsB.has(source)) swapped++;
  }
  return swapped > asWritten;
}

/** The dictionary the right way round for the sides A and B (see dictionaryIsSwapped). */
export function orientDictionary(dictionary: Dictionary, textA: string, textB: string): Dictionary {
  return dictionaryIsSwapped(dictionary, textA, textB) ? swapDictionary(dictionary) : dictionary;
}

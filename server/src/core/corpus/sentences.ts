// A cheap sentence count for one line: a sentence ends at . ! ? … (with closing quotes or brackets)
// followed by a space and a capital letter, digit or opening quote. Abbreviations of one or two
// letters ("Mr.", "U.S.", "Dr.") and lone initials do not end a sentence.

const END = /([.!?…]+)["'”’»)\]]*\s+(?=["'“‘«(\[]?[\p{Lu}\d])/gu;
const ABBREV = /(?:^|[\s(])(?:\p{L}{1,2}|Mrs|Rev|Gen|Col|Capt|Sgt|St|Jr|Sr|Prof|No|vs|etc|ông|bà|TS|ThS|PGS|GS)\.$/u;

/** Offsets (UTF-16, in the line) where each sentence after the first starts. */
export function sentenceStarts(line: string): number[] {
  const out: number[] = [];
  END.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = END.exec(line))) {
    const endPunct = match.index + match[1].length;
    if (match[1] === '.' && ABBREV.test(line.slice(Math.max(0, match.index - 6), endPunct))) continue;
    out.push(match.index + match[0].length);
  }
  return out;
}

export function sentenceCount(line: string): number {
  return line.trim() ? sentenceStarts(line).length + 1 : 0;
}

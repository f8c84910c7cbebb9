// The one-file form: a translation, then a source line (`Nguồn: <url>`, `Source:`, `Nguon:`,
// `Original:`, `Bản gốc:`), then the original. The line belongs to neither side.
import type { Lang, Span } from './types';
import { detectLang } from './lang';

export interface SourceLineSplit {
  above: Span;
  /** The source line itself, without its line end. */
  line: Span;
  below: Span;
  /** 0-based line number of the source line. */
  lineNumber: number;
  url?: string;
  /** The languages of the text above and below, as `detectLang` finds them (the sides' languages). */
  langs: [Lang, Lang];
}

const LABEL = /^[ \t]*(nguồn|nguon|source|original|bản gốc|ban goc|nguồn bài|bài gốc)[ \t]*:[ \t]*(\S.*)?$/iu;
const URL = /\bhttps?:\/\/\S+/u;

/** Finds the source line that splits a one-file pair, or undefined when the text is not one. */
export function splitAtSourceLine(text: string): SourceLineSplit | undefined {
  let start = 0;
  let lineNumber = 0;
  while (start <= text.length) {
    let newline = text.indexOf('\n', start);
    if (newline < 0) newline = text.length;
    const end = newline > start && text.charCodeAt(newline - 1) === 13 ? newline - 1 : newline;
    if (end - start <= 400) {
      const line = text.slice(start, end);
      const label = LABEL.exec(line.normalize('NFC'));
      if (label) {
        const split = trySplit(text, start, end, lineNumber, line);
        if (split) return split;
      }
    }
    if (newline >= text.length) break;
    start = newline + 1;
    lineNumber++;
  }
  return undefined;
}

function trySplit(text: string, start: number, end: number, lineNumber: number, line: string): SourceLineSplit | undefined {
  const above = trimSpan(text, 0, start);
  const below = trimSpan(text, end, text.length);
  if (above.end <= above.start || below.end <= below.start) return undefined;
  // A "Source: Reuters" credit at the end of a one-language article is not a split: both sides
  // must be in different languages when both can be told.
  const langAbove = detectLang(text, above);
  const langBelow = detectLang(text, below);
  if (langAbove !== 'und' && langBelow !== 'und' && langAbove === langBelow) return undefined;
  const lead = line.length - line.trimStart().length;
  return {
    above,
    line: { start: start + lead, end: start + line.trimEnd().length },
    below,
    lineNumber,
    url: URL.exec(line)?.[0],
    langs: [langAbove, langBelow],
  };
}

function trimSpan(text: string, start: number, end: number): Span {
  let trimmedStart = start;
  let trimmedEnd = end;
  while (trimmedStart < trimmedEnd && /\s/.test(text[trimmedStart])) trimmedStart++;
  while (trimmedEnd > trimmedStart && /\s/.test(text[trimmedEnd - 1])) trimmedEnd--;
  return { start: trimmedStart, end: trimmedEnd };
}

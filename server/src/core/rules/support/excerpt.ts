// Short quotes of the text for finding messages: cut at word boundaries, never inside a word or
// between a letter and its combining mark (an NFD "ì" cut after "i" would show a stray accent).

/**
 * The text from about `max` code units before `end` up to `end`, starting at a word boundary at or
 * after `min`; `cut` is true when words before it were left out (the caller shows "…").
 */
export function excerptBefore(text: string, min: number, end: number, max = 30): { text: string; cut: boolean } {
  let start = Math.max(min, end - max);
  if (start > min && !/\s/.test(text[start - 1])) {
    const next = text.slice(start, end).search(/\s\S/);
    // no boundary inside the window: keep the whole word
    if (next < 0) while (start > min && !/\s/.test(text[start - 1])) start--;
    else start += next + 1;
  }
  return { text: text.slice(start, end), cut: start > min };
}

/** The words around `[start, end)`: the word before it, the span, the word after it. */
export function excerptAround(text: string, lineStart: number, lineEnd: number, start: number, end: number): string {
  let excerptStart = start;
  while (excerptStart > lineStart && /\s/.test(text[excerptStart - 1])) excerptStart--;
  while (excerptStart > lineStart && !/\s/.test(text[excerptStart - 1])) excerptStart--;
  let excerptEnd = end;
  while (excerptEnd < lineEnd && /\s/.test(text[excerptEnd])) excerptEnd++;
  while (excerptEnd < lineEnd && !/\s/.test(text[excerptEnd])) excerptEnd++;
  return text.slice(excerptStart, excerptEnd);
}

// Big texts are analysed on a capped prefix, cut at a line end (offsets stay true, since a prefix keeps them).

/** Cuts texts longer than `max` at a line end; `lines`: the fewest lines of a cut text. */
export function capTexts(texts: string[], max: number): { texts: string[]; capped: boolean; lines: number } {
  if (texts.every((t) => t.length <= max)) return { texts, capped: false, lines: 0 };
  const cuts = texts.map((t) => cutAt(t, max));
  return { texts: cuts, capped: true, lines: cuts.reduce((min, c) => Math.min(min, countNl(c) || 1), Infinity) };
}

function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  const newline = text.lastIndexOf('\n', max);
  if (newline > max / 2) return text.slice(0, newline + 1);
  const space = text.lastIndexOf(' ', max);
  if (space > max / 2) return text.slice(0, space + 1);
  const code = text.charCodeAt(max - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

function countNl(text: string): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

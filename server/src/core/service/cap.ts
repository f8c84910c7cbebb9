// Big texts are analysed on a capped prefix, cut at a line end (offsets stay true, since a prefix keeps them).

/** Cuts texts longer than `max` at a line end; `lines`: the fewest lines of a cut text. */
export function capTexts(texts: string[], max: number): { texts: string[]; capped: boolean; lines: number } {
  if (texts.every((t) => t.length <= max)) return { texts, capped: false, lines: 0 };
  const cuts = texts.map((t) => cutAt(t, max));
  return { texts: cuts, capped: true, lines: cuts.reduce((min, c) => Math.min(min, countNl(c) || 1), Infinity) };
}

function cutAt(t: string, max: number): string {
  if (t.length <= max) return t;
  const nl = t.lastIndexOf('\n', max);
  if (nl > max / 2) return t.slice(0, nl + 1);
  const sp = t.lastIndexOf(' ', max);
  if (sp > max / 2) return t.slice(0, sp + 1);
  const c = t.charCodeAt(max - 1);
  return t.slice(0, c >= 0xd800 && c <= 0xdbff ? max - 1 : max);
}

function countNl(t: string): number {
  let n = 0;
  for (let i = t.indexOf('\n'); i >= 0; i = t.indexOf('\n', i + 1)) n++;
  return n;
}

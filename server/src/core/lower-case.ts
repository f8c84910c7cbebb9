// Lower case per UTF-16 code unit, from a table filled on first use (0 = not known yet): the hot loops
// of the aligner's features and the corpus language profile lower-case without building strings.
const lowerTable = new Uint16Array(65536);

/** The lower-case code unit of `c`, or `c` itself when its lower case is not one code unit. */
export function lowerCodeUnit(c: number): number {
  let l = lowerTable[c];
  if (l === 0) {
    const s = String.fromCharCode(c).toLowerCase();
    l = s.length === 1 ? s.charCodeAt(0) : c;
    lowerTable[c] = l;
  }
  return l;
}

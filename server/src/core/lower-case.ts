// Lower case per UTF-16 code unit, from a table filled on first use (0 = not known yet): the hot loops
// of the aligner's features and the corpus language profile lower-case without building strings.
const lowerTable = new Uint16Array(65536);

/** The lower-case code unit of `c`, or `c` itself when its lower case is not one code unit. */
export function lowerCodeUnit(code: number): number {
  let lowered = lowerTable[code];
  if (lowered === 0) {
    const character = String.fromCharCode(code).toLowerCase();
    lowered = character.length === 1 ? character.charCodeAt(0) : code;
    lowerTable[code] = lowered;
  }
  return lowered;
}

// Line-pair messages name the two files of a corpus: a rule writes `{A}` and `{B}`, and whoever
// shows the finding puts in the names (the file names, or "side A" / "side B" where there are no
// files, as in the --stdin mode). One place for the tokens and for saying how far off a z-score is.

export const SIDE_TOKEN = { a: '{A}', b: '{B}' } as const;

export function sideToken(side: 'a' | 'b'): string {
  return SIDE_TOKEN[side];
}

/** The message with `{A}` and `{B}` replaced by the names of the two sides. */
export function nameSides(message: string, nameA: string, nameB: string): string {
  return message.replace(/\{([AB])\}/g, (_token, side: string) => (side === 'A' ? nameA : nameB));
}

/** Names for the --stdin mode and other places without files. */
export const ANONYMOUS_SIDES = ['side A', 'side B'] as const;

/** A z-score in words: `3.4 standard deviations`. */
export function deviations(score: number): string {
  const size = Math.abs(score);
  return `${size.toFixed(1)} standard deviation${size.toFixed(1) === '1.0' ? '' : 's'}`;
}

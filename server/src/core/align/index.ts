// Sentence and paragraph alignment (pure core).
export { alignUnits, DEFAULT_PARAMS, type AlignOptions, type AlignParams } from './units';
export { alignSides, type SideAlignment } from './sides';
export { scoreAlignments, parseBeads, formatBead, type BeadLike, type Scores } from './score';

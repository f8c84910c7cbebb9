// Sentence and paragraph alignment (pure core).
export { alignUnits, alignUnitsWithModel, DEFAULT_PARAMS, type AlignOptions, type AlignParams, type UnitAlignment } from './units';
export type { LengthModel } from './lengthCost';
export { alignSides, type SideAlignment } from './sides';
export { scoreAlignments, parseBeads, formatBead, type BeadLike, type Scores } from './score';
export { parseDictionary, swapDictionary, type Dictionary, type DictionaryEntry } from './dictionary';
export { dictionaryIsSwapped, orientDictionary } from './dictionary';
export { validLinks, type AlignConstraints } from './constraints';

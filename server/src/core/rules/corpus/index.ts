// The line-pair rules of line-aligned corpora, in the order they run. How the engine runs each is a
// field of the rule: `order` ('guard' rules run first, and when one reports, the others are skipped for
// that line; 'encoding' runs alone on a line that is not valid UTF-8) and `corpus` (hooks the
// whole-corpus runner calls in line order: line counts, the inconsistency table).
import type { LinePairRule } from '../rule';
import { lineEmpty } from './line-empty';
import { lineTooLong } from './line-too-long';
import { lineUntranslated } from './line-untranslated';
import { lineNumberMismatch } from './line-number-mismatch';
import { lineLengthRatio } from './line-length-ratio';
import { lineSegmentation } from './line-segmentation';
import { lineTypo } from './line-typo';
import { lineShift } from './line-shift';
import { lineInconsistent } from './line-inconsistent';
import { lineEncoding } from './line-encoding';
import { lineCount } from './line-count';

export const linePairRules: LinePairRule[] = [
  lineEncoding,
  lineTooLong,
  lineEmpty,
  lineUntranslated,
  lineNumberMismatch,
  lineLengthRatio,
  lineSegmentation,
  lineTypo,
  lineShift,
  lineInconsistent,
  lineCount,
];

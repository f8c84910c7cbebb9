// The rule registry: every rule of Bitext, read by the editor, the CLI and the docs alike.
import type { LinePairRule, PairRule, Rule, SideRule } from './rule';
import { segmentationUnderscore } from './segmentation-underscore';
import { segmenterError } from './segmenter-error';
import { spacedPunctuation } from './spaced-punctuation';
import { singleLineDocument } from './single-line-document';
import { caseTypo } from './case-typo';
import { vietnameseOrthography } from './vietnamese-orthography';
import { vietnameseTone } from './vietnamese-tone';
import { unicodeNormalization } from './unicode-normalization';
import { doubledWord } from './doubled-word';
import { doubledSpace } from './doubled-space';
import { missingTranslation } from './missing-translation';
import { truncatedTranslation } from './truncated-translation';
import { extraText } from './extra-text';
import { numberMismatch } from './number-mismatch';
import { lengthRatio } from './length-ratio';
import { untranslated } from './untranslated';
import { punctuationMismatch } from './punctuation-mismatch';
import { uncertainAlignment } from './uncertain-alignment';
import { addedSentence } from './added-sentence';
import { linePairRules } from './corpus';

export const sideRules: SideRule[] = [
  segmentationUnderscore,
  segmenterError,
  spacedPunctuation,
  singleLineDocument,
  caseTypo,
  vietnameseOrthography,
  vietnameseTone,
  unicodeNormalization,
  doubledWord,
  doubledSpace,
];

export const pairRules: PairRule[] = [
  missingTranslation,
  addedSentence,
  truncatedTranslation,
  extraText,
  numberMismatch,
  lengthRatio,
  untranslated,
  punctuationMismatch,
  uncertainAlignment,
];

export const allRules: Rule[] = [...pairRules, ...sideRules, ...(linePairRules as LinePairRule[])];

const byId = new Map(allRules.map((r) => [r.id, r]));

export function getRule(ruleId: string): Rule | undefined {
  return byId.get(ruleId);
}

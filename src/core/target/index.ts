/**
 * Target values (指标值): parse, format, compose split columns. See README.md in this folder for the grammar
 * and the design choices (2.6万, decimals, grades vs vague wording).
 */
export type {
  FormatStyle,
  Operator,
  ParsedTarget,
  ParseOptions,
  TargetKind,
  TargetProblem,
  TargetProblemId,
} from './types';
export { parseTarget, isGrade, isUnitLike, STYLE_PROBLEMS, MEASURED_KINDS } from './parse';
export {
  formatTarget,
  composeSplitTarget,
  operatorOf,
  isPercentLike,
  isMeasurable,
  canonicalNumberText,
} from './format';
export {
  GRADES,
  GRADE_MODIFIERS,
  VAGUE_PHRASES,
  VAGUE_ADVERBS,
  VAGUE_VERBS,
  UNITS,
  PREFIX_OPERATORS,
  SUFFIX_OPERATORS,
  SCHEDULE_WORDS,
  type OperatorSpelling,
} from './lexicon';
export { unitScale } from './units';
export { TARGET_PROBLEM_MESSAGES } from './messages';

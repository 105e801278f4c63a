/**
 * The recogniser's vocabulary: every wording it matches, as data (vocabulary.json), extensible by a department
 * (`ptcheck --vocabulary extra.json`, the pane's settings) in the same format.
 */
import shippedJson from './vocabulary.json';
import { vocabularyProblemText } from './messages';
import type { VocabularyData } from './types';
import { extendVocabulary, loadVocabulary } from './validate';
import { Vocabulary } from './vocabulary';

export { Vocabulary } from './vocabulary';
export { extendVocabulary, loadVocabulary, taughtLabels, FIELD_KEYS, MONEY_KEYS, type VocabularyProblem } from './validate';
export { VOCABULARY_MESSAGES, vocabularyProblemText } from './messages';
export { normaliseLabel, cleanText, type Numbering } from './normalise';
export type { ColumnRole, LabelMatch, MoneyLabel, Requirement, VocabularyData } from './types';
export { TEACHABLE, forgetLabel, mergeTaught, storedVocabulary, teachLabel, type Meaning } from './teach';

let shipped: Vocabulary | undefined;

/** The vocabulary shipped with the checker. A problem in it is a bug (the tests load it): this throws then. */
export function defaultVocabulary(): Vocabulary {
  if (!shipped) {
    const { data, problems } = loadVocabulary(shippedJson);
    if (!data) throw new Error(`vocabulary.json: ${problems.map((p) => vocabularyProblemText(p, 'en-US')).join('; ')}`);
    shipped = new Vocabulary(data);
  }
  return shipped;
}

/** Compiled vocabularies with extensions, by the extension's JSON: checking a sheet again reuses the last ones. */
const extended = new Map<string, Vocabulary>();

/** The shipped vocabulary extended by a (validated) extension; the shipped one when there is none. */
export function vocabularyWith(extension: VocabularyData | undefined | null): Vocabulary {
  if (!extension) return defaultVocabulary();
  const key = JSON.stringify(extension);
  let v = extended.get(key);
  if (!v) {
    if (extended.size >= 8) extended.clear();
    v = new Vocabulary(extendVocabulary(defaultVocabulary().data, extension));
    extended.set(key, v);
  }
  return v;
}

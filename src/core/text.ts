/** Text normalisation shared by the recogniser and the rules. */

import { removeSpaces, toHalfWidth } from './target/text';

export { toHalfWidth };

/** Remove every kind of white space and line break (labels are often letter-spaced: `总 体 目 标`). */
export const compact = removeSpaces;

/**
 * A label as the recogniser compares it: half-width, no spaces, no trailing colon, no ★ markers,
 * brackets unified (`【】〔〕` → `()`).
 */
export function labelKey(text: string): string {
  return compact(toHalfWidth(text))
    .replace(/[★☆*]/g, '')
    .replace(/[【〔［]/g, '(')
    .replace(/[】〕］]/g, ')')
    .replace(/[:：]+$/, '');
}

/** The year a title or year line names (`(2020年度)`, `（ 2022 年度）`, `(2020)年度`, `2023年项目…`), or null. */
export function yearIn(text: string): number | null {
  const t = compact(toHalfWidth(text));
  const m = /((?:19|20)\d{2})\)?年/.exec(t) ?? /\(((?:19|20)\d{2})\)/.exec(t);
  return m ? Number(m[1]) : null;
}

/** The structure rules, in catalogue order (domain.md §6). */
import type { Rule } from '../rule';
import { categoryLevel1Missing } from '../category-level1-missing';
import { categoryLevel2Misplaced } from '../category-level2-misplaced';
import { categoryUnknown } from '../category-unknown';
import { indicatorCategoryMismatch } from '../indicator-category-mismatch';
import { indicatorDuplicate } from '../indicator-duplicate';
import { categoryLevel1Blank } from '../category-level1-blank';
import { indicatorLevel2Missing } from '../indicator-level2-missing';
import { blockEmptyRows } from '../block-empty-rows';
import { weightTotal } from '../weight-total';
import { indicatorNamesBlank } from '../indicator-names-blank';

export const STRUCTURE_RULES: Rule[] = [
  categoryLevel1Missing,
  categoryLevel2Misplaced,
  categoryUnknown,
  indicatorCategoryMismatch,
  indicatorDuplicate,
  categoryLevel1Blank,
  indicatorLevel2Missing,
  indicatorNamesBlank,
  blockEmptyRows,
  weightTotal,
];

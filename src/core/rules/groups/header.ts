/** The header rules, in catalogue order (domain.md §6). */
import type { Rule } from '../rule';
import { requiredFields } from '../required-fields';
import { datesValid } from '../dates-valid';
import { goalsMultiYear } from '../goals-multi-year';

export const HEADER_RULES: Rule[] = [requiredFields, datesValid, goalsMultiYear];

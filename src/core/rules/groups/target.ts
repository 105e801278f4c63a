/** The target rules, in catalogue order (domain.md §6). */
import type { Rule } from '../rule';
import { targetMissing } from '../target-missing';

export const TARGET_RULES: Rule[] = [targetMissing];

/** The structure rules, in catalogue order (domain.md §6). */
import type { Rule } from '../rule';

export const STRUCTURE_RULES: Rule[] = [];

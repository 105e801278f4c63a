/** The money rules, in catalogue order (domain.md §6). */
import type { Rule } from '../rule';

export const MONEY_RULES: Rule[] = [];

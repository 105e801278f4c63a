/** The header rules, in catalogue order (domain.md §6). */
import type { Rule } from '../rule';

export const HEADER_RULES: Rule[] = [];

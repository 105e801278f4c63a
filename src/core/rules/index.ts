/** The rule catalogue (docs/rules.md is generated from it) and the entry point that runs it. */
import type { Finding, TargetTable } from '../model';
import { activeRules, type CheckConfig } from './config';
import { runRules } from './engine';
import type { Rule } from './rule';
import { TARGET_RULES } from './groups/target';
import { STRUCTURE_RULES } from './groups/structure';
import { MONEY_RULES } from './groups/money';
import { HEADER_RULES } from './groups/header';

/** Every rule, in the order of domain.md §6 (targets, structure, money, header). */
export const RULES: readonly Rule[] = [...TARGET_RULES, ...STRUCTURE_RULES, ...MONEY_RULES, ...HEADER_RULES];

export const RULES_BY_ID: ReadonlyMap<string, Rule> = new Map(RULES.map((r) => [r.meta.id, r]));

/** Findings of every configured rule on the tables of one sheet. Throws ConfigError on a bad configuration. */
export function checkTables(tables: TargetTable[], sheet: string, config?: CheckConfig): Finding[] {
  const rules = activeRules(RULES, config);
  return tables.flatMap((t, i) => runRules(t, sheet, i, rules));
}

export { activeRules, ConfigError, type CheckConfig, type RuleSetting } from './config';
export type { Rule, RuleMeta, Tag } from './rule';

/** The money rules, in catalogue order (domain.md §6). */
import type { Rule } from '../rule';
import { moneyPartsSum } from '../money-parts-sum';
import { moneyPartExceeds } from '../money-part-exceeds';
import { moneyAnnualExceedsTotal } from '../money-annual-exceeds-total';
import { moneyExecutionRate } from '../money-execution-rate';
import { moneyNotNumber } from '../money-not-number';
import { moneyTotalBlank } from '../money-total-blank';
import { moneyUnitScale } from '../money-unit-scale';
import { moneyNarrativeMismatch } from '../money-narrative-mismatch';
import { budgetAsOutput } from '../budget-as-output';

export const MONEY_RULES: Rule[] = [
  moneyPartsSum,
  moneyPartExceeds,
  moneyAnnualExceedsTotal,
  moneyExecutionRate,
  moneyNotNumber,
  moneyTotalBlank,
  moneyUnitScale,
  moneyNarrativeMismatch,
  budgetAsOutput,
];

/** Money-unit declarations, and the fields that start a table. The label wording itself is vocabulary data. */
import type { FieldKey, MoneyUnit } from '../model';
import { labelKey } from '../text';

export type { LabelMatch, MoneyLabel } from '../vocabulary';

/** A money unit declared by a line or label (`金额单位:万元`, `单位：元`, `资金情况(万元)`), or null. */
export function declaredUnit(text: string): MoneyUnit | null {
  const k = labelKey(text);
  const line = /(?:金额|资金|货币)?单位[:：]?(万元|元)(?![\u4e00-\u9fa5])/.exec(k);
  if (line) return line[1] as MoneyUnit;
  const bracket = /\((万元|元)\)/.exec(k);
  return bracket ? (bracket[1] as MoneyUnit) : null;
}

/** Field keys that name the project or its unit: a row starting with one of these starts a new table. */
export const ANCHOR_FIELDS: ReadonlySet<FieldKey> = new Set(['projectName', 'applicant']);

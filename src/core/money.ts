/** Reading amounts as written in money cells: `14,624,640`, `250万`, `164万元`, `771,325,800.00`. */
import type { MoneyUnit } from './model';
import { compact, toHalfWidth } from './text';

export interface Amount {
  value: number | null;
  /** The unit written with the number (`万`, `万元`, `元`), if any. */
  unit: MoneyUnit | null;
  /** True when the text is non-empty but not one amount (`120万120万`, `约100`, `待定`). */
  unreadable: boolean;
}

/** Read an amount from a cell's value and text. */
export function readAmount(value: unknown, text: string): Amount {
  if (typeof value === 'number' && Number.isFinite(value)) return { value, unit: null, unreadable: false };
  // `-`, `—`, `/`, `无` say "none" (blank); a currency sign before the number is decoration.
  const t = compact(toHalfWidth(text)).replace(/^[¥￥]/, '');
  if (!t || /^(?:[-—–/]+|无)$/.test(t)) return { value: null, unit: null, unreadable: false };
  const m = /^(-?[\d,]*\.?\d+)(万元|万|元)?$/.exec(t);
  if (!m || !/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(m[1]) && !/^-?\d*\.\d+$/.test(m[1])) {
    return { value: null, unit: null, unreadable: true };
  }
  const unit: MoneyUnit | null = m[2] === '元' ? '元' : m[2] ? '万元' : null;
  return { value: Number(m[1].replace(/,/g, '')), unit, unreadable: false };
}

/** How many 元 one unit is: amounts are compared only after converting 元 and 万元. */
export const YUAN_PER: Readonly<Record<MoneyUnit, number>> = { 元: 1, 万元: 10_000 };

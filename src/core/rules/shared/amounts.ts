/**
 * Reading the money block for the money rules: each amount with its unit, the 其中 groups (an amount and its
 * parts, from the recogniser's `parent` links), tolerant comparison in 元, and amounts written back as text.
 * Not a rule: shared by the rules in ../money-*.ts and ../budget-as-output.ts.
 */
import type { MoneyItem, MoneyKey, MoneyUnit, TargetTable } from '../../model';
import { readAmount, YUAN_PER } from '../../money';
import { compact, toHalfWidth } from '../../text';

/** An amount as the rules see it. `unit` is the item's own unit, else the table's; null when undeclared. */
export type AmountState = NumberState | { kind: 'blank' } | { kind: 'unreadable' };
export interface NumberState {
  kind: 'number';
  value: number;
  unit: MoneyUnit | null;
  decimals: number;
}

/** Narrowing for filters. */
export const isNumber = (s: AmountState): s is NumberState => s.kind === 'number';

/** Cells that say "none" (`-`, `—`, `/`, `无`): read as blank, not as a text a reviewer objects to. */
const NIL = /^(?:[-—–－―_/／\\]+|无)$/;
/** A currency sign before the number (`¥1,000.00`): a number in a style the recogniser does not read. */
const CURRENCY = /^(?:¥|￥|RMB|人民币)/i;

/** The amount of a money item: a number (the recogniser's, or one written with a currency sign), blank, or not a number. */
export function readItem(table: TargetTable, item: MoneyItem): AmountState {
  const unit = item.unit ?? table.money?.unit ?? null;
  const text = compact(toHalfWidth(item.text ?? ''));
  if (typeof item.value === 'number' && Number.isFinite(item.value)) {
    return { kind: 'number', value: item.value, unit, decimals: decimalsOf(text) };
  }
  if (!text || NIL.test(text)) return { kind: 'blank' };
  const stripped = text.replace(CURRENCY, '');
  if (stripped !== text) {
    const a = readAmount(null, stripped);
    if (a.value !== null) return { kind: 'number', value: a.value, unit: a.unit ?? unit, decimals: decimalsOf(stripped) };
  }
  return { kind: 'unreadable' };
}

/** True when the item's cell holds text that is not one amount (`120万120万`, `约100`, `待定`). */
export function isUnreadable(table: TargetTable, item: MoneyItem): boolean {
  return readItem(table, item).kind === 'unreadable';
}

/** Decimal places written in an amount's text (`771,325,800.00` → 2, `65` → 0). */
export function decimalsOf(text: string): number {
  const m = /\.(\d+)/.exec(text);
  return m ? m[1].length : 0;
}

/** A number state in 元; zero needs no unit; null when the unit is undeclared. */
export function inYuan(s: AmountState): number | null {
  if (s.kind !== 'number') return null;
  if (s.value === 0) return 0;
  return s.unit ? s.value * YUAN_PER[s.unit] : null;
}

/** An amount in 元 shown in `unit` (null: as is). */
export function fromYuan(yuan: number, unit: MoneyUnit | null): number {
  return unit ? yuan / YUAN_PER[unit] : yuan;
}

/**
 * How far apart amounts may be and still count as equal, in 元: the rounding of amounts written with decimals
 * (each of `n` amounts written to 2 decimals of 万元 may be off by 0.005 万元), plus floating-point noise.
 * Amounts written without decimals are taken as exact.
 */
export function tolerance(states: AmountState[]): number {
  let t = 0;
  let max = 0;
  for (const s of states) {
    if (s.kind !== 'number') continue;
    const f = s.unit ? YUAN_PER[s.unit] : 1;
    if (s.decimals > 0) t += 0.5 * 10 ** -s.decimals * f;
    max = Math.max(max, Math.abs(s.value * f));
  }
  return t + Math.max(1e-6, max * 1e-9);
}

/** The whole-life and annual families of money keys (rules never compare one with the other as if equal). */
const WHOLE: ReadonlySet<MoneyKey> = new Set<MoneyKey>(['total', 'fiscal', 'other']);
const ANNUAL: ReadonlySet<MoneyKey> = new Set<MoneyKey>(['annual', 'annualFiscal', 'annualOther']);

export function familyOf(key: MoneyKey): 'whole' | 'annual' | 'neutral' {
  return WHOLE.has(key) ? 'whole' : ANNUAL.has(key) ? 'annual' : 'neutral';
}

/**
 * Parts that take up whatever the others leave (其他资金, 地方资金, 基本支出 beside 项目支出): when one is present,
 * the form lists a complete split of its amount.
 */
const CATCH_ALL: ReadonlySet<MoneyKey> = new Set<MoneyKey>(['other', 'annualOther', 'local', 'basicSpending', 'projectSpending']);

/** An amount and its 其中 parts. */
export interface MoneyGroup {
  parent: MoneyItem;
  parts: MoneyItem[];
  /** A part of the other family (当年 financing under a whole-life 项目金额): a share, never a split. */
  mixed: boolean;
  /** Two or more parts, all of the amount's own family: the parts should add up to it. */
  split: boolean;
  /** The parts include a catch-all (其他资金 …): the split is complete, a shortfall is an error. */
  complete: boolean;
}

/** The only item with `key`, or undefined when there is none or several (then nothing is compared). */
export function uniqueItem(table: TargetTable, key: MoneyKey): MoneyItem | undefined {
  const found = (table.money?.items ?? []).filter((i) => i.key === key);
  return found.length === 1 ? found[0] : undefined;
}

/** The 其中 groups of a table: amounts with parts, when the amount's key is not ambiguous. */
export function moneyGroups(table: TargetTable): MoneyGroup[] {
  const items = table.money?.items ?? [];
  const out: MoneyGroup[] = [];
  const parents = [...new Set(items.filter((i) => i.parent).map((i) => i.parent as MoneyKey))];
  for (const key of parents) {
    const parent = uniqueItem(table, key);
    if (!parent) continue;
    const parts = items.filter((i) => i.parent === key && i !== parent);
    if (parts.length === 0) continue;
    // The same part twice (two 其他资金 under one total) is a recognition doubt: leave the group alone. Numbered
    // detail lines under a subtotal are all `detail`.
    const distinct = new Set(parts.map((p) => p.key));
    if (distinct.size !== parts.length && !(distinct.size === 1 && parts[0].key === 'detail')) continue;
    const fam = familyOf(parent.key);
    const mixed = parts.some((p) => {
      const f = familyOf(p.key);
      return f !== 'neutral' && fam !== 'neutral' && f !== fam;
    });
    const complete = parts.some((p) => CATCH_ALL.has(p.key));
    out.push({ parent, parts, mixed, complete, split: !mixed && parts.length >= 2 });
  }
  return out;
}

/** A label as shown in a message: no spaces, no leading 其中:, no unit in brackets, no trailing colon. */
export function displayLabel(label: string): string {
  return compact(toHalfWidth(label ?? ''))
    .replace(/^其中[:：,，、]?/, '')
    .replace(/[(（](?:金额)?(?:单位[:：]?)?(?:万元|元)[)）]/g, '')
    .replace(/[:：]+$/, '');
}

/** A number with thousands separators and at most 2 decimals (`14,624,640`, `0.5`, `65.37`). */
export function formatNumber(value: number, decimals?: number): string {
  const rounded = Math.round(value * 100) / 100;
  const d = decimals ?? (Number.isInteger(rounded) ? 0 : Number.isInteger(rounded * 10) ? 1 : 2);
  const [int, frac] = Math.abs(value).toFixed(d).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (value < 0 && Number(Math.abs(value).toFixed(d)) !== 0 ? '-' : '') + grouped + (frac ? '.' + frac : '');
}

/** An amount for a message: `14,624,640 元`, `65 万元`, or the bare number when the unit is undeclared. */
export function formatAmount(value: number, unit: MoneyUnit | null): string {
  return unit ? `${formatNumber(value)} ${unit}` : formatNumber(value);
}

/** An amount state for a message, in its own unit. */
export function showState(s: AmountState): string {
  return s.kind === 'number' ? formatAmount(s.value, s.unit) : '';
}

/**
 * An amount written like its siblings' texts, for a fix: thousands separators when they use them, as many decimals,
 * and the inline unit they share (`250万`, `164万元`).
 */
export function amountText(value: number, siblingTexts: string[]): string {
  const texts = siblingTexts.map((t) => compact(toHalfWidth(t ?? ''))).filter((t) => t && !NIL.test(t));
  const separators = texts.some((t) => /\d,\d{3}/.test(t));
  const decimals = Math.max(0, ...texts.map(decimalsOf));
  const suffixes = new Set(texts.map((t) => /(万元|万|元)$/.exec(t)?.[1] ?? ''));
  const suffix = suffixes.size === 1 ? [...suffixes][0] : '';
  const rounded = Number(value.toFixed(decimals));
  let s = formatNumber(rounded, decimals);
  if (!separators) s = s.replace(/,/g, '');
  return s + suffix;
}

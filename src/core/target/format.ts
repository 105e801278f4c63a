/** formatTarget (canonical text), composeSplitTarget (split columns → one text) and small helpers for rules. */
import { NO_OPERATOR_WORDS, PREFIX_OPERATORS, SCALE_EXPONENTS, SUFFIX_OPERATORS } from './lexicon';
import { periodSeparator } from './parse';
import { chineseNumeralValue, plainNumber, removeSpaces, shiftDecimal, toHalfWidth, trimSpaces } from './text';
import type { FormatStyle, Operator, ParsedTarget } from './types';

/**
 * The canonical text of a target:
 * - number / percent: operator + number + unit: `≥95%`, `=100.00%`, `≤65万元`, `2.6万`, `10辆` (no operator is
 *   added where none was written; written decimals and scale characters are kept; digits half-width, no
 *   thousands separators, no brackets around the unit, no spaces);
 * - grade: operator (if any) + grade: `良好`, `≥良好`;
 * - period: `start-end` (`start至end` when a date contains `-`); deadline: as written, half-width, no spaces;
 * - unit-only: operator + unit (`≥%`);
 * - text, placeholder, invalid: the input, trimmed; empty: ``.
 * Formatting is idempotent and keeps kind, operator, number, unit and grade (see the tests).
 */
export function formatTarget(t: ParsedTarget, style?: FormatStyle): string {
  const op = t.operator ? renderOperator(t.operator, style) : '';
  switch (t.kind) {
    case 'empty':
      return '';
    case 'number':
    case 'percent': {
      const num = canonicalNumber(t);
      if (num === undefined) return trimSpaces(t.raw);
      const unit = t.kind === 'percent' ? '%' : (t.unit ?? '');
      return op + num + unit;
    }
    case 'grade':
      return t.grade ? op + t.grade : trimSpaces(t.raw);
    case 'period':
      return t.period ? t.period.start + periodSeparator(t.period.start, t.period.end) + t.period.end : trimSpaces(t.raw);
    case 'deadline':
      return t.deadline ?? trimSpaces(t.raw);
    case 'unit-only':
      return t.unit ? op + t.unit : trimSpaces(t.raw);
    default:
      return trimSpaces(t.raw);
  }
}

function renderOperator(op: Operator, style?: FormatStyle): string {
  if (style?.operatorStyle === 'ascii') {
    if (op === '≥') return '>=';
    if (op === '≤') return '<=';
  }
  return op;
}

/**
 * Canonical digits of the number: from `numberText` (half-width, no separators, Arabic, scale character and
 * written decimals kept) when it still says `number`; otherwise from `number` itself (a rule may have changed it).
 */
function canonicalNumber(t: ParsedTarget): string | undefined {
  const n = t.number;
  if (n === undefined || !Number.isFinite(n)) return undefined;
  if (t.numberText !== undefined) {
    const c = canonicalNumberText(t.numberText);
    if (c && c.value === n) return c.text;
  }
  const scaleChar = t.scale ? Object.keys(SCALE_EXPONENTS).find((k) => 10 ** (SCALE_EXPONENTS[k] ?? 0) === t.scale) : undefined;
  if (scaleChar) return shiftDecimal(plainNumber(n), -(SCALE_EXPONENTS[scaleChar] ?? 0)) + scaleChar;
  return plainNumber(n);
}

/** `１,000` → 1000, `2.6万` → `2.6万` (26000), `三` → `3`, `百分之九十五` → `95`; null when not a number text. */
export function canonicalNumberText(written: string): { text: string; value: number } | null {
  const h = toHalfWidth(removeSpaces(written)).replace(/,/g, '');
  const m = /^(-?\d+(?:\.\d+)?)([千万亿])?$/.exec(h);
  if (m) {
    const exp = m[2] ? (SCALE_EXPONENTS[m[2]] ?? 0) : 0;
    const value = Number(shiftDecimal(m[1], exp));
    return { text: h, value: Object.is(value, -0) ? 0 : value };
  }
  const cn = h.startsWith('百分之') ? h.slice(3) : h;
  const value = chineseNumeralValue(cn);
  return value === null ? null : { text: String(value), value };
}

/**
 * The operator a text spells (`>=`, `≧`, `不低于`, `以上` → `≥`; `定性`, `正向指标`, `` → undefined). For the
 * split 指标性质 column and for rules comparing operators.
 */
export function operatorOf(text: string | null | undefined): Operator | undefined {
  if (!text) return undefined;
  const h = toHalfWidth(removeSpaces(text));
  const spelling = PREFIX_OPERATORS.find((s) => s.text === h) ?? SUFFIX_OPERATORS.find((s) => s.text === h);
  return spelling?.operator;
}

/** Percent-like: a percent value, or a placeholder / unit-only cell whose unit is `%` (`≥**%`, `≧ %`). */
export function isPercentLike(t: ParsedTarget): boolean {
  return t.kind === 'percent' || t.unit === '%';
}

/** A measurable number or percent. */
export function isMeasurable(t: ParsedTarget): boolean {
  return t.kind === 'number' || t.kind === 'percent';
}

/**
 * Split value columns (指标性质 | 指标值 | 度量单位, budget-system exports) → one target text, for parseTarget.
 * Parts are kept as written, so their mistakes still show when parsed (`>=` → ascii-operator, `≥=` →
 * two-operators). 定性 / 定量 / 正向指标 in the operator column mean no operator. The operator is not repeated when
 * the value already starts with it, nor the unit when the value already ends with it; the unit is appended
 * only to a number (or to nothing: `≥` + `` + `%` → `≥%`, a unit-only target).
 */
export function composeSplitTarget(operator: string, value: string, unit: string): string {
  const op = trimSpaces(operator ?? '');
  const v = trimSpaces(value ?? '');
  const u = trimSpaces(unit ?? '');
  const noOperator = op === '' || NO_OPERATOR_WORDS.includes(op) || /^(正向|反向|定性|定量)/.test(op);
  let out = v;
  const valueOp = PREFIX_OPERATORS.find((s) => toHalfWidth(v).startsWith(s.text));
  if (!noOperator && !(valueOp && valueOp.operator === operatorOf(op))) out = op + out;
  if (u && !toHalfWidth(v).endsWith(toHalfWidth(u)) && (v === '' || /[\d０-９千万亿]$/.test(v))) out += u;
  return out;
}

/**
 * parseTarget: one target cell → ParsedTarget (domain.md §5). Never throws.
 *
 * The string path works on two aligned copies of the value with all whitespace removed: `written` (as typed)
 * and `h` (full-width folded to half-width, same length). Matching runs on `h`; "as written" texts
 * (operatorText, numberText) are sliced from `written` at the same indices.
 */
import { countHan, HAN, hanOr } from '../han';
import type { CellValue } from '../snapshot';
import { isValidDate, readDatePoint } from '../dates';
import {
  CHINESE_NUMERAL_UNITS,
  GRADE_MODIFIERS,
  GRADES,
  PREFIX_OPERATORS,
  SCALE_CHARS,
  SCALE_EXPONENTS,
  SCHEDULE_WORDS,
  SUFFIX_OPERATORS,
  UNITS,
  VAGUE_ADVERBS,
  VAGUE_VERBS,
  type OperatorSpelling,
} from './lexicon';
import {
  chineseNumeralValue,
  fullWidthChars,
  isDigit,
  padDecimals,
  plainNumber,
  removeSpaces,
  shiftDecimal,
  toHalfWidth,
} from './text';
import type { Operator, ParsedTarget, ParseOptions, TargetKind, TargetProblem, TargetProblemId } from './types';

/** Problems that only say what `formatTarget` changes. */
export const STYLE_PROBLEMS: readonly TargetProblemId[] = [
  'full-width-chars',
  'ascii-operator',
  'nonstandard-operator',
  'stray-spaces',
  'bracketed-unit',
  'thousands-separator',
  'chinese-numerals',
  'period-separator',
];

/** Kinds whose canonical text is rebuilt from the parts (the others format to their trimmed input). */
export const MEASURED_KINDS: readonly TargetKind[] = ['number', 'percent', 'grade', 'period', 'deadline'];

const GRADE_SET = new Set(GRADES);
const UNIT_SET = new Set(UNITS);
const SCHEDULE_SET = new Set(SCHEDULE_WORDS);
const CN_UNIT_SET = new Set(CHINESE_NUMERAL_UNITS);
const VAGUE_RE = new RegExp(`(?:${VAGUE_ADVERBS.join('|')})(?:${VAGUE_VERBS.join('|')})`);

// ---------------------------------------------------------------------------------------------------------------
// Entry point

export function parseTarget(input: CellValue | undefined, options?: ParseOptions): ParsedTarget {
  try {
    if (input === null || input === undefined) return emptyTarget('');
    if (typeof input === 'number') return parseNumberInput(input, options?.numberFormat ?? undefined);
    if (typeof input === 'boolean') return parseString(input ? 'TRUE' : 'FALSE');
    return parseString(String(input));
  } catch {
    // Defensive: the parser is total by construction; a bug must not break a whole check run.
    const raw = input === null || input === undefined ? '' : String(input);
    return { kind: 'invalid', raw, problems: [problem('number-unreadable', { text: raw })] };
  }
}

function problem(id: TargetProblemId, data: Record<string, string | number> = {}): TargetProblem {
  return { id, data };
}

function emptyTarget(raw: string): ParsedTarget {
  return { kind: 'empty', raw, problems: [problem('empty')] };
}

// ---------------------------------------------------------------------------------------------------------------
// Number cells (a real number with the cell's number format)

function parseNumberInput(n: number, format: string | undefined): ParsedTarget {
  const raw = Object.is(n, -0) ? '0' : String(n);
  if (!Number.isFinite(n)) return { kind: 'invalid', raw, problems: [problem('number-unreadable', { text: raw })] };
  // Read what the cell shows, so a number cell and a text cell showing the same thing parse the same; a literal
  // in the format that does not read as a unit (`0"!"`) is dropped.
  const fmt = analyseFormat(format);
  let t = parseString(displayText(n, fmt));
  if (fmt.literal && !['number', 'percent', 'deadline'].includes(t.kind)) t = parseString(displayText(n, { ...fmt, literal: '' }));
  t.raw = raw;
  return t;
}

/** The text a number cell shows: `95%` for 0.95 in `0%`, `95.00` in `0.00`, `230人` in `0"人"`, a date. */
function displayText(n: number, fmt: FormatInfo): string {
  if (fmt.date) {
    const date = serialToDate(n);
    if (date) return date;
  }
  let text = plainNumber(n);
  if (fmt.percent) text = shiftDecimal(text, 2);
  return padDecimals(text, fmt.decimals) + (fmt.percent ? '%' : fmt.literal);
}

interface FormatInfo {
  percent: boolean;
  date: boolean;
  decimals: number;
  literal: string;
}

/** What a number format says: percent, date, forced decimals and a literal unit (`0"人"`). */
function analyseFormat(format: string | undefined): FormatInfo {
  const info: FormatInfo = { percent: false, date: false, decimals: 0, literal: '' };
  if (!format || /^general$/i.test(format.trim())) return info;
  // First section only; quoted and escaped text is literal.
  let code = '';
  let inQuote = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') inQuote = !inQuote;
    else if (inQuote) info.literal += c;
    else if (c === '\\' && i + 1 < format.length) info.literal += format[++i];
    else if (c === ';') break;
    else code += c;
  }
  code = code.replace(/\[[^\]]*\]/g, '').replace(/_./g, '').replace(/\*./g, '');
  info.literal = removeSpaces(info.literal);
  info.percent = code.includes('%');
  info.date = /[yd]/i.test(code);
  const frac = /\.(0+)/.exec(code);
  info.decimals = frac ? frac[1].length : 0;
  return info;
}

/**
 * An Excel serial date (1900 system) → `YYYY-MM-DD`; null outside the years the grammar reads (1900–2099) and for
 * serial 60, Excel's nonexistent 1900-02-29.
 */
function serialToDate(serial: number): string | null {
  const day = Math.floor(serial);
  if (!(day >= 1 && day <= 73050) || day === 60) return null; // 73050: 2099-12-31
  // Serials below 60 count from 1899-12-31; above, from 1899-12-30 (Excel keeps Lotus's 1900 leap day).
  const ms = Date.UTC(1899, 11, day < 60 ? 31 : 30) + day * 86400000;
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const pad = (x: number) => String(x).padStart(2, '0');
  return `${year}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Text cells

/** What the grammar read, in `h` coordinates; turned into a ParsedTarget by `build`. */
type Reading =
  | { type: 'measure'; prefix?: OpMatch; suffix?: OpMatch; num: NumberMatch; unit?: UnitMatch }
  | { type: 'grade'; prefix?: OpMatch; suffix?: OpMatch; start: number; end: number }
  | { type: 'unit-only'; prefix?: OpMatch; unit: string }
  | { type: 'period'; start: string; end: string; sep: string }
  | { type: 'deadline' }
  | { type: 'placeholder'; prefix?: OpMatch; unit?: string }
  | { type: 'text'; problems: TargetProblem[] }
  | { type: 'invalid'; problems: TargetProblem[] };

interface OpMatch {
  spelling: OperatorSpelling;
  start: number;
  end: number;
}

interface NumberMatch {
  start: number;
  end: number;
  value: number;
  /** Canonical digits: half-width, no separators, Arabic; the scale character appended. */
  canonical: string;
  scale?: number;
  thousands: boolean;
  chinese: boolean;
  percentWords: boolean; // 百分之…
}

interface UnitMatch {
  unit: string;
  bracketed: boolean;
  text: string;
}

type ValueRead =
  | { type: 'measure'; num: NumberMatch; unit?: UnitMatch }
  | { type: 'grade' }
  | { type: 'unit-only'; unit: string }
  | { type: 'missing' }
  | { type: 'unreadable' }
  | { type: 'trailing'; han: boolean } // a number followed by text that is not a unit
  | { type: 'none' };

function parseString(raw: string): ParsedTarget {
  const written = removeSpaces(raw);
  if (!written) return emptyTarget(raw);
  const h = toHalfWidth(written);
  let reading = readWhole(h);
  // `9 5%`: a space between digits makes the number ambiguous.
  if (
    (reading.type === 'measure' || reading.type === 'period' || reading.type === 'deadline') &&
    /\d[\s\u200b-\u200d\u2060\ufeff]+\d/.test(toHalfWidth(raw))
  ) {
    reading = { type: 'invalid', problems: [problem('number-unreadable', { text: raw.trim() })] };
  }
  return build(raw, written, h, reading);
}

function readWhole(h: string): Reading {
  const placeholder = readPlaceholder(h);
  if (placeholder) return placeholder;
  const approx = readApproximate(h);
  if (approx) return approx;

  const prefix = matchPrefix(h, 0);
  if (prefix) {
    const second = matchPrefix(h, prefix.end);
    if (second) {
      return {
        type: 'invalid',
        problems: [problem('two-operators', { first: h.slice(0, prefix.end), second: h.slice(second.start, second.end) })],
      };
    }
    const r = readAfterOperator(h, prefix);
    if (r) return r;
    // A word that was not an operator after all (`达到国家标准`): read the whole text without it.
    return readWithoutOperator(h);
  }
  return readWithoutOperator(h);
}

/** After a prefix operator. Null when a word operator turns out not to be one. */
function readAfterOperator(h: string, prefix: OpMatch): Reading | null {
  const { value, suffix } = readValueWithSuffix(h, prefix.end, true);
  const isWord = prefix.spelling.word;
  if (suffix && suffix.spelling.operator !== prefix.spelling.operator) {
    if (value.type === 'measure' || value.type === 'grade' || value.type === 'unit-only') {
      return {
        type: 'invalid',
        problems: [problem('two-operators', { first: h.slice(prefix.start, prefix.end), second: h.slice(suffix.start) })],
      };
    }
  }
  switch (value.type) {
    case 'measure':
      return { type: 'measure', prefix, suffix, num: value.num, unit: value.unit };
    case 'unit-only':
      return { type: 'unit-only', prefix, unit: value.unit };
    case 'grade':
      return isWord ? null : { type: 'grade', prefix, suffix, start: prefix.end, end: suffix ? suffix.start : h.length };
    case 'missing':
      return isWord ? null : { type: 'invalid', problems: [problem('number-missing', { text: h })] };
    case 'unreadable':
      return isWord ? null : { type: 'invalid', problems: [problem('number-unreadable', { text: h })] };
    case 'trailing':
      if (isWord) return null;
      return value.han ? textReading(h) : { type: 'invalid', problems: [problem('number-unreadable', { text: h })] };
    case 'none':
      if (isWord) return null;
      return /\d/.test(h.slice(prefix.end))
        ? { type: 'invalid', problems: [problem('number-unreadable', { text: h })] }
        : textReading(h);
  }
}

function readWithoutOperator(h: string): Reading {
  const period = readPeriod(h);
  if (period) return period;
  const deadline = readDeadline(h);
  if (deadline) return deadline;
  const { value, suffix } = readValueWithSuffix(h, 0, false);
  switch (value.type) {
    case 'measure':
      return { type: 'measure', suffix, num: value.num, unit: value.unit };
    case 'grade':
      return { type: 'grade', suffix, start: 0, end: suffix ? suffix.start : h.length };
    case 'unit-only':
      return { type: 'unit-only', unit: value.unit };
    case 'unreadable':
      return { type: 'invalid', problems: [problem('number-unreadable', { text: h })] };
    case 'trailing':
      return value.han ? textReading(h) : { type: 'invalid', problems: [problem('number-unreadable', { text: h })] };
    default:
      return textReading(h);
  }
}

function textReading(h: string): Reading {
  const m = VAGUE_RE.exec(h);
  return { type: 'text', problems: m ? [problem('vague-wording', { phrase: m[0] })] : [] };
}

/** Read the value from `start`, first with a trailing operator (`以上`, `以内`) removed, then without. */
function readValueWithSuffix(h: string, start: number, afterOperator: boolean): { value: ValueRead; suffix?: OpMatch } {
  const suffix = matchSuffix(h, start);
  if (suffix) {
    const value = readValue(h, start, suffix.start, true);
    if (value.type === 'measure' || value.type === 'grade') return { value, suffix };
    if (value.type === 'unit-only' && afterOperator) return { value, suffix };
  }
  return { value: readValue(h, start, h.length, afterOperator) };
}

/** The value in h[start, end): a number with its unit, a grade, a bare unit. */
function readValue(h: string, start: number, end: number, afterOperator: boolean): ValueRead {
  if (start >= end) return { type: 'missing' };
  const core = h.slice(start, end);
  if (isGrade(core)) return { type: 'grade' };
  const unitOnly = unitOnlyOf(core);
  if (unitOnly) return { type: 'unit-only', unit: unitOnly };
  const num = readNumber(h, start, end, afterOperator);
  if (num === 'unreadable') return { type: 'unreadable' };
  if (!num) return { type: 'none' };
  if (num.end === end) return { type: 'measure', num };
  const rest = h.slice(num.end, end);
  if (num.percentWords) return { type: 'trailing', han: HAN.test(rest) };
  const bracket = /^[([]([^()[\]]+)[)\]]$/.exec(rest);
  if (bracket && isUnitLike(bracket[1])) {
    return { type: 'measure', num, unit: { unit: bracket[1], bracketed: true, text: rest } };
  }
  if (isUnitLike(rest) && (!num.chinese || afterOperator || CN_UNIT_SET.has(rest))) {
    return { type: 'measure', num, unit: { unit: rest, bracketed: false, text: rest } };
  }
  return { type: 'trailing', han: HAN.test(rest) };
}

/** A number at h[start]: Arabic (`1,000.5`, `2.6万`), Chinese (`三`), or `百分之九十五`. */
function readNumber(h: string, start: number, end: number, afterOperator: boolean): NumberMatch | 'unreadable' | null {
  let pos = start;
  const negative = h[pos] === '-' && (isDigit(h[pos + 1]) || h[pos + 1] === '.');
  if (negative) pos++;
  if (h[pos] === '.' && isDigit(h[pos + 1])) return 'unreadable';
  if (isDigit(h[pos])) {
    const re = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/y;
    re.lastIndex = pos;
    const m = re.exec(h);
    if (!m) return 'unreadable';
    let next = pos + m[0].length;
    if (next > end) return 'unreadable';
    const after = h[next];
    if (next < end && (after === '.' || (after === ',' && isDigit(h[next + 1])))) return 'unreadable';
    let digits = (negative ? '-' : '') + m[0].replace(/,/g, '');
    let scale: number | undefined;
    let canonical = digits;
    const exponent = next + 1 === end && after !== undefined ? SCALE_EXPONENTS[after] : undefined;
    if (exponent !== undefined) {
      scale = SCALE_CHARS[after];
      canonical += after;
      digits = shiftDecimal(digits, exponent);
      next++;
    }
    const value = Number(digits);
    if (!Number.isFinite(value)) return 'unreadable';
    return {
      start,
      end: next,
      value: Object.is(value, -0) ? 0 : value,
      canonical,
      scale,
      thousands: m[0].includes(','),
      chinese: false,
      percentWords: false,
    };
  }
  if (negative) return null;
  // 百分之九十五
  if (h.startsWith('百分之', pos)) {
    const run = chineseRun(h, pos + 3, end);
    const value = chineseNumeralValue(h.slice(pos + 3, run));
    if (value === null) return null;
    return { start, end: run, value, canonical: String(value), thousands: false, chinese: true, percentWords: true };
  }
  const run = chineseRun(h, pos, end);
  if (run > pos) {
    const value = chineseNumeralValue(h.slice(pos, run));
    const rest = h.slice(run, end);
    if (value !== null && (CN_UNIT_SET.has(rest) || (afterOperator && rest !== '' && isUnitLike(rest)))) {
      return { start, end: run, value, canonical: String(value), thousands: false, chinese: true, percentWords: false };
    }
  }
  return null;
}

function chineseRun(h: string, pos: number, end: number): number {
  let i = pos;
  while (i < end && /[零〇一二两三四五六七八九十百千]/.test(h[i])) i++;
  return i;
}

/** The longest prefix-operator spelling at h[pos]. */
function matchPrefix(h: string, pos: number): OpMatch | null {
  for (const spelling of PREFIX_OPERATORS) {
    if (h.startsWith(spelling.text, pos)) return { spelling, start: pos, end: pos + spelling.text.length };
  }
  return null;
}

/** A suffix operator ending the text, not overlapping h[0, from). */
function matchSuffix(h: string, from: number): OpMatch | null {
  for (const spelling of SUFFIX_OPERATORS) {
    if (h.endsWith(spelling.text) && h.length - spelling.text.length > from) {
      return { spelling, start: h.length - spelling.text.length, end: h.length };
    }
  }
  return null;
}

export function isGrade(s: string): boolean {
  if (GRADE_SET.has(s)) return true;
  for (const m of GRADE_MODIFIERS) if (s.startsWith(m) && GRADE_SET.has(s.slice(m.length))) return true;
  return false;
}

/** A unit on its own (`公里`, `万亩`, `%`, `(%)`, `元/人`) → the unit; null when it is not one. */
function unitOnlyOf(core: string): string | null {
  const bracket = /^[([]([^()[\]]+)[)\]]$/.exec(core);
  const u = bracket ? bracket[1] : core;
  return isKnownUnit(u) ? u : null;
}

function isKnownUnit(u: string): boolean {
  const simple = (x: string) =>
    UNIT_SET.has(x) || (x.length > 1 && SCALE_EXPONENTS[x[0]] !== undefined && UNIT_SET.has(x.slice(1)));
  if (simple(u)) return true;
  const parts = u.split('/');
  return parts.length === 2 && simple(parts[0]) && simple(parts[1].replace(/^[^·]+·/, '')) && parts[1] !== '';
}

/** Words that never occur in a unit: their presence means the "unit" is really a phrase. */
const NOT_IN_UNIT = /[的了和与及或并且是为在对将已被使于把向从按约共等每超达]|以上|以下|以内|完成|满意|合格|达标|提高|提升|左右/;

/** A Han character, letter or unit sign, then those and digits, `·` and `/`. */
const UNIT_CHARS = new RegExp(`^${hanOr('A-Za-z‰°℃²³')}${hanOr('A-Za-z0-9‰°℃²³·/')}*$`);

/** Could this follow a number as its unit? (`人次`, `元/人·月`, `M`, `m²`, `%`, not `的学员满意`). */
export function isUnitLike(u: string): boolean {
  if (!u || u.length > 10 || SCALE_EXPONENTS[u] !== undefined) return false; // a bare 万 is a scale, not a unit
  if (u.includes('%')) return u === '%';
  if (!UNIT_CHARS.test(u)) return false;
  if (/\d/.test(u) && !/^[A-Za-z]{1,2}[23]$/.test(u)) return false; // m2, km2, m3 only
  if (u.endsWith('/') || u.includes('//')) return false;
  if (countHan(u) > 6) return false;
  if (NOT_IN_UNIT.test(u) || isGrade(u)) return false;
  if (u.endsWith('内') || /^[余多]/.test(u)) return false; // the operator 以内; approximate 200余人
  return true;
}

// ---------------------------------------------------------------------------------------------------------------
// Placeholders, approximate numbers, periods, deadlines

const SLOT = String.raw`(?:\*+|[Xx]+|[Nn]|_+|×+|○+|\?+|…+)`;
const SLOT_RE = new RegExp(`^${SLOT}`);

function readPlaceholder(h: string): Reading | null {
  const star = /\*/.test(h.replace(/\d\*(?=\d)/g, ''));
  const marks =
    star ||
    /(^|[^A-Za-z])[Xx]{2,}(?![A-Za-z])/.test(h) ||
    /_{2,}|×{2,}|○{2,}|□{2,}/.test(h);
  // Loose structure: (op)(slot)(unit), optionally in brackets: `≥**%`, `(≥**%)`, `N人`, `X`.
  let body = h;
  const bracket = /^[([](.*)[)\]]$/.exec(h);
  if (bracket) body = bracket[1];
  const prefix = matchPrefix(body, 0);
  const afterOp = prefix ? prefix.end : 0;
  const slot = SLOT_RE.exec(body.slice(afterOp));
  const letterSlot = slot !== null && /^[A-Za-z]/.test(slot[0]);
  const rest = slot ? body.slice(afterOp + slot[0].length) : '';
  if (slot && !(letterSlot && /^[A-Za-z]/.test(rest))) {
    const unit = rest === '' ? undefined : (unitOnlyOf(rest) ?? (isUnitLike(rest) ? rest : null));
    if (unit !== null) {
      const shift = bracket ? 1 : 0;
      const shifted = prefix ? { ...prefix, start: prefix.start + shift, end: prefix.end + shift } : undefined;
      return { type: 'placeholder', prefix: shifted, unit };
    }
  }
  return marks ? { type: 'placeholder' } : null;
}

/** `约95%`, `200余人`, `95%左右` → text with approximate-number (a reviewer wants the number itself). */
function readApproximate(h: string): Reading | null {
  if (!/^(约|大约|大概)|左右$|\d[余多]/.test(h)) return null;
  const stripped = h
    .replace(/^(约|大约|大概)/, '')
    .replace(/左右$/, '')
    .replace(/(\d)[余多]/, '$1');
  if (stripped === h || !stripped) return null;
  const inner = readWhole(stripped);
  if (inner.type !== 'measure') return null;
  return { type: 'text', problems: [problem('approximate-number', { text: h })] };
}

/** A date as written in a target (core/dates reads it, as it reads header dates). */
type DateParts = { y?: number; m?: number; d?: number };

const PERIOD_SEPARATORS = ['——', '—', '–', '-', '~', '〜', '至', '到'];

function readPeriod(h: string): Reading | null {
  if (!/^(19|20)\d{2}/.test(h)) return null;
  for (let i = 4; i < h.length; i++) {
    for (const sep of PERIOD_SEPARATORS) {
      if (!h.startsWith(sep, i)) continue;
      const left = h.slice(0, i);
      const right = h.slice(i + sep.length);
      const a = readDatePoint(left, false);
      const b = readDatePoint(right, a?.m !== undefined);
      if (!a || !b) continue;
      if (!isValidDate(a) || !isValidDate(b)) {
        return { type: 'invalid', problems: [problem('date-unreadable', { text: h })] };
      }
      return { type: 'period', start: left, end: right, sep };
    }
  }
  return null;
}

const RELATIVE_DATES = new Set(['年', '当年', '本年', '本年度', '年度', '当年度', '上半年', '下半年', '月', '当月', '季度', '本季度']);

/** `12月底前`, `2020年12月31日前`, `年底前`, `年内`, `2023年度`, `按期`. */
function readDeadline(h: string): Reading | null {
  if (SCHEDULE_SET.has(h)) return { type: 'deadline' };
  let s = h.replace(/^(截至到|截止到|截至|截止|于|在)/, '');
  s = s.replace(/(完成|完工|到位|结束|办结|实施|验收)$/, '');
  const before = /(之前|以前|为止|前|内|止)$/.exec(s);
  if (before) s = s.slice(0, -before[0].length);
  const position = /(上旬|中旬|下旬|底|末|初|中)$/.exec(s);
  if (position) s = s.slice(0, -position[0].length);
  if (!s) return null;
  if (s === '上半年' || s === '下半年') return { type: 'deadline' };
  if (RELATIVE_DATES.has(s)) return before || position ? { type: 'deadline' } : null;
  if (/^(19|20)\d{2}年度$/.test(s)) return { type: 'deadline' };
  const date = readDatePoint(s, true);
  if (!date) return null;
  // A bare year (`2023`) is a number; `2023年`, `2023.12`, `12月` are dates.
  if (date.m === undefined && !/年$/.test(s)) return null;
  if (!isValidDate(date)) return { type: 'invalid', problems: [problem('date-unreadable', { text: h })] };
  return { type: 'deadline' };
}

function periodReversed(start: string, end: string): boolean {
  const a = readDatePoint(start, false);
  const b = readDatePoint(end, true);
  if (!a || !b || a.y === undefined) return false;
  const key = (p: DateParts, y: number) => [p.y ?? y, p.m ?? 0, p.d ?? 0];
  const ka = key(a, a.y);
  const kb = key(b, a.y);
  for (let i = 0; i < 3; i++) if (ka[i] !== kb[i]) return ka[i] > kb[i];
  return false;
}

// ---------------------------------------------------------------------------------------------------------------
// Reading → ParsedTarget

function build(raw: string, written: string, h: string, r: Reading): ParsedTarget {
  const t: ParsedTarget = { kind: 'text', raw, problems: [] };
  const style: TargetProblem[] = [];
  switch (r.type) {
    case 'text':
    case 'invalid':
      t.kind = r.type;
      t.problems.push(...r.problems);
      return t;
    case 'placeholder':
      t.kind = 'placeholder';
      setOperator(t, written, r.prefix, undefined, []);
      if (r.unit) t.unit = r.unit;
      t.problems.push(problem('placeholder', { text: h }));
      return t;
    case 'unit-only':
      t.kind = 'unit-only';
      setOperator(t, written, r.prefix, undefined, []);
      t.unit = r.unit;
      t.problems.push(problem('unit-only', { unit: r.unit }));
      return t;
    case 'period': {
      t.kind = 'period';
      t.period = { start: r.start, end: r.end };
      const canonical = periodSeparator(r.start, r.end);
      if (r.sep !== canonical) style.push(problem('period-separator', { text: r.sep, fix: canonical }));
      if (periodReversed(r.start, r.end)) t.problems.push(problem('period-reversed', { start: r.start, end: r.end }));
      break;
    }
    case 'deadline':
      t.kind = 'deadline';
      t.deadline = h;
      break;
    case 'grade':
      t.kind = 'grade';
      t.grade = h.slice(r.start, r.end);
      setOperator(t, written, r.prefix, r.suffix, style);
      break;
    case 'measure': {
      const { num, unit } = r;
      t.kind = unit?.unit === '%' || num.percentWords ? 'percent' : 'number';
      setOperator(t, written, r.prefix, r.suffix, style);
      if (!t.operator) {
        t.operatorMissing = true;
        t.problems.push(problem('operator-missing'));
      }
      t.number = num.value;
      t.numberText = written.slice(num.start, num.end);
      if (num.scale) t.scale = num.scale;
      if (t.kind === 'percent') t.unit = '%';
      else if (unit) t.unit = unit.unit;
      if (num.thousands) style.push(problem('thousands-separator', { text: t.numberText, fix: num.canonical }));
      if (num.chinese) {
        const fix = num.canonical + (num.percentWords ? '%' : '');
        style.push(problem('chinese-numerals', { text: t.numberText, fix }));
      }
      if (unit?.bracketed) style.push(problem('bracketed-unit', { text: unit.text, fix: unit.unit }));
      addPercentProblems(t);
      break;
    }
  }
  if (raw !== written) style.unshift(problem('stray-spaces'));
  const fw = fullWidthChars(written);
  if (fw) style.unshift(problem('full-width-chars', { text: fw }));
  t.problems.push(...style);
  return t;
}

/** Canonical separator of a period: `-`, or `至` when a date itself contains `-`. */
export function periodSeparator(start: string, end: string): string {
  return start.includes('-') || end.includes('-') ? '至' : '-';
}

function setOperator(
  t: ParsedTarget,
  written: string,
  prefix: OpMatch | undefined,
  suffix: OpMatch | undefined,
  style: TargetProblem[],
): void {
  const op = prefix ?? suffix;
  if (!op) return;
  const operator: Operator = op.spelling.operator;
  const pre = prefix ? written.slice(prefix.start, prefix.end) : '';
  const suf = suffix ? written.slice(suffix.start, suffix.end) : '';
  t.operator = operator;
  t.operatorText = prefix && suffix ? `${pre}…${suf}` : pre || suf;
  if (suffix || (prefix && prefix.spelling.style === 'nonstandard')) {
    style.push(problem('nonstandard-operator', { text: t.operatorText, fix: operator }));
  } else if (prefix && prefix.spelling.style === 'ascii') {
    if (pre === prefix.spelling.text) style.push(problem('ascii-operator', { text: pre, fix: operator }));
    else style.push(problem('nonstandard-operator', { text: pre, fix: operator }));
  }
}

function addPercentProblems(t: ParsedTarget): void {
  if (t.kind !== 'percent' || t.number === undefined) return;
  const n = t.number;
  const op = t.operator;
  if (n > 100 || n < 0 || (op === '>' && n >= 100) || (op === '<' && n <= 0)) {
    t.problems.push(problem('percent-out-of-range', { value: n }));
  } else if ((op === '≥' && n === 100) || (op === '≤' && n === 0)) {
    const digits = t.numberText ? toHalfWidth(t.numberText).replace(/,/g, '') : String(n);
    const fix = /^\d+(\.\d+)?$/.test(digits) ? `=${digits}%` : `=${n}%`;
    t.problems.push(problem('degenerate-percent', { fix }));
  }
}

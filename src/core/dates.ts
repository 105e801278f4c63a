/**
 * Dates and periods as finance staff write them, read one way for the whole project: header dates and periods
 * (`2020-01-01`, `2026/1/1`, `2020年1月1日`, `20200101`, `202001-202012`, `2023.07-2024.01`, `2023年1-12月`,
 * `2019-2021`), Excel serial days, and date number formats. Durations (`3年`) and words (`长期`) are not dates.
 */
import { compact, toHalfWidth } from './text';

/** A date as precise as written: a year, a month or a day. */
export interface DatePoint {
  y: number;
  m?: number;
  d?: number;
}

export type DateReading =
  | { kind: 'blank' }
  /** Not a date: a duration or words (`1年`, `长期`, `当年`). */
  | { kind: 'other' }
  | { kind: 'unreadable' }
  /**
   * One date or a period; `single` when the text names one date, year or month; `open` when it has no end
   * (`2023年起`, `2023年至今`).
   */
  | { kind: 'dates'; start: DatePoint; end: DatePoint; single: boolean; open: boolean };

const DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when the month and day exist (30 February does not; 29 February only in leap years). */
export function isValidDate(p: { y?: number; m?: number; d?: number }): boolean {
  if (p.m === undefined) return p.d === undefined;
  if (p.m < 1 || p.m > 12) return false;
  if (p.d === undefined) return true;
  const leap = p.y === undefined || (p.y % 4 === 0 && p.y % 100 !== 0) || p.y % 400 === 0;
  const max = p.m === 2 && !leap ? 28 : DAYS[p.m - 1];
  return p.d >= 1 && p.d <= max;
}

const YEAR = '((?:19|20)\\d{2})';
// 20230101 · 202301: a run of digits is one token, never read from its middle
const COMPACT_DAY = new RegExp(`${YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)`, 'y');
const COMPACT_MONTH = new RegExp(`${YEAR}(0[1-9]|1[0-2])(?!\\d)`, 'y');
// 2023年 · 2023年度 · 2023年4月 · 2023年4月1日 · 2023年4月份
const HANZI = new RegExp(`${YEAR}年(?:度)?(?:(\\d{1,2})月(?:份)?(?:(\\d{1,2})[日号])?)?`, 'y');
// 2023年1-12月: the start month written without 月
const HANZI_BARE_MONTH = new RegExp(`${YEAR}年(\\d{1,2})(?=(?:——|—|–|-|~|〜|至|到)\\d{1,2}月)`, 'y');
// 2023-01-01 · 2026/1/1 · 2023.07 (one separator throughout)
const SEPARATED = new RegExp(`${YEAR}([./-])(\\d{1,2})(?!\\d)(?:\\2(\\d{1,2})(?!\\d))?`, 'y');
const BARE_YEAR = new RegExp(`${YEAR}(?!\\d)`, 'y');
// 12月 · 12月31日 after a dated token: the year is the one before
const YEARLESS = /(\d{1,2})月(?:份)?(?:(\d{1,2})[日号])?/y;
const DIGIT = /\d/;

/** Read a date or period as written in a header field. */
export function readDates(text: string): DateReading {
  const s = compact(toHalfWidth(text));
  if (!s) return { kind: 'blank' };
  const points: DatePoint[] = [];
  let bad = false;
  let i = 0;
  const at = (re: RegExp): RegExpExecArray | null => {
    re.lastIndex = i;
    return re.exec(s);
  };
  while (i < s.length) {
    // A token starts where a run of digits starts: `202001` is January 2020, not the year 2001.
    if (i > 0 && DIGIT.test(s[i - 1]) && DIGIT.test(s[i])) {
      i++;
      continue;
    }
    let m: RegExpExecArray | null;
    let p: DatePoint | null = null;
    if ((m = at(COMPACT_DAY))) p = { y: +m[1], m: +m[2], d: +m[3] };
    else if ((m = at(COMPACT_MONTH))) p = { y: +m[1], m: +m[2] };
    else if ((m = at(HANZI_BARE_MONTH))) p = { y: +m[1], m: +m[2] };
    else if ((m = at(HANZI))) p = { y: +m[1], m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
    else if ((m = at(SEPARATED))) p = { y: +m[1], m: +m[3], d: m[4] ? +m[4] : undefined };
    else if ((m = at(BARE_YEAR))) p = { y: +m[1] };
    else if (points.length && (m = at(YEARLESS)) && !DIGIT.test(s[i - 1] ?? '')) p = { y: points[points.length - 1].y, m: +m[1], d: m[2] ? +m[2] : undefined };
    if (m && p) {
      if (!isValidDate(p)) bad = true;
      points.push(p);
      i += m[0].length;
    } else {
      i++;
    }
  }
  if (bad) return { kind: 'unreadable' };
  if (points.length === 0) {
    // Template blanks (`  年  月  日`, `XXXX年`) and digits that form no date are unreadable; words are not dates.
    if (/^[年月日\-/.至]+$/.test(s) || /[Xx×*＊]{2,}/.test(s)) return { kind: 'unreadable' };
    if (/^\d{1,3}(?:个)?(?:年|月|天|日|周|个月)/.test(s)) return { kind: 'other' };
    return /\d/.test(s) ? { kind: 'unreadable' } : { kind: 'other' };
  }
  const single = points.length === 1;
  const open = single && /至今|起|开始|以来|长期|持续|以后|之后/.test(s);
  return { kind: 'dates', start: points[0], end: points[points.length - 1], single, open };
}

/**
 * One date written alone (a target's deadline or a period's end): `2023`, `2023年4月`, `2023.07`, `2026/1/1`,
 * `2023-01-01`, `20230101`; with `yearless`, also `12月`, `12月31日`. Null when the text is not one date.
 */
export function readDatePoint(text: string, yearless: boolean): { y?: number; m?: number; d?: number } | null {
  let m = /^((?:19|20)\d{2})(?:年(?:(\d{1,2})月(?:(\d{1,2})[日号])?)?|([./-])(\d{1,2})(?:\4(\d{1,2}))?|(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])?)?$/.exec(text);
  if (m) {
    const month = m[2] ?? m[5] ?? m[7];
    const day = m[3] ?? m[6] ?? m[8];
    return { y: Number(m[1]), m: month ? Number(month) : undefined, d: day ? Number(day) : undefined };
  }
  if (!yearless) return null;
  m = /^(\d{1,2})月(?:(\d{1,2})[日号])?$/.exec(text);
  return m ? { m: Number(m[1]), d: m[2] ? Number(m[2]) : undefined } : null;
}

/** -1, 0 or 1, comparing only what both dates state (2023 and 2023-05 are equal). */
export function compareDates(a: DatePoint, b: DatePoint): number {
  const pairs: [number | undefined, number | undefined][] = [[a.y, b.y], [a.m, b.m], [a.d, b.d]];
  for (const [x, y] of pairs) {
    if (x === undefined || y === undefined) return 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** True when a number format shows a date (`yyyy-mm-dd`, `m/d/yy`, `[$-804]yyyy"年"m"月"d"日"`). */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  const f = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[ymd]/i.test(f) && !/^[#0.,%\s]+$/.test(f);
}

/** An Excel serial day (1900 date system) → `YYYY-MM-DD`; null outside 1900–9999. */
export function serialToISODate(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  // Excel counts 1900-02-29, which never existed: serials from 61 on are one day ahead.
  const days = Math.floor(serial) - (serial >= 61 ? 1 : 0);
  const ms = Date.UTC(1899, 11, 31) + days * 86_400_000;
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * Serial days of the years tables are about (1990–2060): a plain number in this range where a date or a
 * short target belongs is most likely a date that lost its format (`44561` is 2021-12-31).
 */
export function isPlausibleDateSerial(n: number): boolean {
  return Number.isInteger(n) && n >= 32874 && n <= 58441;
}

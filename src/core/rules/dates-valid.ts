/**
 * domain.md §6.20: the project's dates parse, the start is not after the end, and the table's year lies inside the
 * project period. Dates are read as written: `2020-01-01`, `2026/1/1`, `2020年1月1日`, `2023.07`, `2023年4月`,
 * `2022年`, `20230101`; periods as two of those (`2023.07-2024.01`, `2023年4月-2024年2月`, `2023年1-12月`,
 * `2023年1月至12月`, `2023-2025`). Durations (`1年`, `三年`, `长期`) are not dates and are left alone.
 */
import type { Field, TargetTable } from '../model';
import { compact, toHalfWidth } from '../text';
import type { Rule } from './rule';

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

function valid(p: DatePoint): boolean {
  if (p.m === undefined) return true;
  if (p.m < 1 || p.m > 12) return false;
  if (p.d === undefined) return true;
  const leap = (p.y % 4 === 0 && p.y % 100 !== 0) || p.y % 400 === 0;
  const max = p.m === 2 && !leap ? 28 : DAYS[p.m - 1];
  return p.d >= 1 && p.d <= max;
}

const YEAR = '((?:19|20)\\d{2})';
const COMPACT = new RegExp(`${YEAR}(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)`, 'y');
// 2023年 · 2023年度 · 2023年4月 · 2023年4月1日 · 2023年4月份
const HANZI = new RegExp(`${YEAR}年(?:度)?(?:(\\d{1,2})月(?:份)?(?:(\\d{1,2})[日号])?)?`, 'y');
// 2023年1-12月: the start month written without 月
const HANZI_BARE_MONTH = new RegExp(`${YEAR}年(\\d{1,2})(?=(?:——|—|–|-|~|〜|至|到)\\d{1,2}月)`, 'y');
// 2023-01-01 · 2026/1/1 · 2023.07 (one separator throughout)
const SEPARATED = new RegExp(`${YEAR}([./-])(\\d{1,2})(?!\\d)(?:\\2(\\d{1,2})(?!\\d))?`, 'y');
const BARE_YEAR = new RegExp(`${YEAR}(?!\\d)`, 'y');
// 12月 · 12月31日 after a dated token: the year is the one before
const YEARLESS = /(\d{1,2})月(?:份)?(?:(\d{1,2})[日号])?/y;

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
    let m: RegExpExecArray | null;
    let p: DatePoint | null = null;
    if ((m = at(COMPACT))) p = { y: +m[1], m: +m[2], d: +m[3] };
    else if ((m = at(HANZI_BARE_MONTH))) p = { y: +m[1], m: +m[2] };
    else if ((m = at(HANZI))) p = { y: +m[1], m: m[2] ? +m[2] : undefined, d: m[3] ? +m[3] : undefined };
    else if ((m = at(SEPARATED))) p = { y: +m[1], m: +m[3], d: m[4] ? +m[4] : undefined };
    else if ((m = at(BARE_YEAR))) p = { y: +m[1] };
    else if (points.length && (m = at(YEARLESS)) && !/\d/.test(s[i - 1] ?? '')) p = { y: points[points.length - 1].y, m: +m[1], d: m[2] ? +m[2] : undefined };
    if (m && p) {
      if (!valid(p)) bad = true;
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

/** -1, 0 or 1, comparing only what both dates state (2023 and 2023-05 are equal). */
export function compareDates(a: DatePoint, b: DatePoint): number {
  const pairs: [number | undefined, number | undefined][] = [[a.y, b.y], [a.m, b.m], [a.d, b.d]];
  for (const [x, y] of pairs) {
    if (x === undefined || y === undefined) return 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The project's start and end years, from 计划开始/完成日期 or else 项目期; null when not both known. */
export function projectYears(table: TargetTable): { start: number; end: number; cells: string[] } | null {
  const { startDate, endDate, period } = table.fields;
  const s = startDate ? readDates(startDate.value) : null;
  const e = endDate ? readDates(endDate.value) : null;
  if (s?.kind === 'dates' && e?.kind === 'dates' && !e.open) return { start: s.start.y, end: e.end.y, cells: [startDate!.cell, endDate!.cell] };
  const p = period ? readDates(period.value) : null;
  // A single day in a period cell is probably the start only; a single year or month is the whole period.
  if (p?.kind === 'dates' && !p.open && !(p.single && p.start.d !== undefined)) return { start: p.start.y, end: p.end.y, cells: [period!.cell] };
  return null;
}

const labelOf = (f: Field) => compact(f.label).replace(/[:：]+$/, '');

export const datesValid: Rule = {
  meta: {
    id: 'dates-valid',
    severity: 'error',
    tags: ['header'],
    description: {
      'zh-CN': '项目起止日期（项目期）要能识别，开始不晚于结束，且表的年度在项目期之内：否则评审会退回',
      'en-US': 'The project dates (period) must be readable, start no later than end, and the table\'s year inside the period: a reviewer sends it back otherwise',
    },
    messages: {
      unreadable: {
        'zh-CN': '“{label}”填写的“{text}”不是可识别的日期：请按“2023年1月1日”“2023-01-01”或“2023.01-2023.12”的格式填写',
        'en-US': '"{label}" holds "{text}", which is not a readable date: write it like "2023年1月1日", "2023-01-01" or "2023.01-2023.12"',
      },
      startAfterEnd: {
        'zh-CN': '开始日期“{start}”晚于完成日期“{end}”：请核对起止日期',
        'en-US': 'The start date "{start}" is after the end date "{end}": check the dates',
      },
      periodReversed: {
        'zh-CN': '“{label}”“{text}”的开始晚于结束：请核对起止时间',
        'en-US': '"{label}" "{text}" starts after it ends: check the period',
      },
      yearOutside: {
        'zh-CN': '本表是{year}年度的，但项目期为{period}，不包含{year}年：请核对项目期或表的年度',
        'en-US': 'The table is for {year}, but the project period {period} does not include {year}: check the period or the table\'s year',
      },
    },
    examples: { valid: ['2020-01-01 / 2020-12-31', '2023.07-2024.01', '2023年4月-2024年2月', '2022年'], invalid: ['2023-13-01', '2024-01-01 / 2023-12-31', '2024.07-2023.01', '2021年 (table 2023)'] },
  },
  check(context) {
    const table = context.table;
    const { startDate, endDate, period } = table.fields;
    const readings = new Map<Field, DateReading>();
    for (const f of [startDate, endDate, period]) {
      if (!f) continue;
      const r = readDates(f.value);
      readings.set(f, r);
      if (r.kind === 'unreadable') context.report({ messageId: 'unreadable', data: { label: labelOf(f), text: f.value.trim() }, cells: [f.cell] });
    }
    const s = startDate && readings.get(startDate);
    const e = endDate && readings.get(endDate);
    if (s?.kind === 'dates' && e?.kind === 'dates' && compareDates(s.start, e.end) > 0) {
      context.report({ messageId: 'startAfterEnd', data: { start: startDate!.value.trim(), end: endDate!.value.trim() }, cells: [startDate!.cell, endDate!.cell] });
      return;
    }
    const p = period && readings.get(period);
    if (p?.kind === 'dates' && !p.single && compareDates(p.start, p.end) > 0) {
      context.report({ messageId: 'periodReversed', data: { label: labelOf(period!), text: period!.value.trim() }, cells: [period!.cell] });
      return;
    }
    const years = projectYears(table);
    if (table.year === null || !years) return;
    if (table.year >= years.start && table.year <= years.end) return;
    const shown = years.start === years.end ? `${years.start}年` : `${years.start}年至${years.end}年`;
    context.report({ messageId: 'yearOutside', data: { year: table.year, period: shown }, cells: years.cells });
  },
};

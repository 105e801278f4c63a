/**
 * domain.md §6.20: the project's dates parse, the start is not after the end, and the table's year lies inside the
 * project period. Dates are read as written: `2020-01-01`, `2026/1/1`, `2020年1月1日`, `2023.07`, `2023年4月`,
 * `2022年`, `20230101`; periods as two of those (`2023.07-2024.01`, `2023年4月-2024年2月`, `2023年1-12月`,
 * `2023年1月至12月`, `2023-2025`). Durations (`1年`, `三年`, `长期`) are not dates and are left alone.
 */
import type { Field, TargetTable } from '../model';
import { compact } from '../text';
import { compareDates, type DateReading, readDates } from '../dates';
import { createRule } from './rule';

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

export const datesValid = createRule({
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
});

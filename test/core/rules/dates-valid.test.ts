import { readFileSync } from 'fs';
import path from 'path';
import { datesValid } from '../../../src/core/rules/dates-valid';
import { readDates } from '../../../src/core/dates';
import { parseDelimited } from '../../../src/io/delimited';
import { ruleTester } from '../../helpers/rule-tester';

const sample = (name: string) => parseDelimited(readFileSync(path.join(__dirname, '../../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');

const indicators = `
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 数量指标 | 培训人次 | ≥280人次`;

/** A table of `year` with planned start and end dates (B4, D4). */
const dated = (year: number, start: string, end: string) => `
  财政项目支出绩效目标表 | | |
  （${year}年度） | | |
  项目名称 | 道路养护 | |
  计划开始日期 | ${start} | 计划完成日期 | ${end}${indicators}`;

/** A table of `year` with a period (B4). */
const period = (year: number, text: string) => `
  项目支出绩效目标申报表 | | |
  （${year}年度） | | |
  项目名称 | 道路养护 | |
  项目期 | ${text} | |${indicators}`;

ruleTester(datesValid, {
  valid: [
    { name: 'ISO dates', table: dated(2020, '2020-01-01', '2020-12-31') },
    { name: 'slashed dates over two years', table: dated(2026, '2026/1/1', '2027/12/31') },
    { name: 'Chinese dates', table: dated(2023, '2023年1月1日', '2023年12月31日') },
    { name: 'a period in months with dots', table: period(2023, '2023.07-2024.01') },
    { name: 'a period in Chinese months', table: period(2023, '2023年4月-2024年2月') },
    { name: 'a year', table: period(2022, '2022年') },
    { name: 'months of one year', table: period(2023, '2023年1-12月') },
    { name: 'a range of years', table: period(2024, '2023-2025') },
    { name: 'an open-ended period', table: period(2024, '2023年起') },
    { name: 'a duration is not a date', table: period(2023, '1年') },
    { name: 'words are not dates', table: period(2023, '长期') },
    { name: 'the seed table', table: sample('seed-shanghai-2020') },
    { name: 'the Putuo 2026 table', table: sample('real-shanghai-putuo-2026-1') },
    { name: 'the Xiangtan table', table: sample('real-hunan-xiangtan-2023-1') },
    { name: 'the Chongqing table', table: sample('real-chongqing-fengjie-2023-1') },
    { name: 'the Hubei table', table: sample('real-hubei-huangshi-2022-1') },
  ],
  invalid: [
    {
      name: 'a month 13',
      table: dated(2023, '2023-13-01', '2023-12-31'),
      findings: [{ messageId: 'unreadable', cells: ['B4'], data: { label: '计划开始日期', text: '2023-13-01' } }],
    },
    {
      name: 'a 30 February',
      table: dated(2023, '2023-01-01', '2023年2月30日'),
      findings: [{ messageId: 'unreadable', cells: ['D4'] }],
    },
    {
      name: 'a template left unfilled',
      table: period(2023, 'XXXX年XX月-XXXX年XX月'),
      findings: [{ messageId: 'unreadable', cells: ['B4'] }],
    },
    {
      name: 'start after end',
      table: dated(2023, '2024-01-01', '2023-12-31'),
      findings: [{ messageId: 'startAfterEnd', cells: ['B4', 'D4'], data: { start: '2024-01-01', end: '2023-12-31' } }],
    },
    {
      name: 'a reversed period',
      table: period(2023, '2024.07-2023.01'),
      findings: [{ messageId: 'periodReversed', cells: ['B4'] }],
    },
    {
      name: 'a period copied from an earlier year',
      table: period(2023, '2021年1月-2022年12月'),
      findings: [{ messageId: 'yearOutside', cells: ['B4'], data: { year: 2023, period: '2021年至2022年' } }],
    },
    {
      name: 'planned dates that do not include the table year',
      table: dated(2024, '2023-01-01', '2023-12-31'),
      findings: [{ messageId: 'yearOutside', cells: ['B4', 'D4'], data: { year: 2024, period: '2023年' } }],
    },
  ],
});

describe('readDates', () => {
  test.each([
    ['2020-01-01', { y: 2020, m: 1, d: 1 }, { y: 2020, m: 1, d: 1 }],
    ['2026/1/1', { y: 2026, m: 1, d: 1 }, { y: 2026, m: 1, d: 1 }],
    ['2020年1月1日', { y: 2020, m: 1, d: 1 }, { y: 2020, m: 1, d: 1 }],
    ['2023.07', { y: 2023, m: 7 }, { y: 2023, m: 7 }],
    ['2023年4月', { y: 2023, m: 4 }, { y: 2023, m: 4 }],
    ['20230101-20231231', { y: 2023, m: 1, d: 1 }, { y: 2023, m: 12, d: 31 }],
    ['2023.07-2024.01', { y: 2023, m: 7 }, { y: 2024, m: 1 }],
    ['2023年4月-2024年2月', { y: 2023, m: 4 }, { y: 2024, m: 2 }],
    ['2023年1月至12月', { y: 2023, m: 1 }, { y: 2023, m: 12 }],
    ['2023年1-12月', { y: 2023, m: 1 }, { y: 2023, m: 12 }],
    ['2023-01-01至2023-12-31', { y: 2023, m: 1, d: 1 }, { y: 2023, m: 12, d: 31 }],
    ['2023-2025', { y: 2023 }, { y: 2025 }],
    ['２０２３年度', { y: 2023 }, { y: 2023 }],
    ['202001-202012', { y: 2020, m: 1 }, { y: 2020, m: 12 }],
    ['2020.1-2020.12', { y: 2020, m: 1 }, { y: 2020, m: 12 }],
    ['2022年--2024年', { y: 2022 }, { y: 2024 }],
    ['2020年1月-12月', { y: 2020, m: 1 }, { y: 2020, m: 12 }],
  ])('%s', (text, start, end) => {
    expect(readDates(text)).toMatchObject({ kind: 'dates', start, end });
  });

  test.each([
    ['', 'blank'],
    ['3年', 'other'],
    ['长期', 'other'],
    ['2023-02-29', 'unreadable'],
    ['2024-02-29', 'dates'],
    ['  年  月  日', 'unreadable'],
    ['12345', 'unreadable'],
  ])('%s → %s', (text, kind) => {
    expect(readDates(text).kind).toBe(kind);
  });
});

import { readFileSync } from 'fs';
import path from 'path';
import { targetDateSerial } from '../../../src/core/rules/target-date-serial';
import { readWorkbookBytes } from '../../../src/io/read-workbook';
import { ruleTester } from '../../helpers/rule-tester';
import { indicatorTable, splitIndicatorTable } from '../../helpers/sheet';

const wuhai = readWorkbookBytes(new Uint8Array(readFileSync(path.join(__dirname, '../../fixtures/second/files/wuhai-2021-1.xlsx'))), 'wuhai-2021-1.xlsx').sheets[0];

ruleTester(targetDateSerial, {
  valid: [
    { name: 'a deadline written as text', table: indicatorTable(`产出指标 | 时效指标 | 资金到位时间 | 2021年12月31日前`) },
    { name: 'a count that happens to be in the serial range, under 数量', table: indicatorTable(`产出指标 | 数量指标 | 受益人数 | ≥44561人`) },
    { name: 'a bare number under 数量', table: indicatorTable(`产出指标 | 数量指标 | 服务人次 | 44561`) },
    { name: 'a small number under 时效', table: indicatorTable(`产出指标 | 时效指标 | 完成时间 | 12`) },
  ],
  invalid: [
    {
      name: 'a serial as the target of a timeliness indicator',
      table: indicatorTable(`产出指标 | 时效指标 | 资金到位时间 | 44561`),
      findings: [{ messageId: 'serial', cells: ['D3'], data: { name: '资金到位时间', what: '指标值', text: '44561', date: '2021-12-31' } }],
    },
    {
      name: 'split columns: a serial as target and as unit',
      table: splitIndicatorTable(`产出指标 | 时效指标 | 工作计划按时完成时间 | = | 44,561 | 44,561 | 正向指标`),
      findings: [{ messageId: 'serial', cells: ['E3', 'F3'], data: { name: '工作计划按时完成时间', what: '指标值和计量单位', text: '44,561', date: '2021-12-31' } }],
    },
    {
      name: 'split columns: a serial only in the unit column',
      table: splitIndicatorTable(`产出指标 | 数量指标 | 出差人次 | = | 24 | 44,561 | 正向指标`),
      findings: [{ messageId: 'serial', cells: ['F3'], data: { name: '出差人次', what: '计量单位', text: '44,561', date: '2021-12-31' } }],
    },
    {
      name: 'the Wuhai table (its two 时效 rows)',
      table: wuhai,
      findings: [
        { messageId: 'serial', cells: ['F18', 'G18'], data: { name: '项目财政资金到位时间', what: '指标值和计量单位', text: '44,561', date: '2021-12-31' } },
        { messageId: 'serial', cells: ['F20', 'G20'], data: { name: '工作计划按时完成时间', what: '指标值和计量单位', text: '44,561', date: '2021-12-31' } },
      ],
    },
  ],
});

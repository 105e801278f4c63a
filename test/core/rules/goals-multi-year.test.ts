import { readFileSync } from 'fs';
import path from 'path';
import { goalsMultiYear, selectsPhased } from '../../../src/core/rules/goals-multi-year';
import { parseDelimited } from '../../../src/io/delimited';
import { ruleTester } from '../../helpers/rule-tester';

const sample = (name: string) => parseDelimited(readFileSync(path.join(__dirname, '../../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');

const indicators = `
  一级指标 | 二级指标 | 三级指标 | 指标值
  产出指标 | 数量指标 | 配备车辆数 | 10辆`;

/** A 2023 table with a period (B4), a 项目性质 (D4), an overall goal (B5) and an annual goal (B6). */
const table = (p: string, overall: string, annual: string, nature = '') => `
  2023年项目支出绩效目标申报表 | | |
  填报单位：某某局 | | |
  项目支出名称 | 雾炮车降尘抑尘服务 | |
  项目支出实施期 | ${p} | 项目性质 | ${nature}
  实施期绩效目标 | ${overall} | |
  本年度绩效目标 | ${annual} | |${indicators}`;

ruleTester(goalsMultiYear, {
  valid: [
    { name: 'a one-year project may repeat its goal', table: table('2023年', '全市空气质量达到优良', '全市空气质量达到优良') },
    { name: 'a multi-year project with distinct goals', table: table('2023-2025', '三年内全市空气质量达到优良', '2023年完成10辆雾炮车配备') },
    { name: '持续性 alone is not multi-year', table: table('', '全市空气质量达到优良', '全市空气质量达到优良', '■持续性 □阶段性') },
    { name: 'the Putuo 2026 table (2026–2027, distinct goals)', table: sample('real-shanghai-putuo-2026-1') },
    { name: 'the Chongqing table (one goal field only)', table: sample('real-chongqing-fengjie-2023-1') },
    { name: 'the seed table (one year)', table: sample('seed-shanghai-2020') },
  ],
  invalid: [
    {
      name: 'the Xiangtan table: 2023.07-2024.01 with identical goals',
      table: sample('real-hunan-xiangtan-2023-1'),
      findings: [{ messageId: 'goalsIdentical', cells: ['B6', 'B7'], data: { overall: '实施期绩效目标', annual: '本年度绩效目标' } }],
    },
    {
      name: 'copies that differ only in punctuation and spaces',
      table: table('2023.07-2024.01', '通过采购服务，全市空气质量达到优良。', '通过采购服务,全市空气质量 达到优良'),
      findings: [{ messageId: 'goalsIdentical', cells: ['B5', 'B6'] }],
    },
    {
      name: 'a 阶段性 project without dates, annual goal blank',
      table: table('', '三年内全市空气质量达到优良', '', '□一次性 ■阶段性'),
      findings: [{ messageId: 'goalBlank', cells: ['B6'], data: { label: '本年度绩效目标' } }],
    },
  ],
});

describe('selectsPhased', () => {
  test.each([
    ['阶段性项目', true],
    ['持续性项目', false],
    ['□一次性 ■阶段性 □持续性', true],
    ['■一次性 □阶段性 □持续性', false],
    ['阶段性项目■ 持续性项目口', true],
    ['持续性项目■ 阶段性项目口', false],
  ])('%s → %s', (text, expected) => {
    expect(selectsPhased(text)).toBe(expected);
  });
});

import { readFileSync } from 'fs';
import path from 'path';
import { weightTotal } from '../../../src/core/rules/weight-total';
import { parseDelimited } from '../../../src/io/delimited';
import { ruleTester } from '../../helpers/rule-tester';

const sample = (name: string) => parseDelimited(readFileSync(path.join(__dirname, '../../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');

/** A complete national-2021 table with a 分值 column (E); indicator rows start at row 5. */
const table = (w: (number | string)[], labels: { cost?: string } = {}) => `
  项目支出绩效目标表 | | | |
  （2023年度） | | | |
  项目名称 | 道路养护 | | |
  一级指标 | 二级指标 | 三级指标 | 指标值 | 分值
  ${labels.cost ?? '成本指标'} | 经济成本指标 | 养护成本 | ≤65万元 | ${w[0]}
  产出指标 | 数量指标 | 养护里程 | ≥20公里 | ${w[1]}
  产出指标 | 质量指标 | 验收合格率 | =100% | ${w[2]}
  产出指标 | 时效指标 | 完工及时率 | =100% | ${w[3]}
  效益指标 | 社会效益指标 | 通行条件改善情况 | 改善 | ${w[4]}
  满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | ${w[5]}`;

/** The Chongqing layout: a declared 年度绩效目标(90分) and a score range in the 成本 label. */
const declared = (w: number[]) => `
  项目支出绩效目标审批表 | | | | |
  （2023年度） | | | | |
  项目名称 | 加工园配套设施建设 | | | |
  年度绩效目标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值
  | 成本指标(0-20)分 | 经济成本指标 | 项目建设成本 | ≤65万元 | ${w[0]}
  | 产出指标(30-50)分 | 数量指标 | 晾晒房面积 | ≥300平方米 | ${w[1]}
  | 效益指标(20-30)分 | 经济效益指标 | 带动农户增收 | ≥500元/户 | ${w[2]}
  | 满意度指标(10分) | 服务对象满意度指标 | 群众满意度 | ≥90% | ${w[3]}`;

ruleTester(weightTotal, {
  valid: [
    { name: 'weights total 100', table: table([10, 30, 20, 10, 20, 10]) },
    { name: 'weights total 90 (预算执行率 scored 10 apart)', table: table([10, 20, 20, 10, 20, 10]) },
    { name: 'a declared 90 and per-一级 ranges kept', table: declared([20, 40, 20, 10]) },
    { name: 'a weight column left unused', table: table(['', '', '', '', '', '']) },
    { name: 'weights as fractions totalling 1', table: table([0.1, 0.3, 0.2, 0.1, 0.2, 0.1]) },
    { name: 'only 100 allowed by configuration', table: table([10, 30, 20, 10, 20, 10]), options: { budgetExecutionScore: 0 } },
    {
      name: 'a cut-off block (一级 absent) is not summed',
      table: `
        项目支出绩效目标表 | | | |
        （2023年度） | | | |
        项目名称 | 道路养护 | | |
        一级指标 | 二级指标 | 三级指标 | 指标值 | 分值
        成本指标 | 经济成本指标 | 养护成本 | ≤65万元 | 10`,
    },
    {
      name: 'the Sichuan list, project 1 (totals 90: 预算执行率 is scored 10 apart)',
      table: { ...sample('real-sichuan-jingyan-2023-1'), values: sample('real-sichuan-jingyan-2023-1').values.slice(0, 12) },
    },
    { name: 'the Chongqing table (cut off after 成本)', table: sample('real-chongqing-fengjie-2023-1') },
  ],
  invalid: [
    {
      name: 'the Sichuan list: project 2 as published totals 50',
      table: sample('real-sichuan-jingyan-2023-1'),
      findings: [{ messageId: 'total', cells: ['K13', 'K14', 'K15', 'K16'], data: { total: '50', expected: '100或90' } }],
    },
    {
      name: 'weights total 80',
      table: table([10, 20, 10, 10, 20, 10]),
      findings: [{ messageId: 'total', cells: ['E5', 'E6', 'E7', 'E8', 'E9', 'E10'], data: { total: '80', expected: '100或90' } }],
    },
    {
      name: 'weights total 90 when only 100 is allowed',
      table: table([10, 20, 20, 10, 20, 10]),
      options: { budgetExecutionScore: 0 },
      findings: [{ messageId: 'total', cells: ['E5', 'E6', 'E7', 'E8', 'E9', 'E10'], data: { total: '90', expected: '100' } }],
    },
    {
      name: 'fractions totalling 0.8',
      table: table([0.1, 0.2, 0.1, 0.1, 0.2, 0.1]),
      findings: [{ messageId: 'total', cells: ['E5', 'E6', 'E7', 'E8', 'E9', 'E10'], data: { total: '0.8', expected: '1或0.9' } }],
    },
    {
      name: 'a declared 90 with weights totalling 100',
      table: declared([20, 50, 20, 10]),
      findings: [{ messageId: 'total', cells: ['F5', 'F6', 'F7', 'F8'], data: { total: '100', expected: '90' } }],
    },
    {
      name: '成本指标(0-20)分 holding 25',
      table: declared([25, 35, 20, 10]),
      findings: [{ messageId: 'level1Range', cells: ['F5'], data: { level1: '成本指标', total: '25', range: '0-20' } }],
    },
    {
      name: 'a blank weight among filled ones',
      table: table([10, 30, 20, '', 20, 10]),
      findings: [{ messageId: 'weightBlank', cells: ['E8'], severity: 'warning' }],
    },
  ],
});

import { readFileSync } from 'fs';
import path from 'path';
import { indicatorLevel2Missing } from '../../../src/core/rules/indicator-level2-missing';
import { parseDelimited } from '../../../src/io/delimited';
import { ruleTester } from '../../helpers/rule-tester';

const sample = (name: string) => parseDelimited(readFileSync(path.join(__dirname, '../../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');

const table = (rows: string) => `
  项目支出绩效目标表 | | |
  （2022年度） | | |
  项目名称 | 主体班 | |
  一级指标 | 二级指标 | 三级指标 | 指标值
${rows.replace(/^\n/, '')}`;

ruleTester(indicatorLevel2Missing, {
  valid: [
    {
      name: 'a first row takes the 二级 below it within its 一级',
      table: table(`
        产出指标 | | 主体班培训人次 | 280人次
        产出指标 | 数量指标 | 开设课程数量 | 220门
        满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥95%`),
    },
    {
      name: 'blank 二级 cells below a label inherit it',
      table: table(`
        产出指标 | 数量指标 | 主体班培训人次 | 280人次
        | | 开设课程数量 | 220门
        满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥95%`),
    },
    {
      name: 'a layout without a 二级 column',
      table: `
        项目名称 | 主体班 |
        一级指标 | 三级指标 | 指标值
        产出指标 | 主体班培训人次 | 280人次
        满意度指标 | 学员满意度 | ≥95%`,
    },
    { name: 'the seed table', table: sample('seed-shanghai-2020') },
    { name: 'the Hubei table', table: sample('real-hubei-huangshi-2022-1') },
    { name: 'the Putuo 2026 table', table: sample('real-shanghai-putuo-2026-1') },
  ],
  invalid: [
    {
      name: 'a 一级 whose rows have no 二级 at all',
      table: table(`
        产出指标 | 数量指标 | 主体班培训人次 | 280人次
        产出指标 | 质量指标 | 培训完成率 | =100%
        满意度指标 | | 学员满意度 | ≥95%`),
      findings: [{ messageId: 'noLevel2', cells: ['C7'], data: { name: '学员满意度' } }],
    },
  ],
});

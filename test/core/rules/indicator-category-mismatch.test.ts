import { readFileSync } from 'fs';
import path from 'path';
import { indicatorCategoryMismatch } from '../../../src/core/rules/indicator-category-mismatch';
import { parseDelimited } from '../../../src/io/delimited';
import { ruleTester } from '../../helpers/rule-tester';

const sample = (name: string) => parseDelimited(readFileSync(path.join(__dirname, '../../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');

const table = (rows: string) => `
  项目支出绩效目标表 | | |
  （2020年度） | | |
  项目名称 | 农村公路建设 | |
  一级指标 | 二级指标 | 三级指标 | 指标值
${rows.replace(/^\n/, '')}`;

ruleTester(indicatorCategoryMismatch, {
  valid: [
    {
      name: 'names that fit their 二级',
      table: table(`
        产出指标 | 时效指标 | 资金发放及时率 | =100%
        产出指标 | 时效指标 | 完工时间 | 2020年12月底前
        效益指标 | 经济效益指标 | 带动农户增收 | ≥500元/户
        效益指标 | 经济效益指标 | 节约运输成本 | ≥10万元
        效益指标 | 经济效益指标 | 促进村集体经济发展 | ≥95%
        满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥90%
        满意度指标 | 服务对象满意度指标 | 受益群众认可度 | ≥90%`),
    },
    {
      name: 'a target that says 满意, a deadline under 时效, an unclear economic name',
      table: table(`
        产出指标 | 时效指标 | 工程完工 | 2020年12月31日前
        效益指标 | 经济效益指标 | 土地流转 | ≥200亩
        满意度指标 | 服务对象满意度指标 | 服务对象评议 | 满意`),
    },
    { name: 'the Xiangtan table', table: sample('real-hunan-xiangtan-2023-1') },
    { name: 'the Putuo 2026 table', table: sample('real-shanghai-putuo-2026-1') },
    { name: 'the Hubei table', table: sample('real-hubei-huangshi-2022-1') },
    { name: 'the Sichuan list', table: sample('real-sichuan-jingyan-2023-1') },
  ],
  invalid: [
    {
      name: 'the seed table: 经济效益 → 受享人员覆盖面, 满意度 → 有责投诉情况',
      table: sample('seed-shanghai-2020'),
      findings: [
        { messageId: 'economic', cells: ['C31'], data: { name: '受享人员覆盖面', level2: '经济效益' } },
        { messageId: 'satisfaction', cells: ['C34'], data: { name: '有责投诉情况', level2: '满意度' } },
      ],
    },
    {
      name: 'a pass rate under 时效, beneficiaries under 经济效益, complaints under 满意度',
      table: table(`
        产出指标 | 时效指标 | 工程验收合格率 | =100%
        效益指标 | 经济效益指标 | 受益人数 | ≥2000人
        满意度指标 | 服务对象满意度指标 | 群众投诉率 | ≤1%`),
      findings: [
        { messageId: 'timeliness', cells: ['C5'] },
        { messageId: 'economic', cells: ['C6'] },
        { messageId: 'satisfaction', cells: ['C7'] },
      ],
    },
  ],
});

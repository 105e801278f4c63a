import { readFileSync } from 'fs';
import path from 'path';
import { categoryLevel1Blank } from '../../../src/core/rules/category-level1-blank';
import { parseDelimited } from '../../../src/io/delimited';
import { ruleTester } from '../../helpers/rule-tester';
import { sheet } from '../../helpers/sheet';

const sample = (name: string) => parseDelimited(readFileSync(path.join(__dirname, '../../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');

const table = (rows: string) => `
  财政项目支出绩效目标申报表 | | |
  （2026年度） | | |
  项目名称 | 下立交工程 | |
  一级指标 | 二级指标 | 三级指标 | 指标值
${rows.replace(/^\n/, '')}`;

ruleTester(categoryLevel1Blank, {
  valid: [
    {
      name: 'every row has its 一级',
      table: table(`
        成本指标 | 生态环境成本指标 | 文明施工情况 | 可控
        产出指标 | 数量指标 | 道路建设长度 | 985米
        满意度指标 | 服务对象满意度指标 | 居民群众满意度 | ≥90%`),
    },
    {
      name: 'blank 一级 cells under a merged label, or below a label, inherit it',
      table: sheet(
        table(`
          产出指标 | 数量指标 | 道路建设长度 | 985米
          | 质量指标 | 项目验收达标率 | =100%
          | 时效指标 | 项目完成及时性 | 及时
          满意度指标 | 服务对象满意度指标 | 居民群众满意度 | ≥90%`),
        { merges: ['A5:A6'] },
      ),
    },
    {
      name: 'a layout without a 一级 column',
      table: `
        项目名称 | 下立交工程 |
        二级指标 | 三级指标 | 指标值
        数量指标 | 道路建设长度 | 985米
        质量指标 | 项目验收达标率 | =100%`,
    },
    { name: 'the seed table', table: sample('seed-shanghai-2020') },
    { name: 'the Hubei table (产出 label in the middle of its block)', table: sample('real-hubei-huangshi-2022-1') },
  ],
  invalid: [
    {
      name: 'the Putuo 2026 table: 成本 row with a blank 一级 cell',
      table: sample('real-shanghai-putuo-2026-1'),
      findings: [{ messageId: 'blankWithParent', cells: ['B13', 'C13'], data: { level2: '生态环境成本指标', parent: '成本指标' }, suggestions: [{ B13: '成本指标' }] }],
    },
    {
      name: 'two 成本 rows under one merged 二级, 一级 blank',
      table: sheet(
        table(`
          | 经济成本指标 | 工程建设成本 | ≤7.7亿元
          | | 征收补偿成本 | ≤1.2亿元
          产出指标 | 数量指标 | 道路建设长度 | 985米
          满意度指标 | 服务对象满意度指标 | 居民群众满意度 | ≥90%`),
        { merges: ['B5:B6'] },
      ),
      findings: [{ messageId: 'blankWithParent', cells: ['A5', 'A6', 'B5'], suggestions: [{ A5: '成本指标', A6: '成本指标' }] }],
    },
  ],
});

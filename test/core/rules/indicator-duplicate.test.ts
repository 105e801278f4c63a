import { readFileSync } from 'fs';
import path from 'path';
import { indicatorDuplicate } from '../../../src/core/rules/indicator-duplicate';
import { parseDelimited } from '../../../src/io/delimited';
import { ruleTester } from '../../helpers/rule-tester';
import { sheet } from '../../helpers/sheet';

const sample = (name: string) => parseDelimited(readFileSync(path.join(__dirname, '../../fixtures/samples', `${name}.tsv`), 'utf8'), '\t', 'Sheet1');

const table = (rows: string) => `
  项目支出绩效目标表 | | |
  （2020年度） | | |
  项目名称 | 干部培训 | |
  一级指标 | 二级指标 | 三级指标 | 指标值
${rows.replace(/^\n/, '')}`;

ruleTester(indicatorDuplicate, {
  valid: [
    {
      name: 'names that start with different amounts are not numbered copies (1.5万元 vs 2.5万元)',
      table: table(`
        产出指标 | 数量指标 | 1.5万元以下补贴发放户数 | ≥100户
        产出指标 | 数量指标 | 2.5万元以下补贴发放户数 | ≥50户`),
    },
    {
      name: 'different names',
      table: table(`
        产出指标 | 数量指标 | 培训人次 | ≥200人次
        产出指标 | 质量指标 | 培训合格率 | ≥95%`),
    },
    {
      name: 'one row per village: the same name in different value columns',
      table: `
        项目名称 | 村道硬化 | | |
        一级指标 | 二级指标 | 三级指标 | 指标值 |
        | | | 甲村 | 乙村
        产出指标 | 数量指标 | 硬化里程 | ≥2公里 | ≥3公里`,
    },
    {
      name: 'a 三级 cell merged over two target rows is one name',
      table: sheet(
        table(`
          产出指标 | 数量指标 | 培训人次 | ≥200人次
          产出指标 | 数量指标 | | ≥50人次`),
        { merges: ['C5:C6'] },
      ),
    },
    { name: 'the seed table', table: sample('seed-shanghai-2020') },
    { name: 'the Hubei table', table: sample('real-hubei-huangshi-2022-1') },
    { name: 'the Sichuan list (each project is its own table)', table: sample('real-sichuan-jingyan-2023-1') },
  ],
  invalid: [
    {
      name: 'the same name twice, once letter-spaced',
      table: table(`
        产出指标 | 数量指标 | 培训人次 | ≥200人次
        产出指标 | 质量指标 | 培训合格率 | ≥95%
        效益指标 | 社会效益指标 | 培 训 人 次 | ≥200人次`),
      findings: [{ messageId: 'duplicate', cells: ['C5', 'C7'], data: { name: '培训人次', count: 2 } }],
    },
    {
      name: 'numbered copies (1. / 2.) of one name',
      table: table(`
        产出指标 | 质量指标 | 1.完成率 | =100%
        产出指标 | 时效指标 | 2.完成率 | =100%`),
      findings: [{ messageId: 'duplicate', cells: ['C5', 'C6'] }],
    },
  ],
});
